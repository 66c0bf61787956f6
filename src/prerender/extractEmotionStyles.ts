const STYLE_ELEMENT = /<style data-emotion="([^"]*)"[^>]*>([\s\S]*?)<\/style>/g;

/** The attribute listing the emotion ids of the prerendered page's style element. */
export const PRERENDERED_STYLES_ATTRIBUTE = 'data-prerendered-styles';

/**
 * Moves the `<style data-emotion>` elements emotion writes into server-rendered markup out of it.
 * Returns the markup without them (what the browser renders: emotion renders no element there)
 * and the styles as `<head>` elements: each global style in its own element, as emotion's Global
 * looks for it (`data-emotion="<key>-global <name>"`), then every other style in one element
 * whose ids the browser's cache is told about (`data-prerendered-styles`, see `emotionCache.ts`)
 * rather than one emotion would adopt: adopting it moves it, which restyles the whole page.
 */
export function extractEmotionStyles(
  pages: readonly string[],
  key: string,
): { markup: string[]; styleTags: string } {
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
  return {
    markup,
    styleTags: `${globalTags.join('')}<style ${PRERENDERED_STYLES_ATTRIBUTE}="${ids.join(' ')}">${css}</style>`,
  };
}
