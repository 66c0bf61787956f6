import { toLine, type YamlLine } from '../yamlLinesForPath';

/** A path from a document's root: keys and list indexes. */
export type PathSegments = Array<string | number>;

/** Where a place in the YAML text sits in its document. */
export interface YamlPlace {
  /** The document's `kind` (the first top-level `kind:` of the document), if it has one. */
  kind: string | undefined;
  /** Keys and list indexes from the document's root. */
  segments: PathSegments;
}

/** A key in the text: its place (ending with the key) and its columns on its line. */
export interface YamlKeyAt extends YamlPlace {
  key: string;
  /** 0-based column where the key starts, and where it ends. */
  from: number;
  to: number;
}

const KIND_LINE = /^kind:\s*["']?([A-Za-z]+)/;

function isContent(line: YamlLine, text: string): boolean {
  const body = text.trimStart();
  return body !== '' && !body.startsWith('#');
}

/** 0-based [first, end) lines of the document that holds line `index`. */
function documentAround(texts: readonly string[], index: number): [number, number] {
  let first = index;
  while (first > 0 && !texts[first - 1]!.startsWith('---')) first -= 1;
  let end = index + 1;
  while (end < texts.length && !texts[end]!.startsWith('---')) end += 1;
  return [first, end];
}

function kindOf(texts: readonly string[], [first, end]: [number, number]): string | undefined {
  for (let i = first; i < end; i += 1) {
    const match = KIND_LINE.exec(texts[i]!);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * The path of the mapping whose keys sit at `column` on 0-based line `index`, walking up
 * through parent keys and list items. Reads the block style Kubernetes YAML is written in.
 */
function mappingPath(
  texts: readonly string[],
  lines: readonly YamlLine[],
  first: number,
  index: number,
  column: number,
): PathSegments {
  const segments: PathSegments = [];
  let row = index;
  let col = column;
  while (col > 0) {
    // The nearest line above (or this one) that opens the item or the key holding this column.
    let parent = -1;
    for (let j = row; j >= first; j -= 1) {
      const line = lines[j]!;
      if (!isContent(line, texts[j]!)) continue;
      if (line.isItem && line.indent === col - 2) {
        parent = j;
        break;
      }
      if (j < row && line.key !== undefined && line.keyColumn < col) {
        parent = j;
        break;
      }
      if (j < row && line.indent < col && !line.isItem) return segments;
    }
    if (parent < 0) return segments;
    const line = lines[parent]!;
    if (line.isItem && line.indent === col - 2) {
      const dash = line.indent;
      let count = 0;
      let holder = -1;
      for (let j = parent; j >= first; j -= 1) {
        const above = lines[j]!;
        if (!isContent(above, texts[j]!)) continue;
        if (above.isItem && above.indent === dash) count += 1;
        else if (above.indent <= dash) {
          holder = j;
          break;
        }
      }
      segments.unshift(count - 1);
      if (holder < 0 || lines[holder]!.key === undefined) return segments;
      segments.unshift(lines[holder]!.key!);
      row = holder;
      col = lines[holder]!.keyColumn;
    } else {
      segments.unshift(line.key!);
      row = parent;
      col = line.keyColumn;
    }
  }
  return segments;
}

/**
 * Where new keys at `column` on 1-based `line` would go: the document's kind and the path of the
 * mapping that would hold them (for completion).
 */
export function yamlPlaceAt(text: string, line: number, column: number): YamlPlace {
  const texts = text.split('\n');
  const index = Math.min(Math.max(line - 1, 0), texts.length - 1);
  const bounds = documentAround(texts, index);
  const lines = texts.map(toLine);
  return {
    kind: kindOf(texts, bounds),
    segments: mappingPath(texts, lines, bounds[0], index, column),
  };
}

/** The key written on 1-based `line`, with its full path; undefined on a line without a key. */
export function yamlKeyAt(text: string, line: number): YamlKeyAt | undefined {
  const texts = text.split('\n');
  const index = line - 1;
  const lineText = texts[index];
  if (lineText === undefined) return undefined;
  const parsed = toLine(lineText);
  if (parsed.key === undefined) return undefined;
  const bounds = documentAround(texts, index);
  const lines = texts.map(toLine);
  const segments = mappingPath(texts, lines, bounds[0], index, parsed.keyColumn);
  const quoted = /^["']/.test(lineText.slice(parsed.keyColumn));
  const keyLength = quoted ? lineText.slice(parsed.keyColumn).indexOf(':') : parsed.key.length;
  return {
    kind: kindOf(texts, bounds),
    segments: [...segments, parsed.key],
    key: parsed.key,
    from: parsed.keyColumn,
    to: parsed.keyColumn + keyLength,
  };
}

/** `['spec', 'containers', 0, 'image']` → `spec.containers[0].image` (as findings print paths). */
export function toFieldPath(segments: PathSegments): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}
