import type { Draft } from '@/core/model/draft';
import { encodeShare } from '@/core/share/shareCodec';
import { shareFragment } from '@/core/share/shareRoute';

/** The parts of the page's address a share link keeps (`window.location` has them). */
export interface PageAddress {
  origin: string;
  pathname: string;
  search: string;
}

/**
 * The full link that opens `draft` in another browser, on the page at `page`: it works from any
 * static host or sub-path.
 */
export function toShareUrl(draft: Draft, page: PageAddress): string {
  return `${page.origin}${page.pathname}${page.search}${shareFragment(encodeShare(draft))}`;
}
