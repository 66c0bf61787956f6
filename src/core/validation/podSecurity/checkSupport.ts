import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

import { visitContainers } from '../support/containers';
import { asRecord, dig, quote } from '../support/read';

/** A failing check's reason and detail, as Pod Security Admission reports them; undefined: passes. */
export type Outcome = { reason: string; detail: string } | undefined;
/** One Pod Security Standards check of a pod's metadata and spec. */
export type CheckFn = (meta: ObjectMeta, spec: PodSpec) => Outcome;

/** `one` or `many` by count. */
export function pluralize(one: string, many: string, count: number): string {
  return count === 1 ? one : many;
}

/** The items quoted and comma-joined, as PSA lists them. */
export function joinQuote(items: readonly string[]): string {
  return items.map((item) => quote(item)).join(', ');
}

/** The distinct items, sorted. */
export function sortedUnique(items: Iterable<string>): string[] {
  // Go's sets.List sorts by byte order, as does the default JS sort for ASCII.
  return [...new Set(items)].sort();
}

/** "container X" or "containers X, Y", as PSA names them. */
export function containerList(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

const containersBySpec = new WeakMap<object, readonly Container[]>();

/** Every container (init, regular, ephemeral), cached per spec: each check walks them. */
export function containers(spec: PodSpec): readonly Container[] {
  let found = containersBySpec.get(spec);
  if (found === undefined) {
    found = visitContainers(spec).map(({ container }) => container);
    containersBySpec.set(spec, found);
  }
  return found;
}

/** A container's securityContext, or an empty record. */
export function securityContext(container: Container): Record<string, unknown> {
  return asRecord(container.securityContext) ?? {};
}

/** The pod's securityContext, or an empty record. */
export function podContext(spec: PodSpec): Record<string, unknown> {
  return asRecord(spec.securityContext) ?? {};
}

/** Whether the pod says it runs on Windows (`spec.os.name`). */
export function isWindows(spec: PodSpec): boolean {
  return dig(spec, 'os', 'name') === 'windows';
}

/** Whether the pod runs in a user namespace (`hostUsers: false`). */
export function inUserNamespace(spec: PodSpec): boolean {
  return spec.hostUsers === false;
}
