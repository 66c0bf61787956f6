import { describe, expect, it } from 'vitest';

import { analyseImport } from '@/core/import/analyseImport';
import { importManifests } from '@/core/import/importManifests';
import { createDraft } from '@/core/model/draft';
import type { Finding } from '@/core/validation/types';

import { LISTED_FINDINGS, plural, toImportSummary } from './importSummary';

const POD = `apiVersion: v1
kind: Pod
metadata: { name: agent }
spec:
  hostNetwork: true
  securityContext:
    windowsOptions: { hostProcess: true, runAsUserName: "NT AUTHORITY\\\\Local service" }
  containers: [{ name: agent, image: agent:1 }]
`;

function preview(text: string) {
  const result = analyseImport(importManifests(text), text);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const finding = (severity: Finding['severity'], n: number): Finding => ({
  ruleId: 'test-rule',
  severity,
  stage: 'guidance',
  path: `p${n}`,
  message: `m${n}`,
  docUrl: '',
});

describe('toImportSummary', () => {
  it('names what was found, what it replaces, and counts in words', () => {
    const current = createDraft();
    const text = toImportSummary(preview(POD), current);
    expect(text.found).toBe('Found 1 document');
    expect(text.documents).toEqual([
      { primary: 'Pod agent', tag: { label: 'fills the form', primary: true } },
    ]);
    expect(text.counts).toMatch(/^Findings: \d+ errors?, \d+ warnings?(, \d+ import notes?)?\.$/);
    expect(text.replaces).toBe(
      `Import replaces the current draft (${current.workload.kind} “${current.workload.name}”) with Pod “agent”. Undo brings the current draft back.`,
    );
  });

  it('lists the first errors, warnings and notes, leaves advice out, and says how many more', () => {
    const base = preview(POD);
    const findings = [1, 2, 3, 4].map((n) => finding('warning', n)).concat(finding('info', 9));
    const notes = [finding('info', 5), finding('info', 6)];
    const text = toImportSummary(
      { ...base, findings, notes, counts: { error: 0, warning: 4, info: 1 } },
      createDraft(),
    );
    expect(text.listed).toHaveLength(LISTED_FINDINGS + 1);
    expect(text.listed.map((line) => line.primary)).toEqual([
      'm1',
      'm2',
      'm3',
      'm4',
      'm5',
      undefined,
    ]);
    expect(text.listed[0]?.secondary).toBe('warning · p1');
    expect(text.listed[LISTED_FINDINGS]).toEqual({
      secondary: 'and 1 more, shown in the builder after import',
    });
    expect(text.tone).toBe('warning');
    expect(text.counts).toBe('Findings: 0 errors, 4 warnings, 2 import notes.');
  });

  it('reports errors as written and the fields written differently, by document when several', () => {
    const base = preview(POD);
    const text = toImportSummary(
      {
        ...base,
        documents: [...base.documents, { kind: 'ConfigMap', name: '', fillsForm: false }],
        writtenErrors: [finding('error', 1)],
        changes: [{ change: 'added', path: '', document: 1 }],
        counts: { error: 1, warning: 0, info: 0 },
      },
      createDraft(),
    );
    expect(text.written?.headline).toBe(
      'As written, this manifest has 1 error: Kubernetes or the node would refuse it.',
    );
    expect(text.written?.lines).toEqual([{ primary: 'm1', secondary: 'p1' }]);
    expect(text.documents[1]).toEqual({
      primary: 'ConfigMap (no name)',
      tag: { label: 'kept as is', primary: false },
    });
    expect(text.changesTitle).toBe('The builder would write 1 field differently');
    expect(text.changes).toEqual([
      { primary: 'Added the whole document', secondary: 'document 2' },
    ]);
    expect(text.tone).toBe('error');
  });

  it('has no lists to show for a clean, faithful import', () => {
    const text = toImportSummary(
      {
        ...preview(POD),
        findings: [],
        notes: [],
        writtenErrors: [],
        changes: [],
        counts: { error: 0, warning: 0, info: 0 },
      },
      createDraft(),
    );
    expect([text.written, text.changesTitle, text.tone]).toEqual([null, null, 'success']);
    expect(text.listed).toEqual([]);
  });
});

describe('plural', () => {
  it('adds an s except for one', () => {
    expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
  });
});
