import { createTheme, type Theme } from '@mui/material/styles';
import type { ColorScheme } from '@/ui/hooks/useColorScheme';

/**
 * Light status colours are darkened so small helper text keeps a 4.5:1 contrast (WCAG AA).
 * One plain theme per scheme, made when first shown: a theme with CSS variables for both schemes
 * took half of the start-up script's time, on every visit, to save a re-render on the rare switch.
 */
const PALETTES = {
  light: {
    mode: 'light',
    primary: { main: '#0b5cad' },
    secondary: { main: '#6a3d9a' },
    warning: { main: '#9a4f00' },
    error: { main: '#c62828' },
    info: { main: '#01579b' },
    success: { main: '#1b5e20' },
  },
  dark: { mode: 'dark', primary: { main: '#7cb7ff' }, secondary: { main: '#c7a4ff' } },
} as const;

function makeTheme(scheme: ColorScheme): Theme {
  return createTheme({
    palette: PALETTES[scheme],
    shape: { borderRadius: 8 },
    typography: {
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      // Each input would otherwise mount its own copy of the autofill keyframes (a <style> element
      // each, and a restyle of the page each): nothing here is autofilled.
      MuiInputBase: { defaultProps: { disableInjectingGlobalStyles: true } },
      MuiTab: { styleOverrides: { root: { textTransform: 'none', fontSize: 15 } } },
      MuiButton: {
        defaultProps: { disableElevation: true },
        styleOverrides: { root: { textTransform: 'none' } },
      },
    },
  });
}

const themes: Partial<Record<ColorScheme, Theme>> = {};

/** The app's theme for a colour scheme. */
export function appTheme(scheme: ColorScheme): Theme {
  return (themes[scheme] ??= makeTheme(scheme));
}

/** Monospace stack for YAML and commands. */
export const MONO_FONT =
  'ui-monospace, SFMono-Regular, "Cascadia Mono", Consolas, "Liberation Mono", Menlo, monospace';
