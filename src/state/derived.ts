import type { Draft } from '@/core/model/draft';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import type { Finding } from '@/core/validation/types';
import { validate } from '@/core/validation/validate';

import { useDraftStore } from './draftStore';

/** Everything the UI shows that is computed from the Draft. */
export interface Derived {
  manifests: ReturnType<typeof toManifests>;
  yaml: string;
  findings: readonly Finding[];
}

let lastDraft: Draft | undefined;
let lastDerived: Derived | undefined;

/** Manifests, YAML and findings for a Draft, memoized on Draft identity (stable references). */
export function selectDerived(draft: Draft): Derived {
  if (draft === lastDraft && lastDerived) return lastDerived;
  const manifests = toManifests(draft);
  const derived: Derived = {
    manifests,
    yaml: toYaml(manifests),
    findings: validate(manifests).findings,
  };
  lastDraft = draft;
  lastDerived = derived;
  return derived;
}

/** Subscribe to one derived value. */
export function useDerived<T>(select: (derived: Derived) => T): T {
  return useDraftStore((s) => select(selectDerived(s.draft)));
}
