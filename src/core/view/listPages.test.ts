import { describe, expect, it } from 'vitest';

import { LIST_PAGE_SIZE, listPagesIn, pageCount, pageOf, pageRange } from './listPages';

describe('list pages', () => {
  it('pages items in blocks of LIST_PAGE_SIZE', () => {
    expect(pageOf(0)).toBe(0);
    expect(pageOf(LIST_PAGE_SIZE)).toBe(1);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(5000)).toBe(5000 / LIST_PAGE_SIZE);
  });

  it('clamps a page past the end (after items were removed)', () => {
    expect(pageRange(9, 120)).toEqual({ page: 2, start: 100, end: 120 });
    expect(pageRange(-1, 10)).toEqual({ page: 0, start: 0, end: 10 });
  });

  it('finds the page of every list a path lies in', () => {
    expect(listPagesIn('spec.template.spec.containers[120].env[60].name')).toEqual([
      ['containers', 2],
      ['containers[120].env', 1],
    ]);
    expect(listPagesIn('spec.volumes[3].hostPath.path')).toEqual([['volumes', 0]]);
    expect(listPagesIn('metadata.name')).toEqual([]);
  });
});
