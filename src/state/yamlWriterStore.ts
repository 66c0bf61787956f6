import { create } from 'zustand';

import type { toYaml as toYamlFn } from '@/core/manifest/toYaml';

interface YamlWriterStore {
  /** `loading` until the YAML writer chunk is in; `failed` when it could not be loaded. */
  status: 'loading' | 'ready' | 'failed';
  toYaml: typeof toYamlFn | null;
}

/**
 * The YAML writer (js-yaml), loaded in parallel with the first render: the form shows at once and
 * the preview fills in a moment later, which keeps the first screen's script light.
 */
export const useYamlWriterStore = create<YamlWriterStore>()(() => ({
  status: 'loading',
  toYaml: null,
}));

let started: Promise<void> | undefined;

/** Load the YAML writer once. */
export function loadYamlWriter(): Promise<void> {
  started ??= import('@/core/manifest/toYaml').then(
    ({ toYaml }) => useYamlWriterStore.setState({ status: 'ready', toYaml }),
    () => useYamlWriterStore.setState({ status: 'failed' }),
  );
  return started;
}
