import { DEFAULT_SCALAR_STYLE_RULES, SCALAR_STYLE, dump } from 'js-yaml';
import type { DumpOptions, ScalarLayout } from 'js-yaml';

import { KUBERNETES_YAML_SCHEMA } from '@/core/import/kubernetesYaml';

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

const DUMP_OPTIONS: DumpOptions = {
  // Quotes every string kubectl would read as something else (`0X1F` is a number to go-yaml).
  schema: KUBERNETES_YAML_SCHEMA,
  lineWidth: -1,
  noRefs: true,
  seqNoIndent: true,
  scalarStyleRules: SCALAR_STYLE_RULES,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy with kubectl's key order at every level and `undefined` members dropped. */
function reorder(value: unknown, context: KeyContext): unknown {
  if (Array.isArray(value)) {
    const itemContext: KeyContext = {
      depth: context.depth + 1,
      parentKey: context.parentKey,
      inList: true,
    };
    const items: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      items[i] = reorder(value[i], itemContext);
    }
    return items;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const depth = context.depth + 1;
  for (const key of orderedKeys(Object.keys(value), context)) {
    const member = value[key];
    if (member === undefined) continue;
    const child = reorder(member, { depth, parentKey: key, inList: false });
    // Plain assignment is much cheaper; only `__proto__` needs a descriptor to stay a key.
    if (key === '__proto__') Object.defineProperty(copy, key, ownEntry(child));
    else copy[key] = child;
  }
  return copy;
}

const ROOT_CONTEXT: KeyContext = { depth: 0, parentKey: undefined, inList: false };

function documentYaml(object: unknown): string {
  return dump(reorder(object, ROOT_CONTEXT), DUMP_OPTIONS);
}

/**
 * One deterministic multi-document YAML string (`---` between documents) in the key order kubectl
 * users expect. Lines never fold, repeated objects are written out in full (no anchors), and
 * `load(toYaml([x]))` deep-equals `x` for every JSON value.
 */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map(documentYaml).join('---\n');
}
