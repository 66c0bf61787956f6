import type { Target } from '../types';

/** An image reference split into repository, tag and digest (`name[:tag][@digest]`). */
export interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits an image reference; the tag is what follows the last `:` after the last `/`. */
export function parseImageRef(image: string): ImageRef {
  const trimmed = image.trim();
  const at = trimmed.indexOf('@');
  const digest = at >= 0 ? trimmed.slice(at + 1) : undefined;
  const withoutDigest = at >= 0 ? trimmed.slice(0, at) : trimmed;
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > withoutDigest.lastIndexOf('/');
  const ref: ImageRef = { name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest };
  if (hasTag) ref.tag = withoutDigest.slice(colon + 1);
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

// Tags that name a branch or a channel rather than a build: each push moves them.
const FLOATING_TAG =
  /^(latest|master|main|edge|nightly|dev|develop|unstable)$|^(canary|nightly)|[-_.](latest|canary|nightly)$/i;

/**
 * Why the image can change under the same reference (`latest`, `master`, `canary-…`, or no tag at
 * all), or undefined when it is pinned by a version tag or a digest.
 */
export function floatingTag(image: string): string | undefined {
  const { tag, digest } = parseImageRef(image);
  if (digest !== undefined) return undefined;
  if (tag === undefined) return 'has no tag, so the node pulls latest';
  return FLOATING_TAG.test(tag) ? `is tagged ${tag}, which moves with each push` : undefined;
}

// A run of capitals (VERSION, KUBE_PROXY_VERSION) or a template marker: text left for sed or a
// templating tool. Registries require lower-case repository names, and real tags seldom shout.
const PLACEHOLDER = /[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Z]{3,}|\$\{?\w|\{\{|<[^>]*>/;

/** The placeholder text in an image reference, if it has one. */
export function imagePlaceholder(image: string): string | undefined {
  return PLACEHOLDER.exec(image)?.[0];
}

/** Windows Server versions an image tag is built for, as its tag names them. */
const TAG_WINDOWS_VERSION: ReadonlyArray<[Target['windows'], RegExp]> = [
  ['2019', /(^|[-_.])(ltsc2019|1809)([-_.]|$)|(windows|nanoserver|servercore|ws)-?2019/i],
  ['2022', /(^|[-_.])ltsc2022([-_.]|$)|(windows|nanoserver|servercore|ws)-?2022/i],
  ['2025', /(^|[-_.])ltsc2025([-_.]|$)|(windows|nanoserver|servercore|ws)-?2025/i],
];

/** The Windows Server version a tag says the image is built for, if it says one. */
export function tagWindowsVersion(image: string): Target['windows'] | undefined {
  const { tag } = parseImageRef(image);
  if (tag === undefined) return undefined;
  return TAG_WINDOWS_VERSION.find(([, pattern]) => pattern.test(tag))?.[0];
}

/** Image builds a node accepts from a multi-platform list: the same build, or 2022 on 2025. */
export function nodeAcceptsBuild(node: Target['windows'], image: Target['windows']): boolean {
  return node === image || (node === '2025' && image === '2022');
}
