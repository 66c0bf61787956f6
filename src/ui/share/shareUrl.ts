import type { Draft } from '@/core/model/draft';
import { encodeShare } from '@/core/share/shareCodec';
import { shareFragment } from '@/core/share/shareRoute';

/** The full link that opens `draft` in another browser; it works from any static host or sub-path. */
export function toShareUrl(draft: Draft): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${shareFragment(encodeShare(draft))}`;
}
