const STYLE_ELEMENT = /<style data-emotion="([^"]*)"[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The attribute, on the page's `<link>` to its style sheet, listing the emotion ids of every
 * prerendered rule (that sheet's and the started app's, see scripts/prerender.mjs).
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
  /** Every other rule, in emotion's order, with the ids (class names less the key) it styles. */
  rules: EmotionRule[];
}

/** The rules of one emotion style element and the ids they style. */
export interface EmotionRule {
  ids: string[];
  css: string;
}

/**
 * Moves the `<style data-emotion>` elements emotion writes into server-rendered markup out of it,
 * for the page's own style sheets (see `splitStyleSheets`). The browser's emotion cache is told
 * their ids rather than adopting them: adopting moves a style element, which restyles the page.
 */
export function extractEmotionStyles(pages: readonly string[], key: string): ExtractedStyles {
  const globals = new Map<string, string>();
  const rules: EmotionRule[] = [];
  const markup = pages.map((html) =>
    html.replace(STYLE_ELEMENT, (_element, attribute: string, css: string) => {
      const [elementKey, ...names] = attribute.split(' ');
      if (elementKey === `${key}-global`) {
        const name = names.join(' ');
        if (!globals.has(name)) globals.set(name, css);
      } else if (elementKey === key) {
        rules.push({ ids: names, css });
      } else {
        throw new Error(`prerender: a style element of an unknown emotion key: ${attribute}`);
      }
      return '';
    }),
  );
  const globalTags = [...globals].map(
    ([name, rules]) => `<style data-emotion="${key}-global ${name}">${rules}</style>`,
  );
  return { markup, globalStyleTags: globalTags.join(''), rules };
}
