import { readFileSync } from 'node:fs';

import { describe, expect, it, vi } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { createDraft } from '@/core/model/draft';

import type * as normalisations from './describeNormalisations';
import { differences } from './describeNormalisations';
import { importDraft, importManifests } from './importManifests';

// Calls through, so the results below are the real ones; lets a test see whether it ran.
vi.mock('./describeNormalisations', async (original) => {
  const actual = await original<typeof normalisations>();
  return { ...actual, differences: vi.fn(actual.differences) };
});

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const docsExample = toYaml(toManifests(createDraft()));
const withNamespace = (() => {
  const draft = createDraft();
  draft.workload.emitNamespace = true;
  draft.workload.namespace = 'hpc';
  return toYaml(toManifests(draft));
})();
const daemonSetWithoutTemplateLabels = (() => {
  const draft = createDraft();
  draft.workload.kind = 'DaemonSet';
  return toYaml(toManifests(draft)).replace(/^ {4}metadata:\n {6}labels:\n.*\n/m, '');
})();
const linuxPod =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: linux}\nspec: {containers: [{name: a, image: b}]}\n';

const READABLE: Array<[string, string]> = [
  ['the docs example', docsExample],
  ['its own Namespace document', withNamespace],
  ['JSON', JSON.stringify(toManifests(createDraft())[0])],
  [
    'a kind: List',
    JSON.stringify({ apiVersion: 'v1', kind: 'List', items: toManifests(createDraft()) }),
  ],
  ['several workloads', `${linuxPod}---\n${docsExample}`],
  ['a DaemonSet without template labels', daemonSetWithoutTemplateLabels],
  ...[
    'kube-proxy.yaml',
    'calico.yaml',
    'csi-proxy.yaml',
    'windows-exporter.yaml',
    'flannel.yaml',
  ].map((name): [string, string] => [name, fixture(name)]),
];

const REFUSED: Array<[string, string]> = [
  ['not YAML', 'a: [1\nb: 2'],
  ['empty', '   \n'],
  ['a scalar', 'just text'],
  ['no workload', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}'],
  ['unsupported kind', 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: x}'],
  ['duplicate keys', 'kind: Pod\nkind: Pod'],
];

describe('importDraft', () => {
  it.each(READABLE)('reads %s into the Draft importManifests reads', (_name, text) => {
    const imported = importManifests(text);
    if (!imported.ok) throw new Error(imported.reason);
    expect(importDraft(text)).toStrictEqual({ ok: true, draft: imported.draft });
  });

  it.each(REFUSED)('refuses %s with the reason importManifests gives', (_name, text) => {
    const imported = importManifests(text);
    expect(imported.ok).toBe(false);
    expect(importDraft(text)).toStrictEqual(imported);
  });

  it('leaves out the notes: here the import would add the template labels', () => {
    const imported = importManifests(daemonSetWithoutTemplateLabels);
    expect(imported.ok && imported.notes.map((note) => note.path)).toStrictEqual([
      'spec.template.metadata',
    ]);
    expect(Object.keys(importDraft(daemonSetWithoutTemplateLabels))).toStrictEqual(['ok', 'draft']);
  });

  it('does not compare the workload with the one written back (only the notes need that)', () => {
    vi.mocked(differences).mockClear();
    expect(importDraft(docsExample).ok).toBe(true);
    expect(differences).not.toHaveBeenCalled();
    expect(importManifests(docsExample).ok).toBe(true);
    expect(differences).toHaveBeenCalled();
  });
});
