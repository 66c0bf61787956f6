import type { Container } from 'kubernetes-types/core/v1';

import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';

import { isRecord, mergeKept, nonEmpty, nonEmptyList } from './mergeKept';
import { sameTree } from './sameTree';
import { markStable } from './stableObjects';

function toAmounts(amounts: ResourceAmounts): Record<string, string> | undefined {
  const set = Object.entries(amounts).filter(([, amount]) => amount !== '');
  return set.length === 0 ? undefined : Object.fromEntries(set);
}

/**
 * A container's securityContext: the kept fields plus the per-container account override.
 * `runAsNonRoot: true` is never written: HostProcess containers cannot honour it
 * (https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/).
 */
export function toContainerSecurityContext(
  kept: unknown,
  runAsUserName: string | null,
): Record<string, unknown> | undefined {
  const context: Record<string, unknown> = isRecord(kept) ? { ...kept } : {};
  if (context.runAsNonRoot === true) delete context.runAsNonRoot;
  if (runAsUserName !== null) {
    const windowsOptions = isRecord(context.windowsOptions) ? context.windowsOptions : {};
    context.windowsOptions = { ...windowsOptions, runAsUserName };
  }
  // An imported `securityContext: {}` is written back as it was; otherwise empty means absent.
  return kept === undefined ? nonEmpty(context) : context;
}

/** One container (or init container) of the pod spec, empty fields omitted, kept fields merged back. */
export function toContainer(container: ContainerDraft): Container {
  const { securityContext, ...extra } = container.extra;
  const requests = toAmounts(container.resources.requests);
  const limits = toAmounts(container.resources.limits);
  const modelled: Record<string, unknown> = {
    name: container.name === '' ? undefined : container.name,
    image: container.image === '' ? undefined : container.image,
    imagePullPolicy: container.imagePullPolicy === '' ? undefined : container.imagePullPolicy,
    command: nonEmptyList(container.command),
    args: nonEmptyList(container.args),
    workingDir: container.workingDir === '' ? undefined : container.workingDir,
    env: nonEmptyList(container.env),
    ports: nonEmptyList(container.ports),
    resources:
      requests || limits ? { ...(requests && { requests }), ...(limits && { limits }) } : undefined,
    volumeMounts: nonEmptyList(container.volumeMounts),
    // A kept securityContext that is not even an object is written back untouched.
    securityContext:
      securityContext === undefined || isRecord(securityContext)
        ? toContainerSecurityContext(securityContext, container.runAsUserName)
        : securityContext,
  };
  return mergeKept(modelled, extra) as unknown as Container;
}

interface BuiltContainer {
  /** A private deep copy of the draft container the output was built from. */
  source: ContainerDraft;
  container: Container;
}

const built = new WeakMap<ContainerDraft, BuiltContainer>();

/**
 * {@link toContainer}, memoized on the draft container and registered as stable so that toYaml
 * can reuse its text: a keystroke replaces one container of the Draft, and only that one is
 * rebuilt and re-written. The cache is checked against a deep copy of the draft container, so a
 * draft edited in place (as the importer does) is still seen; the output shares nothing with the
 * draft and is deep-frozen.
 */
export function toStableContainer(container: ContainerDraft): Container {
  const cached = built.get(container);
  if (cached && sameTree(cached.source, container)) return cached.container;
  let source: ContainerDraft;
  try {
    source = structuredClone(container);
  } catch {
    // Not plain data (a function, a symbol): build it every time, uncached.
    return toContainer(container);
  }
  // Freezing the output also freezes the parts it shares with `source`, which is only ever read.
  const output = markStable(toContainer(source));
  built.set(container, { source, container: output });
  return output;
}
