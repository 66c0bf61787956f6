import { create } from 'zustand';

import type { Finding } from '@/core/validation/types';

type SchemaCheck = (object: unknown) => Finding[];

interface SchemaStore {
  /** `loading` until the schema chunk is in; `failed` when it could not be loaded (offline, …). */
  status: 'loading' | 'ready' | 'failed';
  check: SchemaCheck | null;
}

/** The Kubernetes schema checker, loaded after the first render so the first screen stays light. */
export const useSchemaStore = create<SchemaStore>()(() => ({
  status: 'loading',
  check: null,
}));

let started: Promise<void> | undefined;

/** Load the schema chunk once; findings include schema errors from then on. */
export function loadSchemaChecker(): Promise<void> {
  started ??= import('@/core/schema/checkSchema').then(
    ({ checkSchema }) => useSchemaStore.setState({ status: 'ready', check: checkSchema }),
    () => useSchemaStore.setState({ status: 'failed' }),
  );
  return started;
}
