import { importManifests } from '@/core/import/importManifests';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { applyRenameFix } from '@/core/schema/applyRenameFix';
import type { Finding } from '@/core/validation/types';
import { useAppStore } from './store';

/**
 * Apply a finding's one-click repair: rename the key in the manifest it was found in, then read
 * the manifests back into the Draft (one undo step). Returns false, changing nothing, when the
 * repair no longer fits the current manifest.
 */
export function applyFindingFix(finding: Finding): boolean {
  const { fix } = finding;
  if (!fix) return false;
  const { draft, actions } = useAppStore.getState();
  const manifests = toManifests(draft);
  const index = finding.documentIndex ?? 0;
  const fixed = applyRenameFix(manifests[index], fix);
  if (fixed === undefined) return false;
  const result = importManifests(toYaml(manifests.map((m, i) => (i === index ? fixed : m))));
  if (!result.ok) return false;
  actions.load(result.draft);
  return true;
}
