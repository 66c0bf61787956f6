// The media query that separates the two prerendered layouts: MUI's `md` breakpoint and up, the
// query `useIsDesktop` asks (a unit test keeps them equal).
export const DESKTOP_QUERY = '(min-width:900px)';

// The attribute of the started app's style sheet link, which the app switches on before it renders
// (src/ui/startedStyles.ts imports it from here).
export const STARTED_STYLES_ATTRIBUTE = 'data-started-styles';
