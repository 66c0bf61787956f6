import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { createContext, useContext } from 'react';

/** The layout a page is prerendered for at build time; in the browser the viewport decides. */
export type PrerenderedLayout = 'desktop' | 'phone';

/**
 * Set by the build-time prerender, where there is no viewport to measure: it renders the page
 * once per layout so the browser can show, and hydrate, the one that fits the screen.
 */
export const PrerenderedLayoutContext = createContext<PrerenderedLayout | undefined>(undefined);

/** The media query of the three-column layout (MUI `md` and up), without the `@media` prefix. */
export function desktopMediaQuery(breakpointUp: string): string {
  return breakpointUp.replace(/^@media( ?)/, '');
}

/**
 * The same query as a constant, for start-up code that runs before the theme exists (a unit test
 * keeps it equal to the theme's).
 */
export const DESKTOP_MEDIA_QUERY = '(min-width:900px)';

/** True at the three-column width (md and up); phones and narrow windows get tabs instead. */
export function useIsDesktop(): boolean {
  const theme = useTheme();
  const prerendered = useContext(PrerenderedLayoutContext);
  // In the browser `noSsr` reads the viewport at once, also while hydrating; the prerendered
  // layout was chosen with the same query, so both agree.
  return useMediaQuery(desktopMediaQuery(theme.breakpoints.up('md')), {
    noSsr: true,
    defaultMatches: prerendered === 'desktop',
  });
}
