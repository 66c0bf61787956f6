import type { Container } from 'kubernetes-types/core/v1';

import type { ContainerDraft, ResourceAmounts } from '@/core/model/draft';

import { isRecord, mergeKept, nonEmpty, nonEmptyList } from './mergeKept';

function toAmounts(amounts: ResourceAmounts): Record<string, string> | undefined {
  const set = Object.entries(amounts).filter(([, amount]) => amount !== '');
  return set.length === 0 ? undefined : Object.fromEntries(set);
}

/** A container's securityContext: the kept (imported) fields plus the per-container account override. */
export function toContainerSecurityContext(
  kept: unknown,
  runAsUserName: string | null,
): Record<string, unknown> | undefined {
  const context: Record<string, unknown> = isRecord(kept) ? { ...kept } : {};
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
