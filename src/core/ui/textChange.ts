/** Where two texts differ: they share `prefix` characters at the start and `suffix` at the end. */
export interface TextChange {
  prefix: number;
  /** Never overlaps the prefix in either text. */
  suffix: number;
}

/** The one edited stretch that turns `before` into `after` (a keystroke, a paste, a rename). */
export function textChange(before: string, after: string): TextChange {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  return { prefix, suffix };
}
