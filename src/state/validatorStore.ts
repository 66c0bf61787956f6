import { create } from 'zustand';

import type { validate as validateFn } from '@/core/validation/validate';

type Validate = typeof validateFn;

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
  started ??= import('@/core/validation/validate').then(
    ({ validate }) => useValidatorStore.setState({ status: 'ready', validate }),
    () => useValidatorStore.setState({ status: 'failed' }),
  );
  return started;
}
