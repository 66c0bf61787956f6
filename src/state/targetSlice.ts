import { restoreTarget } from '@/core/validation/restoreTarget';
import type { Target } from '@/core/validation/types';
import type { SliceSet } from './sliceTypes';
import { readStored, writeStored } from './storage';

const TARGET_KEY = 'hpb-target';

export interface TargetState {
  /** The cluster the user builds for, remembered across visits; always stored whole. */
  target: Target;
}

export interface TargetActions {
  setTarget: (change: Partial<Target>) => void;
}

function storedTarget(): Target {
  try {
    return restoreTarget(JSON.parse(readStored(TARGET_KEY) ?? 'null'));
  } catch {
    return restoreTarget(null);
  }
}

export const initialTargetState = (): TargetState => ({ target: storedTarget() });

export function targetActions(set: SliceSet): TargetActions {
  return {
    setTarget: (change) =>
      set(({ target }) => {
        const next = { ...target, ...change };
        writeStored(TARGET_KEY, JSON.stringify(next));
        return { target: next };
      }),
  };
}
