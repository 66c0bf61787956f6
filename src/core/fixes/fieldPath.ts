/** One step of a field path: an object key or a list index. */
export type PathStep = string | number;

/** Split `spec.containers[0].ports` or `metadata.labels[app.kubernetes.io/name]` into steps. */
export function parseFieldPath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined)
      steps.push(/^\d+$/.test(match[2]) ? Number(match[2]) : match[2]);
  }
  return steps;
}

/** `parent.key`, or `parent[key]` for a key a dotted path cannot hold (`kubernetes.io/os`). */
export function childFieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number' || !/^[A-Za-z_$][\w$-]*$/.test(key)) return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** The path of the object holding the last step: `spec.containers[0]` for `spec.containers[0].name`. */
export function parentFieldPath(path: string): string {
  const match = /^(.*?)(?:\.[^.[\]]+|\[[^\]]*\])$/.exec(path);
  return match?.[1] ?? '';
}

/** A plain JSON object, as opposed to an array, null or a scalar. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` in `object`, or undefined when the path does not lead anywhere. */
export function valueAtPath(object: unknown, path: string): unknown {
  let node = object;
  for (const step of parseFieldPath(path)) {
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = (node as unknown[])[step];
    } else {
      if (!isRecord(node) || !Object.hasOwn(node, step)) return undefined;
      node = node[step];
    }
  }
  return node;
}
