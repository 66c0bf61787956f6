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

/** The lines an edit touched: the lines around them are the same in both texts. */
export interface LineChange extends TextChange {
  /** The first changed line, the same index in both texts. */
  firstLine: number;
  /** The index after the last changed line of the old text. */
  endOldLine: number;
  /** Where the changed lines start and end in the new text (without the final line break). */
  from: number;
  to: number;
}

/** The number of line breaks in `text` from `start` up to (not including) `end`. */
function breaksBetween(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    count += 1;
  }
  return count;
}

/**
 * {@link textChange} in whole lines: from the start of the line holding the first changed
 * character to the end of the line holding the last one.
 */
export function lineChange(before: string, after: string): LineChange {
  const { prefix, suffix } = textChange(before, after);
  const firstLine = breaksBetween(before, 0, prefix);
  const endOldLine = firstLine + breaksBetween(before, prefix, before.length - suffix) + 1;
  // (lastIndexOf clamps a negative start to 0, where it would find a leading break.)
  const from = prefix === 0 ? 0 : after.lastIndexOf('\n', prefix - 1) + 1;
  const nextBreak = after.indexOf('\n', after.length - suffix);
  const to = nextBreak === -1 ? after.length : nextBreak;
  return { prefix, suffix, firstLine, endOldLine, from, to };
}

/**
 * `items` with `[start, end)` replaced by `replacement`, built as one array of the final size:
 * spreading slices of a 6,000-line list would copy it three times on every keystroke.
 */
export function replaceRange<T>(
  items: readonly T[],
  start: number,
  end: number,
  replacement: readonly T[],
): T[] {
  const tail = items.length - end;
  const result = new Array<T>(start + replacement.length + tail);
  for (let i = 0; i < start; i++) result[i] = items[i] as T;
  for (let i = 0; i < replacement.length; i++) result[start + i] = replacement[i] as T;
  for (let i = 0; i < tail; i++) result[start + replacement.length + i] = items[end + i] as T;
  return result;
}
