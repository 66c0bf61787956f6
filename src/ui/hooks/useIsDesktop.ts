import useMediaQuery from '@mui/material/useMediaQuery';
import { createContext, useContext } from 'react';

/** The three-column layout's media query (MUI's `md` and up); the prerendered page uses it too. */
export const DESKTOP_MEDIA_QUERY = '(min-width:900px)';

/** A layout the page is prerendered in at build time; in the browser the viewport decides. */
export type Layout = 'desktop' | 'phone';

/** Set by the build-time prerender, where there is no viewport to measure. */
export const PrerenderedLayoutContext = createContext<Layout | undefined>(undefined);

/** True at the three-column width; phones and narrow windows get tabs instead. */
export function useIsDesktop(): boolean {
  const prerendered = useContext(PrerenderedLayoutContext);
  // In the browser `noSsr` reads the viewport at once, also while hydrating the layout that fits.
  return useMediaQuery(DESKTOP_MEDIA_QUERY, {
    noSsr: true,
    defaultMatches: prerendered === 'desktop',
  });
}
