import type { Draft, WorkloadKind } from '@/core/model/draft';

import { selectorLabels, toPodTemplate, toWorkloadMetadata } from './toPodTemplate';
import { mergeKept } from './mergeKept';

/** Any Kubernetes object as plain JSON: apiVersion and kind, then whatever the kind needs. */
export type KubeObject = Record<string, unknown> & { apiVersion: string; kind: string };

/** The apiVersion each workload kind is written with unless an import kept another. */
export const DEFAULT_API_VERSIONS: Readonly<Record<WorkloadKind, string>> = {
  Pod: 'v1',
  DaemonSet: 'apps/v1',
  Deployment: 'apps/v1',
  Job: 'batch/v1',
};

/**
 * The Pod Security Admission labels that admit HostProcess pods: only the `privileged` level
 * allows them (https://kubernetes.io/docs/concepts/security/pod-security-standards/).
 */
export const PRIVILEGED_NAMESPACE_LABELS: Readonly<Record<string, string>> = {
  'pod-security.kubernetes.io/enforce': 'privileged',
  'pod-security.kubernetes.io/audit': 'privileged',
  'pod-security.kubernetes.io/warn': 'privileged',
};

/** The Namespace document that admits the workload, named after the workload's namespace. */
export function toNamespace(draft: Draft): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: draft.workload.namespace || 'default',
      labels: { ...PRIVILEGED_NAMESPACE_LABELS },
    },
  };
}

function maxUnavailableValue(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The controller spec around the pod template; undefined keys are dropped by mergeKept. */
function toControllerSpec(draft: Draft): Record<string, unknown> {
  const { workload } = draft;
  const template = toPodTemplate(draft);
  const rollingUpdate =
    workload.maxUnavailable === ''
      ? undefined
      : {
          type: 'RollingUpdate',
          rollingUpdate: { maxUnavailable: maxUnavailableValue(workload.maxUnavailable) },
        };
  const selector = { matchLabels: selectorLabels(draft) };
  const specByKind: Record<Exclude<WorkloadKind, 'Pod'>, Record<string, unknown>> = {
    DaemonSet: { selector, updateStrategy: rollingUpdate, template },
    Deployment: {
      replicas: workload.replicas ?? undefined,
      selector,
      strategy: rollingUpdate,
      template,
    },
    Job: { backoffLimit: workload.backoffLimit ?? undefined, template },
  };
  const base = specByKind[workload.kind as Exclude<WorkloadKind, 'Pod'>];
  return mergeKept(base, draft.kept.spec);
}

/** The workload object alone: a Pod, or a controller wrapping the pod template. */
export function toWorkload(draft: Draft): KubeObject {
  const { kind } = draft.workload;
  const spec = kind === 'Pod' ? toPodTemplate(draft).spec : toControllerSpec(draft);
  const object = mergeKept(
    {
      apiVersion: draft.kept.apiVersion ?? DEFAULT_API_VERSIONS[kind],
      kind,
      metadata: toWorkloadMetadata(draft),
      spec,
    },
    draft.kept.object,
  );
  return object as KubeObject;
}

/**
 * Every document of the output, in order: the optional Namespace, the documents an import found
 * before the workload, the workload, and the documents found after it.
 */
export function toManifests(draft: Draft): KubeObject[] {
  return [
    ...(draft.workload.emitNamespace ? [toNamespace(draft)] : []),
    ...(draft.kept.documentsBefore as KubeObject[]),
    toWorkload(draft),
    ...(draft.kept.documentsAfter as KubeObject[]),
  ];
}
