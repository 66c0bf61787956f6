import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PrerenderedLayoutContext } from '@/ui/hooks/useIsDesktop';
import { useWhenNearScreen } from '@/ui/hooks/useWhenNearScreen';

/** A stand-in IntersectionObserver whose instances the test makes report. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  observed: Element[] = [];
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
  report(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }));
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

function Region({ prepare }: { prepare: () => Promise<unknown> }) {
  const { near, byFocus, ref } = useWhenNearScreen<HTMLDivElement>(prepare);
  return (
    <div ref={ref} data-testid="region">
      {near ? `rendered${byFocus ? ' by focus' : ''}` : <button type="button">stand-in</button>}
    </div>
  );
}

const prerendered = ({ children }: { children: ReactNode }) => (
  <PrerenderedLayoutContext value="phone">{children}</PrerenderedLayoutContext>
);

describe('useWhenNearScreen', () => {
  beforeEach(() => {
    FakeObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the prerendered stand-in until the region nears the screen, then renders it', async () => {
    const prepare = vi.fn(() => Promise.resolve());
    render(<Region prepare={prepare} />, { wrapper: prerendered });
    expect(screen.getByRole('button', { name: 'stand-in' })).toBeInTheDocument();
    const [observer] = FakeObserver.instances;
    // Looks one screen ahead, below the viewport.
    expect(observer?.options?.rootMargin).toBe('0px 0px 100% 0px');

    await act(async () => {
      observer?.report(false);
      await Promise.resolve();
    });
    expect(prepare).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'stand-in' })).toBeInTheDocument();

    await act(async () => {
      observer?.report(true);
      await Promise.resolve();
    });
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('rendered')).toBeInTheDocument();
    // Once rendered, it stays: nothing observes it any more.
    expect(observer?.observed).toEqual([]);
  });

  it('waits for the code to be in before rendering', async () => {
    let loaded = () => {};
    const prepare = vi.fn(() => new Promise<void>((resolve) => (loaded = resolve)));
    render(<Region prepare={prepare} />, { wrapper: prerendered });
    await act(async () => {
      FakeObserver.instances[0]?.report(true);
      await Promise.resolve();
    });
    expect(screen.getByRole('button', { name: 'stand-in' })).toBeInTheDocument();
    await act(async () => {
      loaded();
      await Promise.resolve();
    });
    expect(screen.getByText('rendered')).toBeInTheDocument();
  });

  it('renders at once when focus enters the stand-in, and says so', async () => {
    const prepare = vi.fn(() => Promise.resolve());
    render(<Region prepare={prepare} />, { wrapper: prerendered });
    await act(async () => {
      fireEvent.focusIn(screen.getByRole('button', { name: 'stand-in' }));
      await Promise.resolve();
    });
    expect(screen.getByText('rendered by focus')).toBeInTheDocument();
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('renders at once on a page rendered afresh (not prerendered)', () => {
    render(<Region prepare={() => Promise.resolve()} />);
    expect(screen.getByText('rendered')).toBeInTheDocument();
    expect(FakeObserver.instances).toEqual([]);
  });

  it('renders without an IntersectionObserver (old browsers)', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Region prepare={() => Promise.resolve()} />, { wrapper: prerendered });
    expect(await screen.findByText('rendered')).toBeInTheDocument();
  });
});
