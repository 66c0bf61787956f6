import { describe, expect, it } from 'vitest';

import type { Finding, Severity } from '@/core/validation/types';
import { fieldMessage, leadingFinding } from '@/core/view/fieldMessage';

const finding = (severity: Severity, message: string) => ({ severity, message }) as Finding;

describe('leadingFinding', () => {
  it('is the first error, else the first finding', () => {
    const warn = finding('warning', 'w');
    const error = finding('error', 'e');
    expect(leadingFinding([warn, error])).toBe(error);
    expect(leadingFinding([warn])).toBe(warn);
    expect(leadingFinding([])).toBeUndefined();
  });
});

describe('fieldMessage', () => {
  it("puts the form's own error first", () => {
    const own = { error: 'Not a quantity', warning: 'risky' };
    expect(fieldMessage([finding('warning', 'w')], own)).toEqual({
      tone: 'error',
      text: 'Not a quantity',
    });
  });

  it("shows the leading finding in its colour, advice in the help's", () => {
    expect(fieldMessage([finding('warning', 'w')], { warning: 'risky' })).toEqual({
      tone: 'warning',
      text: 'w',
    });
    expect(fieldMessage([finding('error', 'e')])).toEqual({ tone: 'error', text: 'e' });
    expect(fieldMessage([finding('info', 'i')])).toEqual({ tone: 'plain', text: 'i' });
  });

  it("shows the form's own warning only without findings, else nothing", () => {
    expect(fieldMessage([], { warning: 'risky' })).toEqual({ tone: 'warning', text: 'risky' });
    expect(fieldMessage([])).toEqual({ tone: 'plain' });
  });
});
