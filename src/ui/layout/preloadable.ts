import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A component whose code is a chunk of its own, loaded on demand or ahead of time. */
export interface Preloadable<P extends object> {
  /** Starts loading the code (once); resolves when it is in. */
  preload: () => Promise<unknown>;
  /** The component once its code is in. */
  current: () => ComponentType<P> | undefined;
  /** The same component for a Suspense boundary, while the code may still be loading. */
  Lazy: LazyExoticComponent<ComponentType<P>>;
}

/**
 * A lazily loaded component that can also be preloaded. Components using it render `current()`
 * directly when it is in (choosing once per mount, so they never remount), and `Lazy` inside a
 * Suspense boundary otherwise. The app preloads what the first screen shows before it hydrates
 * the prerendered page: then hydration meets no Suspense boundary, which React would hydrate in
 * separate passes that any update in between (a store's, Tabs') forces to run synchronously.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((loaded) => {
      component = loaded;
      return { default: loaded };
    }));
  return { preload, current: () => component, Lazy: lazy(preload) };
}
