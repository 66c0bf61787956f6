import { applyFixes } from '@/core/fixes/applyFix';
import { importManifests } from '@/core/import/importManifests';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import type { Finding } from '@/core/validation/types';
import { useAppStore } from './store';

/**
 * Apply the one-click repairs of `findings` to the manifests they were found in, then read the
 * manifests back into the Draft as one undo step. Returns the findings whose fix applied; none
 * (and nothing changed) when no fix fits the current manifests any more.
 */
export function applyFindingFixes(findings: readonly Finding[]): Finding[] {
  const { draft, actions } = useAppStore.getState();
  const { documents, applied } = applyFixes(toManifests(draft), findings);
  if (applied.length === 0) return [];
  const result = importManifests(toYaml(documents));
  if (!result.ok) return [];
  actions.load(result.draft);
  return applied;
}
