/**
 * The key order kubectl users expect to read: identity first, then the spec, then the rest in the
 * order they were built or imported. Only the keys named here move; every other key keeps its place.
 */

const ROOT_ORDER = ['apiVersion', 'kind', 'metadata', 'spec', 'data', 'stringData', 'binaryData'];
const METADATA_ORDER = ['name', 'generateName', 'namespace', 'labels', 'annotations'];
const CONTAINER_ORDER = [
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'workingDir',
  'env',
  'envFrom',
  'ports',
  'resources',
  'volumeMounts',
  'securityContext',
];
const TEMPLATE_ORDER = ['metadata', 'spec'];
const LIST_ITEM_ORDER = ['name'];
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** Where a mapping sits, which decides which of its keys come first. */
export interface KeyContext {
  depth: number;
  /** The key holding this mapping, or the key holding the list this mapping is an item of. */
  parentKey: string | undefined;
  inList: boolean;
}

/** The keys that lead a mapping in this context, in order. */
export function leadingKeys(context: KeyContext): readonly string[] {
  if (context.depth === 0) return ROOT_ORDER;
  if (context.inList) {
    return context.parentKey !== undefined && CONTAINER_LISTS.has(context.parentKey)
      ? CONTAINER_ORDER
      : LIST_ITEM_ORDER;
  }
  if (context.parentKey === 'metadata') return METADATA_ORDER;
  if (context.parentKey === 'template') return TEMPLATE_ORDER;
  return [];
}

/** The mapping's keys, leading keys first (in their order), then the others as they came. */
export function orderedKeys(keys: readonly string[], context: KeyContext): string[] {
  const leading = leadingKeys(context);
  if (leading.length === 0) return [...keys];
  const present = new Set(keys);
  const first = leading.filter((key) => present.has(key));
  const firstSet = new Set(first);
  return [...first, ...keys.filter((key) => !firstSet.has(key))];
}
