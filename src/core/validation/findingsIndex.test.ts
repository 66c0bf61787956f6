import { describe, expect, it } from 'vitest';

import { isAtOrBelow } from '@/core/view/parentFieldPath';
import { findingsIndex } from './findingsIndex';
import type { Finding } from './types';

function finding(path: string): Finding {
  return { ruleId: 'r', severity: 'error', path, message: path } as unknown as Finding;
}

const FINDINGS = [
  'spec.containers[0].name',
  'spec.containers[0].env[1].value',
  'spec.containers[10].image',
  'metadata.labels[app.kubernetes.io/name]',
  'spec',
].map(finding);

const QUERIES = [
  'spec',
  'spec.containers',
  'spec.containers[0]',
  'spec.containers[1]',
  'spec.containers[10]',
  'spec.containers[0].env',
  'spec.containers[0].name',
  'metadata',
  'metadata.labels',
  'metadata.labels[app.kubernetes.io/name]',
  'spe',
];

describe('findingsIndex', () => {
  it('answers like a scan with isAtOrBelow, for every query', () => {
    const index = findingsIndex(FINDINGS);
    for (const query of QUERIES) {
      expect(index.under.get(query) ?? [], query).toEqual(
        FINDINGS.filter((f) => isAtOrBelow(f.path, query)),
      );
      expect(index.at.get(query) ?? [], query).toEqual(FINDINGS.filter((f) => f.path === query));
    }
  });

  it('does not confuse containers[1] with containers[10]', () => {
    expect(findingsIndex(FINDINGS).under.get('spec.containers[1]')).toBeUndefined();
  });
});
