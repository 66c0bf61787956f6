import type { EmotionRule } from './extractEmotionStyles';

/** The prerendered page's rules, by when they are needed (scripts/prerender.mjs places them). */
export interface PageStyleSheets {
  /** What a phone's first paint uses. */
  firstPaint: string;
  /** What only the desktop layout's first paint uses. */
  desktop: string;
  /** What only the started app uses (lower sections, preview, findings): switched on at start. */
  started: string;
  /** The emotion id of every rule, for the browser's cache (see `emotionCache.ts`). */
  ids: string[];
}

const CLASS_ATTRIBUTE = /\bclass="([^"]*)"/g;

function classesOf(markup: string): Set<string> {
  return new Set([...markup.matchAll(CLASS_ATTRIBUTE)].flatMap((m) => m[1]?.split(' ') ?? []));
}

/**
 * Splits the rules by the first markup that uses them: the phone page, else the desktop page,
 * else only the started app, whose rules then need not delay any first paint. Each part keeps
 * emotion's order.
 */
export function splitStyleSheets(
  rules: readonly EmotionRule[],
  pages: { phone: string; desktop: string },
  key: string,
): PageStyleSheets {
  const phone = classesOf(pages.phone);
  const desktop = classesOf(pages.desktop);
  const uses = (classes: Set<string>, rule: EmotionRule) =>
    rule.ids.some((id) => classes.has(`${key}-${id}`));
  const sheets: PageStyleSheets = { firstPaint: '', desktop: '', started: '', ids: [] };
  for (const rule of rules) {
    if (uses(phone, rule)) sheets.firstPaint += rule.css;
    else if (uses(desktop, rule)) sheets.desktop += rule.css;
    else sheets.started += rule.css;
    sheets.ids.push(...rule.ids);
  }
  return sheets;
}
