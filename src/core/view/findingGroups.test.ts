import { describe, expect, it } from 'vitest';

import type { Finding } from '@/core/validation/types';

import { countLabel, groupFindings } from './findingGroups';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  severity,
  stage: 'node',
  path: 'spec',
  message: ruleId,
  docUrl: 'https://example.com',
});

describe('groupFindings', () => {
  it('groups by severity, errors first, dropping empty groups and keeping order', () => {
    const groups = groupFindings([
      finding('w1', 'warning'),
      finding('e1', 'error'),
      finding('w2', 'warning'),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
    expect(groups[1]?.findings.map((f) => f.ruleId)).toEqual(['w1', 'w2']);
    expect(groups[0]?.title).toBe('Errors');
  });

  it('counts in words', () => {
    expect(countLabel(1, 'error')).toBe('1 error');
    expect(countLabel(3, 'warning')).toBe('3 warnings');
    expect(countLabel(2, 'info')).toBe('2 advice');
  });
});
