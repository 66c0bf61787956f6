import { describe, expect, it } from 'vitest';

import { splitStyleSheets } from './splitStyleSheets';

describe('splitStyleSheets', () => {
  const rules = [
    { ids: ['shared'], css: '.css-shared{margin:0}' },
    { ids: ['deskonly'], css: '.css-deskonly{display:grid}' },
    { ids: ['phoneonly'], css: '.css-phoneonly{padding:4px}' },
    { ids: ['later'], css: '.css-later{color:red}' },
    { ids: ['a', 'b'], css: '.css-a{}.css-b{}' },
  ];
  const pages = {
    phone: '<div class="css-shared"><p class="x css-phoneonly">p</p></div>',
    desktop: '<div class="css-shared"><main class="css-deskonly css-b"></main></div>',
  };

  it('puts what a phone paints first inline, desktop-only rules and started-only rules apart', () => {
    const sheets = splitStyleSheets(rules, pages, 'css');
    expect(sheets.firstPaint).toBe('.css-shared{margin:0}.css-phoneonly{padding:4px}');
    // A rule shared by several ids goes where the first of its uses needs it.
    expect(sheets.desktop).toBe('.css-deskonly{display:grid}.css-a{}.css-b{}');
    expect(sheets.started).toBe('.css-later{color:red}');
    expect(sheets.ids).toEqual(['shared', 'deskonly', 'phoneonly', 'later', 'a', 'b']);
  });

  it('loses no rule', () => {
    const sheets = splitStyleSheets(rules, pages, 'css');
    const all = sheets.firstPaint + sheets.desktop + sheets.started;
    for (const rule of rules) expect(all).toContain(rule.css);
    expect(all).toHaveLength(rules.reduce((n, r) => n + r.css.length, 0));
  });

  it('matches whole class names only', () => {
    const sheets = splitStyleSheets(
      [{ ids: ['ab'], css: '.css-ab{}' }],
      { phone: '<i class="css-abc"></i>', desktop: '' },
      'css',
    );
    expect(sheets.started).toBe('.css-ab{}');
  });
});
