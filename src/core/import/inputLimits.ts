import { isRecord } from './jsonValue';

/**
 * The largest input the app reads: far above any real manifest, well below what slows a tab.
 * Kept here, apart from the YAML parser, so the first screen can check a dropped file's size
 * without loading the parser.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * The largest object the builder accepts, as JSON bytes: etcd refuses a request above 1.5 MiB by
 * default (`--max-request-bytes`, https://etcd.io/docs/v3.5/dev-guide/limit/), so the API server
 * cannot store anything larger.
 */
export const MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;

/**
 * The deepest nesting accepted. Kubernetes' decoders stop at 10,000 levels (go-yaml v2's scanner,
 * `max_flow_level` and `max_indents` in kubernetes-sigs/yaml goyaml.v2/scannerc.go at 0fe7da35;
 * Go's encoding/json, `maxNestingDepth` in scanner.go, which sigs.k8s.io/json forks). The
 * builder's YAML reader and writer recurse and overflow a browser's stack between 1,000 and
 * 5,000 levels, so it stops at 1,000: far deeper than any Kubernetes type's schema nests.
 */
export const MAX_DEPTH = 1000;

/**
 * The most values (scalars, lists and maps, each alias expanded) one input may hold. A 1.5 MiB
 * object could hold more (dense JSON such as `[0,0,…]` about 786,000), but every value costs the
 * builder memory several times over; 200,000 holds a ConfigMap of 125,000 keys or 20,000
 * containers and refuses alias bombs in milliseconds.
 */
export const MAX_NODES = 200_000;

/** Why a value is refused, in plain words; undefined when it is within every limit. */
export type LimitViolation = { kind: 'depth' | 'nodes' | 'bytes'; message: string };

const count = (n: number): string => n.toLocaleString('en');

/** `1.6 MiB`, for messages about sizes near the limits. */
export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** "x.yaml is 2.4 MiB; the limit is 2.0 MiB.": why an input of `bytes` is refused. */
export function tooLargeMessage(what: string, bytes: number): string {
  return `${what} is ${formatMiB(bytes)}; the limit is ${formatMiB(MAX_INPUT_BYTES)}.`;
}

/**
 * Why pasted text is refused before it reaches the text box (megabytes there freeze the page);
 * undefined when it is within `MAX_INPUT_BYTES`.
 */
export function pastedTextRefusal(text: string): string | undefined {
  // Short text cannot be too large, whatever its characters: no need to encode it.
  if (text.length <= MAX_INPUT_BYTES / 4) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_INPUT_BYTES
    ? `${tooLargeMessage('The pasted text', bytes)} Nothing was pasted.`
    : undefined;
}

/**
 * Whether a parsed value nests deeper than `MAX_DEPTH` or holds more than `MAX_NODES` values,
 * counting every alias expansion. Iterative, and stops as soon as a limit is passed, so a
 * billion-laughs document or a 100,000-level link is refused in milliseconds.
 */
export function checkShape(value: unknown): LimitViolation | undefined {
  let budget = MAX_NODES;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    budget -= 1;
    if (budget < 0) {
      return {
        kind: 'nodes',
        message: `it holds more than ${count(MAX_NODES)} values (with YAML aliases expanded); the API server would not store it`,
      };
    }
    const children = Array.isArray(node)
      ? (node as unknown[])
      : isRecord(node)
        ? Object.values(node)
        : undefined;
    if (!children || children.length === 0) continue;
    if (depth + 1 > MAX_DEPTH) {
      return {
        kind: 'depth',
        message: `it nests more than ${count(MAX_DEPTH)} levels deep (Kubernetes' decoders stop at 10,000; this builder at ${count(MAX_DEPTH)})`,
      };
    }
    // A loop, not a spread: 125,000 members would overflow the argument list of `push`.
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return undefined;
}

/** Whether one object, written as JSON, is larger than etcd would accept. Call after `checkShape`. */
export function checkObjectSize(value: unknown): LimitViolation | undefined {
  const json = JSON.stringify(value) ?? '';
  // UTF-8 takes at most 3 bytes per UTF-16 unit: most objects need no encoding to be sure.
  if (json.length * 3 <= MAX_OBJECT_BYTES) return undefined;
  const bytes = new TextEncoder().encode(json).length;
  return bytes > MAX_OBJECT_BYTES
    ? {
        kind: 'bytes',
        message: `it is ${formatMiB(bytes)} as JSON, above the 1.5 MiB etcd stores for one object`,
      }
    : undefined;
}
