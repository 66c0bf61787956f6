import type {
  ContainerPort,
  EnvVar,
  Toleration,
  Volume,
  VolumeMount,
} from 'kubernetes-types/core/v1';

import { BUILT_IN_ACCOUNTS } from './windows';

/** The workload kinds the builder emits; all wrap the same pod template but Pod. */
export type WorkloadKind = 'Pod' | 'DaemonSet' | 'Deployment' | 'Job';

/** An ordered key/value row, as the form edits it (rows may be half-typed or empty). */
export interface KeyValue {
  key: string;
  value: string;
}

/** Fields the form does not model, kept verbatim from an import and written back in place. */
export type Extra = Record<string, unknown>;

/** Metadata and controller settings of the workload object. */
export interface WorkloadDraft {
  kind: WorkloadKind;
  name: string;
  namespace: string;
  labels: KeyValue[];
  annotations: KeyValue[];
  /** Also emit a Namespace document whose Pod Security labels admit the workload. */
  emitNamespace: boolean;
  /** DaemonSet/Deployment `strategy.rollingUpdate.maxUnavailable`; '' leaves it out. */
  maxUnavailable: string;
  /** Deployment replicas; null leaves it out. */
  replicas: number | null;
  /** Job backoffLimit; null leaves it out. */
  backoffLimit: number | null;
  /** Pod restartPolicy; '' leaves it out (a new Job gets Never: Jobs need OnFailure or Never). */
  restartPolicy: '' | 'Always' | 'OnFailure' | 'Never';
  /**
   * An imported Job that had no restartPolicy: '' then writes none instead of Never, so the import
   * changes nothing (the findings offer the fix). Choosing a policy clears it.
   */
  restartPolicyLeftOut?: boolean;
}

/** Pod-wide user account: `spec.securityContext.windowsOptions.runAsUserName`. */
export interface UserDraft {
  /** The exact string emitted; null leaves the field out (the docs require it). */
  runAsUserName: string | null;
  /**
   * Pod-level `windowsOptions.hostProcess`: true makes the pod a HostProcess pod (every new Draft);
   * false or null (left out) only as an import wrote it, which the findings then point out.
   */
  hostProcess?: boolean | null;
}

/** Resource amounts by resource name (`cpu`, `memory`, `ephemeral-storage`, …); '' or missing = unset. */
export type ResourceAmounts = Record<string, string>;

/** A container or init container. Lists use the Kubernetes shapes so nothing is lost on import. */
export interface ContainerDraft {
  name: string;
  image: string;
  imagePullPolicy: '' | 'Always' | 'IfNotPresent' | 'Never';
  command: string[];
  args: string[];
  workingDir: string;
  env: EnvVar[];
  ports: ContainerPort[];
  volumeMounts: VolumeMount[];
  resources: { requests: ResourceAmounts; limits: ResourceAmounts };
  /** Per-container runAsUserName override; null inherits the pod-wide account. */
  runAsUserName: string | null;
  /** Unmodelled container fields (probes, lifecycle, other securityContext fields, …). */
  extra: Extra;
}

/** Node placement and pod-level settings. */
export interface SchedulingDraft {
  /** Node selectors besides `kubernetes.io/os: windows` (see `windowsNodeSelector`). */
  nodeSelector: KeyValue[];
  /**
   * Emit the node selector `kubernetes.io/os: windows` first: every new Draft does; an import
   * keeps it only when the manifest had it (a required node affinity may pin Windows instead).
   */
  windowsNodeSelector?: boolean;
  /**
   * `spec.hostNetwork`: true for every new Draft (HostProcess pods need it); false or null (left
   * out) only as an import wrote it, which the findings then point out.
   */
  hostNetwork?: boolean | null;
  /** Emit `spec.os.name: windows` (on by default). */
  osName: boolean;
  tolerations: Toleration[];
  priorityClassName: string;
  serviceAccountName: string;
  terminationGracePeriodSeconds: number | null;
  dnsPolicy: '' | 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
}

/** Everything an import carried that the form does not model, by where it sits. */
export interface KeptDraft {
  /** apiVersion of the imported workload when it differs from the default for its kind. */
  apiVersion?: string;
  /** Other documents of the stream, before and after the workload, written back in order. */
  documentsBefore: unknown[];
  documentsAfter: unknown[];
  /** Unmodelled keys at each level of the workload object. */
  object: Extra;
  metadata: Extra;
  spec: Extra;
  templateMetadata: Extra;
  podSpec: Extra;
  podSecurityContext: Extra;
  windowsOptions: Extra;
}

/** The whole form state: the single source every output is computed from. JSON-serialisable. */
export interface Draft {
  workload: WorkloadDraft;
  user: UserDraft;
  containers: ContainerDraft[];
  initContainers: ContainerDraft[];
  volumes: Volume[];
  scheduling: SchedulingDraft;
  kept: KeptDraft;
}

/** A container with every field empty but name and image. */
export function createContainer(name = 'main', image = ''): ContainerDraft {
  return {
    name,
    image,
    imagePullPolicy: '',
    command: [],
    args: [],
    workingDir: '',
    env: [],
    ports: [],
    volumeMounts: [],
    resources: { requests: {}, limits: {} },
    runAsUserName: null,
    extra: {},
  };
}

/** Nothing kept: a Draft that was not imported. */
export function createKept(): KeptDraft {
  return {
    documentsBefore: [],
    documentsAfter: [],
    object: {},
    metadata: {},
    spec: {},
    templateMetadata: {},
    podSpec: {},
    podSecurityContext: {},
    windowsOptions: {},
  };
}

/**
 * The default Draft: the example manifest of the Kubernetes task page
 * https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/
 */
export function createDraft(): Draft {
  return {
    workload: {
      kind: 'Pod',
      name: 'hostprocess-example',
      namespace: 'default',
      labels: [],
      annotations: [],
      emitNamespace: false,
      maxUnavailable: '',
      replicas: null,
      backoffLimit: null,
      restartPolicy: '',
    },
    user: { runAsUserName: BUILT_IN_ACCOUNTS[0].runAsUserName },
    containers: [
      { ...createContainer('test', 'image1:latest'), command: ['ping', '-t', '127.0.0.1'] },
    ],
    initContainers: [],
    volumes: [],
    scheduling: {
      nodeSelector: [],
      osName: true,
      tolerations: [],
      priorityClassName: '',
      serviceAccountName: '',
      terminationGracePeriodSeconds: null,
      dnsPolicy: '',
    },
    kept: createKept(),
  };
}
