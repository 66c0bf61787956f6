import { describe, expect, it } from 'vitest';

import type { Finding, Severity } from '@/core/validation/types';
import { problemCountsText, severityCounts } from '@/core/view/findingCounts';

const finding = (severity: Severity) => ({ severity }) as Finding;

describe('severityCounts', () => {
  it('counts each severity', () => {
    const findings = ['error', 'info', 'error', 'warning'].map((s) => finding(s as Severity));
    expect(severityCounts(findings)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(severityCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('problemCountsText', () => {
  it('names errors and warnings, leaving advice out', () => {
    expect(problemCountsText({ error: 2, warning: 1, info: 3 })).toBe('2 errors, 1 warning');
    expect(problemCountsText({ error: 0, warning: 3, info: 0 })).toBe('3 warnings');
    expect(problemCountsText({ error: 0, warning: 0, info: 5 })).toBe('');
  });
});
