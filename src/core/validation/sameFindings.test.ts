import { describe, expect, it } from 'vitest';

import { keepSameFindings, sameFinding, sameFindingList } from './sameFindings';
import type { Finding } from './types';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'schema-unknown-field',
  severity: 'error',
  stage: 'api-server',
  path: 'spec.hostNetwrok',
  message: 'unknown field "spec.hostNetwrok"',
  docUrl: 'https://kubernetes.io/',
  fix: {
    kind: 'rename-key',
    label: 'rename',
    parentPath: 'spec',
    from: 'hostNetwrok',
    to: 'hostNetwork',
  },
  ...overrides,
});

describe('sameFinding', () => {
  it('matches a new object that says the same thing', () => {
    expect(sameFinding(finding(), finding())).toBe(true);
  });

  it.each<[string, Partial<Finding>]>([
    ['rule', { ruleId: 'other' }],
    ['severity', { severity: 'warning' }],
    ['stage', { stage: 'node' }],
    ['path', { path: 'spec' }],
    ['message', { message: 'other' }],
    ['documentation', { docUrl: 'https://example.com/' }],
    ['document', { documentIndex: 1 }],
    [
      'fix',
      {
        fix: {
          kind: 'rename-key',
          label: 'rename',
          parentPath: 'spec',
          from: 'hostNetwrok',
          to: 'x',
        },
      },
    ],
    ['fix kind', { fix: { kind: 'remove', label: 'remove', path: 'spec.hostNetwrok' } }],
    ['missing fix', { fix: undefined }],
  ])('tells findings apart by their %s', (_, change) => {
    expect(sameFinding(finding(), finding(change))).toBe(false);
  });
});

describe('keepSameFindings', () => {
  it('keeps the previous list when the new one holds the same findings', () => {
    const previous = [finding(), finding({ path: 'spec.x' })];
    expect(keepSameFindings(previous, [finding(), finding({ path: 'spec.x' })])).toBe(previous);
  });

  it('takes the new list when a finding, the order or the length differs', () => {
    const previous = [finding(), finding({ path: 'spec.x' })];
    const reordered = [finding({ path: 'spec.x' }), finding()];
    expect(keepSameFindings(previous, reordered)).toBe(reordered);
    const shorter = [finding()];
    expect(keepSameFindings(previous, shorter)).toBe(shorter);
    expect(keepSameFindings(undefined, shorter)).toBe(shorter);
    expect(sameFindingList([], [])).toBe(true);
  });
});
