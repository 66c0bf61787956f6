import { preloadable } from '@/ui/layout/preloadable';

// Parts of the page that nobody uses in its first second: their code loads after start, or when
// first needed.

/** Messages from links, imports and autosave (MUI Snackbar and Alert), loaded with the first one. */
export const appNoticesCode = preloadable<object>(() =>
  import('@/ui/history/AppNotices').then((m) => m.AppNotices),
);
/** The Presets menu's list (MUI Menu), loaded on demand; the button is part of the first screen. */
export const presetMenuListCode = preloadable<object>(() =>
  import('@/ui/presets/PresetMenuList').then((m) => m.PresetMenuList),
);
/** The phone's YAML tab, hidden at start. */
export const yamlPanelCode = preloadable<object>(() =>
  import('@/ui/layout/YamlPanel').then((m) => m.YamlPanel),
);
/** The phone's Findings tab, hidden at start. */
export const findingsPanelCode = preloadable<object>(() =>
  import('@/ui/preview/FindingsPanel').then((m) => m.FindingsPanel),
);
