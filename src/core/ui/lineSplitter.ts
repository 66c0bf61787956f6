import { lineChange, replaceRange } from './textChange';

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
    const { firstLine, endOldLine, from, to } = lineChange(previous.text, text);
    const changed = text.slice(from, to).split('\n');
    const lines = replaceRange(previous.lines, firstLine, endOldLine, changed);
    previous = { text, lines };
    return lines;
  };
}
