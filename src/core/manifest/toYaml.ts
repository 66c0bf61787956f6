import { DEFAULT_SCALAR_STYLE_RULES, SCALAR_STYLE, dump } from 'js-yaml';
import type { DumpOptions, ScalarLayout } from 'js-yaml';

import { ownEntry } from './keyValues';
import { orderedKeys } from './keyOrder';
import type { KeyContext } from './keyOrder';
import { isStable } from './stableObjects';

/**
 * Windows account names and paths read best the way the Kubernetes docs print them:
 * `"NT AUTHORITY\\Local service"`. A plain scalar would be correct too, but people copy these
 * strings into double-quoted YAML by hand and then lose a backslash.
 */
function doubleQuoteBackslashes(layout: ScalarLayout): void {
  if (layout.style === SCALAR_STYLE.PLAIN && !layout.isKey && layout.node.value.includes('\\')) {
    layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
  }
}

const SCALAR_STYLE_RULES = [doubleQuoteBackslashes, ...Object.values(DEFAULT_SCALAR_STYLE_RULES)];

const DUMP_OPTIONS: DumpOptions = {
  lineWidth: -1,
  noRefs: true,
  seqNoIndent: true,
  scalarStyleRules: SCALAR_STYLE_RULES,
};

/**
 * Marks a list item whose YAML comes from the subtree cache. Letters and digits only, so it is a
 * plain scalar and no escaping can split it; output that contains it anywhere else is rejected.
 */
const PLACEHOLDER_MARK = 'qzSubtree7fK2';
const PLACEHOLDER_PATTERN = new RegExp(`- ${PLACEHOLDER_MARK}(\\d+)z\\n`, 'g');
const LIST_INDENT = /^ *(?:- )*$/;

/** A stable list item left out of the dump, to be spliced back in from the subtree cache. */
interface Placeholder {
  object: object;
  /** The key holding the list, which decides the item's key order. */
  parentKey: string | undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy with kubectl's key order at every level and `undefined` members dropped. With
 * `placeholders`, stable list items are replaced by placeholder scalars and collected there.
 */
function reorder(value: unknown, context: KeyContext, placeholders: Placeholder[] | null): unknown {
  if (Array.isArray(value)) {
    const itemContext: KeyContext = {
      depth: context.depth + 1,
      parentKey: context.parentKey,
      inList: true,
    };
    const items: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (placeholders !== null && isStable(item)) {
        items[i] = `${PLACEHOLDER_MARK}${placeholders.length}z`;
        placeholders.push({ object: item, parentKey: context.parentKey });
      } else {
        items[i] = reorder(item, itemContext, placeholders);
      }
    }
    return items;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const depth = context.depth + 1;
  for (const key of orderedKeys(Object.keys(value), context)) {
    const member = value[key];
    if (member === undefined) continue;
    const child = reorder(member, { depth, parentKey: key, inList: false }, placeholders);
    // Plain assignment is much cheaper; only `__proto__` needs a descriptor to stay a key.
    if (key === '__proto__') Object.defineProperty(copy, key, ownEntry(child));
    else copy[key] = child;
  }
  return copy;
}

const subtreeCache = new WeakMap<object, Map<string, string | null>>();

/**
 * The text js-yaml writes for a list item at presenter `level` (after its `- `), found by
 * dumping the item alone in a list nested that deep. Null when the item cannot be cut out
 * cleanly (it ends the document open, or the text has an unexpected shape).
 */
function renderListItem(object: object, level: number, parentKey: string | undefined): string {
  const item = reorder(object, { depth: 1, parentKey, inList: true }, null);
  let scaffold: unknown = [item];
  for (let i = 1; i < level; i++) scaffold = { a: scaffold };
  return dump({ a: scaffold }, DUMP_OPTIONS);
}

function listItemText(object: object, level: number, parentKey: string | undefined): string | null {
  const cacheKey = `${level}:${parentKey === undefined ? '' : `=${parentKey}`}`;
  let byContext = subtreeCache.get(object);
  if (byContext === undefined) {
    byContext = new Map();
    subtreeCache.set(object, byContext);
  }
  const cached = byContext.get(cacheKey);
  if (cached !== undefined) return cached;
  let prefix = '';
  for (let i = 0; i < level; i++) prefix += `${'  '.repeat(i)}a:\n`;
  prefix += `${'  '.repeat(level - 1)}- `;
  const text = renderListItem(object, level, parentKey);
  const body = text.slice(prefix.length, -1);
  const clean =
    text.startsWith(prefix) &&
    text.endsWith('\n') &&
    !text.endsWith('\n...\n') &&
    body !== '' &&
    !body.startsWith('\n');
  const result = clean ? body : null;
  byContext.set(cacheKey, result);
  return result;
}

/**
 * The dump with every placeholder replaced by its item's cached text, or null when that cannot
 * be done with certainty (then the caller dumps the document in full).
 */
function spliceSubtrees(text: string, placeholders: readonly Placeholder[]): string | null {
  if (text.split(PLACEHOLDER_MARK).length - 1 !== placeholders.length) return null;
  let result = '';
  let copied = 0;
  let spliced = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const placeholder = placeholders[Number(match[1])];
    if (placeholder === undefined) return null;
    const start = match.index;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const column = start - lineStart;
    if (column % 2 !== 0 || !LIST_INDENT.test(text.slice(lineStart, start))) return null;
    // js-yaml indents by 2 and writes a list's items one level below its dash column.
    const item = listItemText(placeholder.object, column / 2 + 1, placeholder.parentKey);
    if (item === null) return null;
    result += `${text.slice(copied, start + 2)}${item}\n`;
    copied = start + match[0].length;
    spliced += 1;
  }
  return spliced === placeholders.length ? result + text.slice(copied) : null;
}

const ROOT_CONTEXT: KeyContext = { depth: 0, parentKey: undefined, inList: false };

function documentYaml(object: unknown): string {
  const placeholders: Placeholder[] = [];
  const text = dump(reorder(object, ROOT_CONTEXT, placeholders), DUMP_OPTIONS);
  if (placeholders.length === 0) return text;
  return (
    spliceSubtrees(text, placeholders) ?? dump(reorder(object, ROOT_CONTEXT, null), DUMP_OPTIONS)
  );
}

/**
 * One deterministic multi-document YAML string (`---` between documents) in the key order kubectl
 * users expect. Lines never fold, repeated objects are written out in full (no anchors), and
 * `load(toYaml([x]))` deep-equals `x` for every JSON value. List items registered as stable
 * (containers) are written once and their text reused, byte for byte what a full dump writes.
 */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map(documentYaml).join('---\n');
}
