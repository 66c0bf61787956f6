import { toManifests } from '@/core/manifest/toManifests';

import { useDraftStore } from './draftStore';
import { nextTask } from './nextTask';

/**
 * Runs a freshly loaded writer or checker once on the current draft, in a task of its own, before
 * the UI gets it: a first run compiles its code, which inside the UI's render made one long task.
 */
export async function warmUp(run: (manifests: ReturnType<typeof toManifests>) => unknown) {
  await nextTask();
  try {
    run(toManifests(useDraftStore.getState().draft));
  } catch {
    // The UI's own run reports what went wrong.
  }
  await nextTask();
}
