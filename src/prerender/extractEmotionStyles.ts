const STYLE_ELEMENT = /<style data-emotion="([^"]*)"[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The attribute, on the page's `<link>` to the prerendered style sheet, listing the emotion ids
 * whose rules the sheet holds.
 */
export const PRERENDERED_STYLES_ATTRIBUTE = 'data-prerendered-styles';

/** What `extractEmotionStyles` takes out of the markup. */
export interface ExtractedStyles {
  /** The markup without style elements (what the browser renders: emotion renders none there). */
  markup: string[];
  /**
   * Each global style in its own `<style>` element, as emotion's Global looks for it
   * (`data-emotion="<key>-global <name>"`): it adopts them.
   */
  globalStyleTags: string;
  /** Every other rule, for one style sheet of the page's own. */
  css: string;
  /** The emotion ids of those rules, for the browser's cache (see `emotionCache.ts`). */
  ids: string[];
}

/**
 * Moves the `<style data-emotion>` elements emotion writes into server-rendered markup out of it.
 * The rules other than global ones go to a style sheet of their own (scripts/prerender.mjs): a
 * separate file is parsed in a task of its own, not in the task parsing the page, and kept in the
 * browser's cache. The browser's emotion cache is told their ids rather than adopting them:
 * adopting moves a style element, which restyles the whole page.
 */
export function extractEmotionStyles(pages: readonly string[], key: string): ExtractedStyles {
  const globals = new Map<string, string>();
  const ids: string[] = [];
  let css = '';
  const markup = pages.map((html) =>
    html.replace(STYLE_ELEMENT, (_element, attribute: string, rules: string) => {
      const [elementKey, ...names] = attribute.split(' ');
      if (elementKey === `${key}-global`) {
        const name = names.join(' ');
        if (!globals.has(name)) globals.set(name, rules);
      } else if (elementKey === key) {
        ids.push(...names);
        css += rules;
      } else {
        throw new Error(`prerender: a style element of an unknown emotion key: ${attribute}`);
      }
      return '';
    }),
  );
  const globalTags = [...globals].map(
    ([name, rules]) => `<style data-emotion="${key}-global ${name}">${rules}</style>`,
  );
  return { markup, globalStyleTags: globalTags.join(''), css, ids };
}
