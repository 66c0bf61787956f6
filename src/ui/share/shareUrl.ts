import type { Draft } from '@/core/model/draft';
import { encodeShare } from '@/core/share/shareCodec';
import { presetFragment, shareFragment } from '@/core/share/shareRoute';

/** This page's address without any fragment: links work from any static host or sub-path. */
function pageAddress(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}`;
}

/** The full link that opens `draft` in another browser. */
export function toShareUrl(draft: Draft): string {
  return `${pageAddress()}${shareFragment(encodeShare(draft))}`;
}

/** The short, stable link of a preset. */
export function toPresetUrl(id: string): string {
  return `${pageAddress()}${presetFragment(id)}`;
}
