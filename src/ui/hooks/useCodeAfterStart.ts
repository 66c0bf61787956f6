import { startTransition, useEffect, useState, type ComponentType } from 'react';

import type { Preloadable } from '@/ui/layout/preloadable';

let startingUp = false;
let markStarted = () => {};
let started = Promise.resolve();

/**
 * Marks the app's start: while the prerendered page hydrates, a component that mounts must render
 * what the prerender rendered, so parts loaded after start (`useCodeAfterStart`) stay out of it,
 * and their code is fetched only once the app answers input.
 */
export function setStartingUp(value: boolean): void {
  if (value === startingUp) return;
  startingUp = value;
  if (value) started = new Promise((resolve) => (markStarted = resolve));
  else markStarted();
}

/** Resolves once the app has started (at once outside start-up). */
export function whenStarted(): Promise<void> {
  return started;
}

/**
 * A part of the page whose code loads after the app has started (a section below the fold, a
 * tooltip, suggestions): `undefined` until it is in, then its component, swapped in as a
 * transition so it never blocks input. Outside start-up, code that is already in is used at once.
 */
export function useCodeAfterStart<P extends object>(
  code: Preloadable<P>,
): ComponentType<P> | undefined {
  const [component, setComponent] = useState(() => (startingUp ? undefined : code.current()));
  useEffect(() => {
    if (component) return;
    let live = true;
    void whenStarted()
      .then(() => code.preload())
      .then(() => {
        const loaded = code.current();
        if (live && loaded) startTransition(() => setComponent(() => loaded));
      });
    return () => {
      live = false;
    };
  }, [code, component]);
  return component;
}
