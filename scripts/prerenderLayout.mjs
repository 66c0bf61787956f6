// The media query that separates the two prerendered layouts: MUI's `md` breakpoint and up, the
// query `useIsDesktop` asks (a unit test keeps them equal).
export const DESKTOP_QUERY = '(min-width:900px)';
