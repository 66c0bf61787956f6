import { describe, expect, it } from 'vitest';

import { extractEmotionStyles } from './extractEmotionStyles';

describe('extractEmotionStyles', () => {
  it('moves every style element out of the markup: globals as elements emotion adopts, the rest as rules', () => {
    const { markup, globalStyleTags, rules } = extractEmotionStyles(
      [
        '<style data-emotion="css-global abc">body{margin:0}</style>' +
          '<style data-emotion="css x1">.css-x1{color:red}</style><p class="css-x1">a</p>',
        '<style data-emotion="css x2 x3">.css-x2{color:blue}.css-x3{}</style><p class="css-x2">b</p>' +
          '<style data-emotion="css-global abc">body{margin:0}</style>',
      ],
      'css',
    );
    expect(markup).toEqual(['<p class="css-x1">a</p>', '<p class="css-x2">b</p>']);
    // The global style appears in both pages and is kept once.
    expect(globalStyleTags).toBe('<style data-emotion="css-global abc">body{margin:0}</style>');
    expect(rules).toEqual([
      { ids: ['x1'], css: '.css-x1{color:red}' },
      { ids: ['x2', 'x3'], css: '.css-x2{color:blue}.css-x3{}' },
    ]);
  });

  it('refuses a style element of another emotion cache', () => {
    expect(() => extractEmotionStyles(['<style data-emotion="mui a">.a{}</style>'], 'css')).toThrow(
      /unknown emotion key/,
    );
  });
});
