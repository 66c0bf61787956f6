import {
  createStore,
  useStore,
  type StateCreator,
  type StoreApi,
  type UseBoundStore,
} from 'zustand';

/**
 * zustand's `create`, except for what server rendering and hydration read. zustand renders a
 * store's *initial* state there; this app prerenders its first-visit page at build time and
 * hydrates it only once the browser's state is that same first visit, with the YAML writer and
 * the checkers loaded in both places. So both render the *current* state, and hydration needs no
 * second, blocking render to catch up. `getInitialState` on the hook stays the real initial state.
 */
export function createAppStore<T>(
  initializer: StateCreator<T, [], []>,
): UseBoundStore<StoreApi<T>> {
  const api = createStore<T>()(initializer);
  const renderApi: StoreApi<T> = { ...api, getInitialState: api.getState };
  const useBoundStore = (<U>(selector?: (state: T) => U) =>
    useStore(renderApi, selector as (state: T) => U)) as UseBoundStore<StoreApi<T>>;
  return Object.assign(useBoundStore, api);
}
