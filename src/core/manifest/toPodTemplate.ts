import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

import type { Draft } from '@/core/model/draft';
import { WINDOWS_OS_LABEL } from '@/core/model/windows';

import { toContainer } from './toContainer';
import { toStringMap } from './keyValues';
import { mergeKept, nonEmpty, nonEmptyList } from './mergeKept';

/** The labels the controller selects its pods by: the user's labels, else `app: <name>`. */
export function selectorLabels(draft: Draft): Record<string, string> {
  const labels = toStringMap(draft.workload.labels);
  return Object.keys(labels).length > 0 ? labels : { app: draft.workload.name };
}

/** The workload object's own metadata: name, namespace, labels, annotations and kept fields. */
export function toWorkloadMetadata(draft: Draft): ObjectMeta {
  const { workload } = draft;
  return mergeKept(
    {
      name: workload.name,
      namespace: workload.namespace === '' ? undefined : workload.namespace,
      labels: nonEmpty(toStringMap(workload.labels)),
      annotations: nonEmpty(toStringMap(workload.annotations)),
    },
    draft.kept.metadata,
  );
}

/**
 * The pod-level securityContext. `hostProcess: true` (what makes the pod a HostProcess pod) unless
 * an imported manifest said otherwise; whatever else an import had is written back as it was.
 */
function toPodSecurityContext(draft: Draft): Record<string, unknown> | undefined {
  const { hostProcess = true, runAsUserName } = draft.user;
  const windowsOptions = mergeKept(
    { hostProcess: hostProcess ?? undefined, runAsUserName: runAsUserName ?? undefined },
    draft.kept.windowsOptions,
  );
  const context = mergeKept(
    { windowsOptions: nonEmpty(windowsOptions) },
    draft.kept.podSecurityContext,
  );
  return nonEmpty(context);
}

/** `kubernetes.io/os: windows` first (unless an import left it out), then the other selectors. */
function toNodeSelector(draft: Draft): Record<string, string> | undefined {
  const { windowsNodeSelector = true, nodeSelector } = draft.scheduling;
  return nonEmpty({
    ...(windowsNodeSelector && { [WINDOWS_OS_LABEL.key]: WINDOWS_OS_LABEL.value }),
    ...toStringMap(nodeSelector),
  });
}

/** A volume as written: a frozen copy whose YAML text toYaml reuses while it is unchanged. */

function toRestartPolicy(draft: Draft): string | undefined {
  const { kind, restartPolicy } = draft.workload;
  if (restartPolicy !== '') return restartPolicy;
  // A Job's pods must not restart forever: the API server rejects Always, and Never is the docs'
  // choice. An imported Job that left it out keeps it out (`restartPolicyLeftOut`).
  return kind === 'Job' && !draft.workload.restartPolicyLeftOut ? 'Never' : undefined;
}

/** The pod spec every workload kind wraps: HostProcess settings, containers, volumes, scheduling. */
export function toPodSpec(draft: Draft): PodSpec {
  const { scheduling } = draft;
  const modelled: Record<string, unknown> = {
    securityContext: toPodSecurityContext(draft),
    // HostProcess pods share the node's network namespace; the API server requires it.
    hostNetwork:
      scheduling.hostNetwork === undefined ? true : (scheduling.hostNetwork ?? undefined),
    serviceAccountName: scheduling.serviceAccountName || undefined,
    priorityClassName: scheduling.priorityClassName || undefined,
    restartPolicy: toRestartPolicy(draft),
    dnsPolicy: scheduling.dnsPolicy || undefined,
    terminationGracePeriodSeconds: scheduling.terminationGracePeriodSeconds ?? undefined,
    initContainers: nonEmptyList(draft.initContainers.map(toContainer)),
    containers: draft.containers.map(toContainer),
    volumes: nonEmptyList(draft.volumes),
    nodeSelector: toNodeSelector(draft),
    os: scheduling.osName ? { name: 'windows' } : undefined,
    tolerations: nonEmptyList(scheduling.tolerations),
  };
  return mergeKept(modelled, draft.kept.podSpec) as unknown as PodSpec;
}

/**
 * The pod template of the Draft: for a Pod its own metadata, for a controller the template's
 * metadata (the selector labels plus kept fields); and the pod spec.
 */
export function toPodTemplate(draft: Draft): { metadata: ObjectMeta; spec: PodSpec } {
  const metadata =
    draft.workload.kind === 'Pod'
      ? toWorkloadMetadata(draft)
      : (mergeKept({ labels: selectorLabels(draft) }, draft.kept.templateMetadata) as ObjectMeta);
  return { metadata, spec: toPodSpec(draft) };
}
