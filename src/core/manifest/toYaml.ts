import { DEFAULT_SCALAR_STYLE_RULES, SCALAR_STYLE, dump } from 'js-yaml';
import type { ScalarLayout } from 'js-yaml';

import { ownEntry } from './keyValues';
import { orderedKeys } from './keyOrder';
import type { KeyContext } from './keyOrder';

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy with kubectl's key order at every level and `undefined` members dropped. */
function reorder(value: unknown, context: KeyContext): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown) =>
      reorder(item, { depth: context.depth + 1, parentKey: context.parentKey, inList: true }),
    );
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of orderedKeys(Object.keys(value), context)) {
    const member = value[key];
    if (member === undefined) continue;
    const child = reorder(member, { depth: context.depth + 1, parentKey: key, inList: false });
    Object.defineProperty(copy, key, ownEntry(child));
  }
  return copy;
}

/**
 * One deterministic multi-document YAML string (`---` between documents) in the key order kubectl
 * users expect. Lines never fold, repeated objects are written out in full (no anchors), and
 * `load(toYaml([x]))` deep-equals `x` for every JSON value.
 */
export function toYaml(objects: readonly unknown[]): string {
  return objects
    .map((object) =>
      dump(reorder(object, { depth: 0, parentKey: undefined, inList: false }), {
        lineWidth: -1,
        noRefs: true,
        seqNoIndent: true,
        scalarStyleRules: SCALAR_STYLE_RULES,
      }),
    )
    .join('---\n');
}
