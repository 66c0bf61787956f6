import type { Container, PodSpec } from 'kubernetes-types/core/v1';

import { asArray, asString, dig, isRecord } from './read';

/** The three container lists of a pod spec, in the order Kubernetes visits them. */
export type ContainerListName = 'initContainers' | 'containers' | 'ephemeralContainers';

/** One container with the path Kubernetes reports for it, e.g. `spec.initContainers[0]`. */
export interface VisitedContainer {
  container: Container;
  list: ContainerListName;
  index: number;
  path: string;
}

const LISTS: readonly ContainerListName[] = ['initContainers', 'containers', 'ephemeralContainers'];

// Every rule walks the containers; a spec is visited once per list and the result shared. Keyed
// by the spec object, so a new (defaulted) spec gets a fresh walk and old ones are collected.
const visitedByList = new WeakMap<object, Map<string, readonly VisitedContainer[]>>();

function cacheOf(spec: PodSpec): Map<string, readonly VisitedContainer[]> {
  let cache = visitedByList.get(spec);
  if (cache === undefined) {
    cache = new Map();
    visitedByList.set(spec, cache);
  }
  return cache;
}

function visitList(spec: PodSpec, list: ContainerListName): readonly VisitedContainer[] {
  const cache = cacheOf(spec);
  let visited = cache.get(list);
  if (visited === undefined) {
    const found: VisitedContainer[] = [];
    asArray(spec[list]).forEach((container, index) => {
      if (isRecord(container)) {
        found.push({
          container: container as unknown as Container,
          list,
          index,
          path: `spec.${list}[${index}]`,
        });
      }
    });
    visited = Object.freeze(found);
    cache.set(list, visited);
  }
  return visited;
}

/**
 * Every container: init, regular, then ephemeral (`pods.VisitContainersWithPath`). Entries that are
 * not objects are skipped: they cannot be decoded, and the schema check reports them. The spec is
 * treated as read-only: walks are cached per spec object.
 */
export function visitContainers(
  spec: PodSpec,
  lists: readonly ContainerListName[] = LISTS,
): readonly VisitedContainer[] {
  if (lists.length === 1) return visitList(spec, lists[0] ?? 'containers');
  const cache = cacheOf(spec);
  const key = lists.join();
  let visited = cache.get(key);
  if (visited === undefined) {
    visited = Object.freeze(lists.flatMap((list) => visitList(spec, list)));
    cache.set(key, visited);
  }
  return visited;
}

/** The pod-level `windowsOptions.hostProcess`, when it is a boolean. */
export function podHostProcess(spec: PodSpec): boolean | undefined {
  const value = dig(spec, 'securityContext', 'windowsOptions', 'hostProcess');
  return typeof value === 'boolean' ? value : undefined;
}

/** The container's own `windowsOptions.hostProcess`, when it is a boolean. */
export function containerHostProcess(container: Container): boolean | undefined {
  const value = dig(container, 'securityContext', 'windowsOptions', 'hostProcess');
  return typeof value === 'boolean' ? value : undefined;
}

/** A container's effective hostProcess: its own value, else the pod's; unset counts as false. */
export function effectiveHostProcess(spec: PodSpec, container: Container): boolean {
  return containerHostProcess(container) ?? podHostProcess(spec) ?? false;
}

/** True when at least one container (init, regular, ephemeral) is effectively HostProcess. */
export function isHostProcessPod(spec: PodSpec): boolean {
  return visitContainers(spec).some(({ container }) => effectiveHostProcess(spec, container));
}

/** A container's effective runAsUserName: its own, else the pod's. */
export function effectiveRunAsUserName(spec: PodSpec, container: Container): string | undefined {
  return (
    asString(dig(container, 'securityContext', 'windowsOptions', 'runAsUserName')) ??
    asString(dig(spec, 'securityContext', 'windowsOptions', 'runAsUserName'))
  );
}

/** An init container with `restartPolicy: Always`: a sidecar, which may have probes and hooks. */
export function isSidecar(container: Container): boolean {
  return (container as { restartPolicy?: unknown }).restartPolicy === 'Always';
}

/** The container's name as PSA prints it (an empty string when missing). */
export function containerName(container: Container): string {
  return typeof container.name === 'string' ? container.name : '';
}
