// The media query that separates the two prerendered layouts: MUI's `md` breakpoint and up, the
// query `useIsDesktop` asks (a unit test keeps them equal).
export const DESKTOP_QUERY = '(min-width:900px)';

// The attribute of the started app's style sheet link, which the app switches on before it renders
// (src/ui/startedStyles.ts imports it from here).
export const STARTED_STYLES_ATTRIBUTE = 'data-started-styles';

// The attribute of the <noscript> that holds the desktop's prerendered markup as text: a phone
// never builds it, the page's loader makes it the page on a wide screen (scripts/prerender.mjs),
// and the app renders afresh where it is still there (src/ui/deferredMarkup.ts; a unit test keeps
// the two spellings equal).
export const DEFERRED_MARKUP_ATTRIBUTE = 'data-deferred-markup';
