import { create } from 'zustand';

import type { validateWithFixes } from '@/core/fixes/validateWithFixes';

type Validate = typeof validateWithFixes;

interface ValidatorStore {
  /** `loading` until the validator chunk is in; `failed` when it could not be loaded (offline, …). */
  status: 'loading' | 'ready' | 'failed';
  validate: Validate | null;
}

/** The validator, loaded right after the first render so the first screen stays light. */
export const useValidatorStore = create<ValidatorStore>()(() => ({
  status: 'loading',
  validate: null,
}));

let started: Promise<void> | undefined;

/** Load the validator chunk once; findings are computed from then on. */
export function loadValidator(): Promise<void> {
  started ??= import('@/core/fixes/validateWithFixes').then(
    ({ validateWithFixes }) =>
      useValidatorStore.setState({ status: 'ready', validate: validateWithFixes }),
    () => useValidatorStore.setState({ status: 'failed' }),
  );
  return started;
}
