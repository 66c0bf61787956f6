import { textChange } from './textChange';

/** The number of line breaks in `text` from `start` up to (not including) `end`. */
function breaksBetween(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    count += 1;
  }
  return count;
}

/**
 * `text.split('\n')`, remembering the last text: the lines before and after the part that changed
 * are the previous call's strings, so a keystroke in a 6,000-line document makes a few new lines,
 * not 6,000, and a consumer comparing lines finds the unchanged ones identical.
 */
export function createLineSplitter(): (text: string) => readonly string[] {
  let previous: { text: string; lines: readonly string[] } | undefined;
  return (text) => {
    if (previous?.text === text) return previous.lines;
    if (previous === undefined) {
      previous = { text, lines: text.split('\n') };
      return previous.lines;
    }
    const old = previous.text;
    const { prefix, suffix } = textChange(old, text);
    // The changed lines: from the start of the line holding the first change to the end of the
    // line holding the last one, in both texts.
    const firstLine = breaksBetween(old, 0, prefix);
    const lastLineOld = firstLine + breaksBetween(old, prefix, old.length - suffix);
    // (lastIndexOf clamps a negative start to 0, where it would find a leading break.)
    const from = prefix === 0 ? 0 : text.lastIndexOf('\n', prefix - 1) + 1;
    const nextBreak = text.indexOf('\n', text.length - suffix);
    const to = nextBreak === -1 ? text.length : nextBreak;
    const changed = text.slice(from, to).split('\n');
    const kept = previous.lines;
    const tail = kept.length - lastLineOld - 1;
    // One array of the final size: spreading slices of a 6,000-line list would copy it three times.
    const lines = new Array<string>(firstLine + changed.length + tail);
    for (let i = 0; i < firstLine; i++) lines[i] = kept[i] as string;
    for (let i = 0; i < changed.length; i++) lines[firstLine + i] = changed[i] as string;
    for (let i = 0; i < tail; i++) {
      lines[firstLine + changed.length + i] = kept[lastLineOld + 1 + i] as string;
    }
    previous = { text, lines };
    return lines;
  };
}
