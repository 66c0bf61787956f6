import type { FieldPath } from '@/core/validation/types';

/** A 1-based, inclusive range of lines in the YAML text. */
export interface LineRange {
  start: number;
  end: number;
}

/** `spec.containers[0].resources.limits[cpu]` → ['spec', 'containers', 0, 'resources', 'limits', 'cpu']. */
export function toPathSegments(path: FieldPath): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    const [, key, bracket] = match;
    if (key !== undefined) segments.push(key);
    else if (bracket !== undefined)
      segments.push(/^\d+$/.test(bracket) ? Number(bracket) : bracket);
  }
  return segments;
}

/** One YAML line: its indent, whether it opens a list item, and the map key it opens (if any). */
export interface YamlLine {
  indent: number;
  isItem: boolean;
  /** Column of the key on this line, counting a leading "- " as indent. */
  keyColumn: number;
  key: string | undefined;
}

const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"-][^#]*?|-[^\s#][^#]*?)):(?:\s|$)/;

/** Reads one line of block-style YAML: indent, list item, key and the key's column. */
export function toLine(text: string): YamlLine {
  const indent = text.length - text.trimStart().length;
  let body = text.slice(indent);
  let keyColumn = indent;
  while (body.startsWith('- ')) {
    body = body.slice(2);
    keyColumn += 2;
  }
  const match = KEY.exec(body);
  const key = !match
    ? undefined
    : match[1] !== undefined
      ? match[1].replace(/\\(.)/g, '$1')
      : match[2] !== undefined
        ? match[2].replace(/''/g, "'")
        : match[3];
  return { indent, isItem: text.slice(indent).startsWith('-'), keyColumn, key };
}

const WORKLOAD_KIND = /^kind: (Pod|DaemonSet|Deployment|Job)$/m;

/** The 0-based [start, end) lines of the workload document (the first one when none is found). */
function workloadDocument(texts: readonly string[]): [number, number] {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  texts.forEach((text, i) => {
    if (text === '---') {
      bounds.push([start, i]);
      start = i + 1;
    }
  });
  bounds.push([start, texts.length]);
  const found = bounds.find(([from, to]) => WORKLOAD_KIND.test(texts.slice(from, to).join('\n')));
  return found ?? bounds[0] ?? [0, texts.length];
}

/** Lines [from, to) in which keys of one mapping sit at `column`. */
interface Scope {
  from: number;
  to: number;
  column: number;
}

/** The keys and the list items directly inside one scope, each with its own scope. */
interface ScopeIndex {
  keys: Map<string, Scope>;
  items: Scope[];
}

/**
 * Reads a scope's keys (the first line of each) and list items in one pass: sibling blocks do not
 * overlap, so the pass is linear in the scope's lines.
 */
function indexScope(lines: readonly YamlLine[], { from, to, column }: Scope): ScopeIndex {
  const keys = new Map<string, Scope>();
  const items: Scope[] = [];
  const itemColumn = column - 2;
  for (let i = from; i < to; i += 1) {
    const line = lines[i];
    if (!line) continue;
    if (line.keyColumn === column && line.key !== undefined && !keys.has(line.key)) {
      let end = i + 1;
      // A key's block runs while lines are deeper, or are items of its own (unindented) list.
      while (end < to) {
        const next = lines[end];
        if (!next || next.indent > column || (next.indent === column && next.isItem)) end += 1;
        else break;
      }
      keys.set(line.key, { from: i, to: end, column: column + 2 });
    }
    if (line.indent === itemColumn && line.isItem) {
      let end = i + 1;
      while (end < to && (lines[end]?.indent ?? 0) > itemColumn) end += 1;
      items.push({ from: i, to: end, column: itemColumn + 2 });
    }
  }
  return { keys, items };
}

/**
 * The YAML lines that hold a field of the workload document (the Pod, DaemonSet, Deployment or
 * Job; the validator's paths are relative to it). When the path goes deeper than the YAML (an
 * unset field, or a path the API server prints without its key, like `…resources.requests`), the
 * deepest existing ancestor is returned; undefined when not even the first segment exists.
 * Reads the block style toYaml writes: 2-space indent, list items at their key's column.
 */
export function yamlLinesForPath(yaml: string, path: FieldPath): LineRange | undefined {
  return yamlLinesLocator(yaml)(path);
}

/**
 * `yamlLinesForPath` for many paths of one text: the text is read once, and each mapping or list
 * on the way to a path is indexed once, so a finding on each of 20,000 containers costs no more
 * than reading the text.
 */
export function yamlLinesLocator(yaml: string): (path: FieldPath) => LineRange | undefined {
  const texts = yaml.split('\n');
  const lines = texts.map(toLine);
  const [from, to] = workloadDocument(texts);
  const root: Scope = { from, to, column: 0 };
  const indexes = new Map<Scope, ScopeIndex>();
  const indexOf = (scope: Scope) => {
    let index = indexes.get(scope);
    if (!index) {
      index = indexScope(lines, scope);
      indexes.set(scope, index);
    }
    return index;
  };
  return (path) => {
    let scope = root;
    let found: LineRange | undefined;
    for (const segment of toPathSegments(path)) {
      const index = indexOf(scope);
      const hit = typeof segment === 'number' ? index.items[segment] : index.keys.get(segment);
      if (!hit) break;
      found = { start: hit.from + 1, end: hit.to };
      scope = hit;
    }
    return found;
  };
}
