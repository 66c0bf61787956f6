import { describe, expect, it } from 'vitest';

import type { FormOption } from '@/core/view/formFields';
import {
  DNS_POLICIES,
  JOB_RESTART_POLICIES,
  POD_RESTART_POLICIES,
  PULL_POLICIES,
  TOLERATION_EFFECTS,
} from '@/core/view/formOptions';

const values = (options: readonly FormOption[]) =>
  options.map((o) => (typeof o === 'string' ? o : o.value));

describe('formOptions', () => {
  it('never offers Always for a Job: the API server rejects it there', () => {
    expect(values(JOB_RESTART_POLICIES)).not.toContain('Always');
    expect(values(POD_RESTART_POLICIES)).toContain('Always');
  });

  it.each([
    ['pull policy', PULL_POLICIES],
    ['pod restart policy', POD_RESTART_POLICIES],
    ['job restart policy', JOB_RESTART_POLICIES],
    ['DNS policy', DNS_POLICIES],
    ['toleration effect', TOLERATION_EFFECTS],
  ])('%s: offers leaving the key out first, and each value once', (_, options) => {
    expect(values(options)[0]).toBe('');
    expect(new Set(values(options)).size).toBe(options.length);
  });
});
