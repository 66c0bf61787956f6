import type { YamlSegment } from './highlightYaml';

export interface YamlChunkProps {
  /** Every line of the document; the chunk shows `count` of them from `start`. */
  lines: readonly string[];
  /** Highlighted segments per line of the document, once the highlighter is in. */
  colours: readonly (YamlSegment[] | undefined)[] | null;
  /** Whether the chunk is near the viewport: only then are its colours rendered. */
  inView: boolean;
  /** The chunk's place in the document (`data-chunk`, for the observer of what is in view). */
  index: number;
  start: number;
  count: number;
  /** Whether the chunk ends the document: its last line has no line break. */
  endsDocument: boolean;
  lineHeight: number;
}

/** Whether a chunk shows its lines coloured (else as one plain text). */
export function showsColours(props: YamlChunkProps): boolean {
  return props.inView && props.colours !== null;
}

/**
 * Whether a chunk would render the same: its own lines and, if it shows them, their colours are
 * unchanged. Lines are compared by value, colours by reference (the highlighter keeps unchanged
 * lines' segments).
 */
export function sameChunk(a: YamlChunkProps, b: YamlChunkProps): boolean {
  const coloured = showsColours(a);
  if (
    a.index !== b.index ||
    a.start !== b.start ||
    a.count !== b.count ||
    a.endsDocument !== b.endsDocument ||
    a.lineHeight !== b.lineHeight ||
    coloured !== showsColours(b)
  ) {
    return false;
  }
  for (let i = a.start; i < a.start + a.count; i++) {
    if (a.lines[i] !== b.lines[i]) return false;
    if (coloured && a.colours?.[i] !== b.colours?.[i]) return false;
  }
  return true;
}
