import { createTheme } from '@mui/material/styles';

/**
 * The one theme: light and dark colour schemes as CSS variables, switched without re-render.
 * Light status colours are darkened so small helper text keeps a 4.5:1 contrast (WCAG AA).
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#0b5cad' },
        secondary: { main: '#6a3d9a' },
        warning: { main: '#9a4f00' },
        error: { main: '#c62828' },
        info: { main: '#01579b' },
        success: { main: '#1b5e20' },
      },
    },
    dark: { palette: { primary: { main: '#7cb7ff' }, secondary: { main: '#c7a4ff' } } },
  },
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

/** Monospace stack for YAML and commands. */
export const MONO_FONT =
  'ui-monospace, SFMono-Regular, "Cascadia Mono", Consolas, "Liberation Mono", Menlo, monospace';
