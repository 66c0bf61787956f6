import { create } from 'zustand';

import type { NeedId } from '@/core/model/windowsNeeds';

interface AdvisorStore {
  /** The boxes ticked in the least-privilege advisor. */
  needs: readonly NeedId[];
}

/** Session-only: what the user said the workload must do on the node. Presets set it. */
export const useAdvisorStore = create<AdvisorStore>()(() => ({ needs: [] }));

/** Ticks exactly these boxes (a preset opening, or the user). */
export function setAdvisorNeeds(needs: readonly NeedId[]): void {
  useAdvisorStore.setState({ needs });
}
