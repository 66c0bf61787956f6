import type { Plugin } from 'vite';
/** MUI's modules that make a default theme on load, with the statement that makes it. */
export const DEFAULT_THEME_MODULES: ReadonlyArray<readonly [string, string]>;
/** An object that stands for `make()`'s result and calls `make` (once) when first used. */
export function lazyObject<T extends object>(make: () => T): T;
/** The rewritten module, or `undefined` for a module not in DEFAULT_THEME_MODULES. */
export function rewriteDefaultTheme(id: string, source: string): string | undefined;
/** Build-only Vite plugin: MUI's default themes are made on first use. */
export function lazyMuiDefaultThemes(): Plugin;
