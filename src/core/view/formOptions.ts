import type { Toleration } from 'kubernetes-types/core/v1';

import type { ContainerDraft, SchedulingDraft, WorkloadDraft } from '@/core/model/draft';
import type { FormOption } from '@/core/view/formFields';

/*
 * The choices the form's selects offer. An empty value leaves the key out of the YAML, so
 * Kubernetes applies its default, which the empty choice's label names.
 */

/** `imagePullPolicy` of a container. */
export const PULL_POLICIES: ReadonlyArray<FormOption<ContainerDraft['imagePullPolicy']>> = [
  { value: '', label: 'Default (IfNotPresent, Always for :latest)' },
  'IfNotPresent',
  'Always',
  'Never',
];

/** `restartPolicy` of a bare Pod. */
export const POD_RESTART_POLICIES: ReadonlyArray<FormOption<WorkloadDraft['restartPolicy']>> = [
  { value: '', label: 'Default (Always)' },
  'Always',
  'OnFailure',
  'Never',
];

/** `restartPolicy` of a Job's pods (Always is not allowed there). */
export const JOB_RESTART_POLICIES: ReadonlyArray<FormOption<WorkloadDraft['restartPolicy']>> = [
  { value: '', label: 'Default (Never)' },
  'Never',
  'OnFailure',
];

/** `dnsPolicy` of the pod. */
export const DNS_POLICIES: ReadonlyArray<FormOption<SchedulingDraft['dnsPolicy']>> = [
  { value: '', label: 'Default (ClusterFirst)' },
  { value: 'ClusterFirstWithHostNet', label: 'ClusterFirstWithHostNet (cluster DNS)' },
  'ClusterFirst',
  { value: 'Default', label: "Default (the node's DNS)" },
  'None',
];

/** Suggested `priorityClassName`s: the built-in classes for node agents. */
export const PRIORITY_CLASSES: readonly string[] = [
  'system-node-critical',
  'system-cluster-critical',
];

/** `effect` of a toleration; empty tolerates every effect. */
export const TOLERATION_EFFECTS: readonly FormOption[] = [
  { value: '', label: 'Any effect' },
  'NoSchedule',
  'PreferNoSchedule',
  'NoExecute',
];

/** The tolerations the form adds with one click: the usual Windows taint, every taint, a blank one. */
export const TOLERATION_ADDS: ReadonlyArray<{ text: string; item: Toleration }> = [
  {
    text: 'Tolerate os=windows:NoSchedule',
    item: { key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' },
  },
  { text: 'Tolerate all taints', item: { operator: 'Exists' } },
  { text: 'Add toleration', item: { key: '', operator: 'Equal', value: '', effect: 'NoSchedule' } },
];

/** `protocol` of a container port. */
export const PORT_PROTOCOLS: readonly FormOption[] = ['TCP', 'UDP', 'SCTP'];
