import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { createDraft } from '@/core/model/draft';
import { checkSchema } from '@/core/schema/checkSchema';
import { validate } from '@/core/validation/validate';

import { lint } from './lint';

const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, dataa: {} };

describe('lint', () => {
  it('joins rule and schema findings per document, each with its document index', () => {
    const pod = toManifests(createDraft())[0] as unknown as { spec: object };
    const badPod = { ...pod, spec: { ...pod.spec, hostPID: 1 } };
    const result = lint([configMap, badPod]);
    expect(result.documents).toHaveLength(2);
    expect(result.documents[0]?.map((f) => f.ruleId)).toEqual(
      checkSchema(configMap).map((f) => f.ruleId),
    );
    expect(result.documents[0]?.length).toBeGreaterThan(0);
    expect(result.documents[1]?.some((f) => f.path === 'spec.hostPID')).toBe(true);
    expect(result.findings).toHaveLength(result.documents.flat().length);
    expect(result.findings.every((f) => typeof f.documentIndex === 'number')).toBe(true);
    expect(result.workloads.map((w) => w.index)).toEqual([1]);
  });

  it('lists errors first and keeps every rule finding of the validator', () => {
    const manifests = toManifests(createDraft());
    const { findings } = lint(manifests);
    const ranks = findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const finding of validate(manifests).findings) {
      expect(findings.some((f) => f.ruleId === finding.ruleId && f.path === finding.path)).toBe(
        true,
      );
    }
  });
});
