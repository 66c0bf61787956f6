import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { createAppStore } from '@/state/createAppStore';

describe('createAppStore', () => {
  it('server-renders the current state, where zustand would render the initial one', () => {
    const useCounter = createAppStore<{ count: number }>(() => ({ count: 1 }));
    useCounter.setState({ count: 5 });
    function Counter() {
      return <output>{useCounter((s) => s.count)}</output>;
    }
    expect(renderToString(<Counter />)).toBe('<output>5</output>');
  });

  it('keeps the real initial state for resets', () => {
    const useCounter = createAppStore<{ count: number }>(() => ({ count: 1 }));
    useCounter.setState({ count: 5 });
    expect(useCounter.getInitialState()).toEqual({ count: 1 });
    expect(useCounter.getState()).toEqual({ count: 5 });
  });
});
