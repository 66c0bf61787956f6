import { EVENT_ID, getScalarValue, parseEvents, type Event } from 'js-yaml';

import { MAX_DEPTH } from './inputLimits';

/** For one document: the 1-based source line of each field path, as findings print paths. */
export type PathLines = ReadonlyMap<string, number>;

const NULL_WORDS = new Set(['', '~', 'null', 'Null', 'NULL']);

interface Frame {
  kind: 'mapping' | 'sequence';
  path: string;
  /** Sequences: the next item's index. Mappings: the key waiting for its value, if any. */
  next: number;
  key: string | undefined;
  expectKey: boolean;
}

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Where each field of each document of a YAML stream starts in the source, so a finding can name
 * the line of the file it was read from. Documents that are empty are left out, as
 * `parseDocuments` leaves them out. Never throws: text that does not parse gives no documents.
 */
export function sourceLines(text: string): PathLines[] {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return [];
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const documents: PathLines[] = [];
  let current = new Map<string, number>();
  let empty = true;
  const stack: Frame[] = [];
  /** The path a value opening now takes, recording its line; undefined for a mapping key. */
  const place = (offset: number): string | undefined => {
    const top = stack.at(-1);
    if (!top) {
      current.set('', lineOf(offset));
      return '';
    }
    if (top.kind === 'sequence') {
      const path = childPath(top.path, top.next);
      top.next += 1;
      current.set(path, lineOf(offset));
      return path;
    }
    if (top.expectKey) return undefined;
    top.expectKey = true;
    return childPath(top.path, top.key ?? '');
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        current = new Map();
        empty = true;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        empty = false;
        const path = place(event.start) ?? '';
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
          path,
          next: 0,
          key: undefined,
          expectKey: true,
        });
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack.at(-1);
        if (top?.kind === 'mapping' && top.expectKey) {
          top.key = getScalarValue(text, event);
          top.expectKey = false;
          current.set(childPath(top.path, top.key), lineOf(event.valueStart));
        } else {
          if (!top && NULL_WORDS.has(getScalarValue(text, event))) break;
          empty = false;
          place(event.valueStart);
        }
        break;
      }
      case EVENT_ID.ALIAS:
        empty = false;
        place(0);
        break;
      case EVENT_ID.POP:
        if (stack.length > 0) stack.pop();
        else if (!empty) documents.push(current);
        break;
    }
  }
  return documents;
}

/** The line of `path`, or of its deepest ancestor found (a finding may name an unset field). */
export function lineForPath(lines: PathLines | undefined, path: string): number | undefined {
  if (!lines) return undefined;
  for (let candidate = path; ;) {
    const line = lines.get(candidate);
    if (line !== undefined) return line;
    if (candidate === '') return undefined;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    candidate = cut > 0 ? candidate.slice(0, cut) : '';
  }
}
