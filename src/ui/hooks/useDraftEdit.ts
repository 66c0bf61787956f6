import { useCallback } from 'react';

import type { Draft } from '@/core/model/draft';
import { podFieldPath } from '@/core/model/fieldPaths';
import { patchSection, type SectionName } from '@/core/model/draftOps';
import { useActions, useDraft } from '@/state/store';

/** Turns a pod-relative path (`spec.containers[0].image`) into the workload's full field path. */
export function usePodPath(): (podRelativePath: string) => string {
  const kind = useDraft((d) => d.workload.kind);
  return useCallback((podRelativePath: string) => podFieldPath(kind, podRelativePath), [kind]);
}

/** A stable function that patches one section through `draftOps.patchSection`. */
export function usePatchSection<S extends SectionName>(
  section: S,
): (partial: Partial<Draft[S]>) => void {
  const { apply } = useActions();
  return useCallback(
    (partial: Partial<Draft[S]>) => apply((draft) => patchSection(draft, section, partial)),
    [apply, section],
  );
}

/**
 * Binds inputs to the keys of one part of the draft: `{...field('name')}` gives an input the key's
 * value, its field path and the change that writes it back.
 */
export function fieldBinder<T>(
  object: T,
  pathOf: (key: keyof T & string) => string,
  patch: (partial: Partial<NoInfer<T>>) => void,
) {
  return <K extends keyof T & string>(key: K) => ({
    path: pathOf(key),
    value: object[key],
    onChange: (value: T[K]) => {
      const partial: Partial<T> = {};
      partial[key] = value;
      patch(partial);
    },
  });
}
