import { startTransition, useEffect, useState, type ReactNode } from 'react';

import { currentOutputs, OutputsContext, sameOutputs, subscribeOutputs } from '@/state/outputs';

/** Hands the loaded YAML writer and checkers to the app as transitions (see `OutputsContext`). */
export function OutputsProvider({ children }: { children: ReactNode }) {
  const [outputs, setOutputs] = useState(currentOutputs);
  useEffect(() => {
    const update = () =>
      startTransition(() =>
        setOutputs((shown) => {
          const next = currentOutputs();
          return sameOutputs(shown, next) ? shown : next;
        }),
      );
    const unsubscribe = subscribeOutputs(update);
    // Anything that arrived between the first render and this subscription.
    update();
    return unsubscribe;
  }, []);
  return <OutputsContext value={outputs}>{children}</OutputsContext>;
}
