import type { YamlSegment } from './highlightYaml';

export interface YamlChunkProps {
  /** Every line of the document; the chunk shows `count` of them from `start`. */
  lines: readonly string[];
  /** Highlighted segments per line of the document, once the highlighter is in. */
  colours: readonly (YamlSegment[] | undefined)[] | null;
  start: number;
  count: number;
  /** Whether the chunk ends the document: its last line has no line break. */
  endsDocument: boolean;
  lineHeight: number;
}

/**
 * Whether a chunk would render the same: its own lines and their colours are unchanged. Lines
 * are compared by value, colours by reference (the highlighter keeps unchanged lines' segments).
 */
export function sameChunk(a: YamlChunkProps, b: YamlChunkProps): boolean {
  if (
    a.start !== b.start ||
    a.count !== b.count ||
    a.endsDocument !== b.endsDocument ||
    a.lineHeight !== b.lineHeight ||
    (a.colours === null) !== (b.colours === null)
  ) {
    return false;
  }
  for (let i = a.start; i < a.start + a.count; i++) {
    if (a.lines[i] !== b.lines[i] || a.colours?.[i] !== b.colours?.[i]) return false;
  }
  return true;
}
