import { type AppState } from './store';

/** zustand's `set` for the app store, as each slice's actions receive it. */
export type SliceSet = (
  partial: Partial<AppState> | ((state: AppState) => Partial<AppState>),
) => void;
