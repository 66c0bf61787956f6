/**
 * Long lists (containers, volumes, environment variables) show one page of items at a time, so a
 * draft with thousands of them renders as fast as one with fifty.
 */
export const LIST_PAGE_SIZE = 50;

/** The 0-based page that holds item `index`. */
export function pageOf(index: number): number {
  return Math.floor(index / LIST_PAGE_SIZE);
}

/** Number of pages for `count` items (at least one). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LIST_PAGE_SIZE));
}

/** The items [start, end) shown on `page`, the page clamped to the list. */
export function pageRange(
  page: number,
  count: number,
): { page: number; start: number; end: number } {
  const clamped = Math.min(Math.max(0, page), pageCount(count) - 1);
  const start = clamped * LIST_PAGE_SIZE;
  return { page: clamped, start, end: Math.min(count, start + LIST_PAGE_SIZE) };
}

/**
 * The page of each paged list a field path lies in: `spec.containers[120].env[60].name` →
 * `containers` page 2 and `containers[120].env` page 1. The key of an environment list names its
 * container, so each container keeps its own page.
 */
export function listPagesIn(path: string): Array<[listKey: string, page: number]> {
  const pages: Array<[string, number]> = [];
  let owner = '';
  for (const match of path.matchAll(/\b(containers|initContainers|volumes|env)\[(\d+)\]/g)) {
    const [, list = '', index = '0'] = match;
    const key = list === 'env' ? `${owner}.env` : list;
    pages.push([key, pageOf(Number(index))]);
    if (list !== 'env') owner = `${list}[${index}]`;
  }
  return pages;
}
