import type { Toleration, Volume } from 'kubernetes-types/core/v1';

import { toKeyValues } from '@/core/manifest/keyValues';
import { DEFAULT_API_VERSIONS } from '@/core/manifest/toManifests';
import { createDraft, createKept } from '@/core/model/draft';
import type {
  Draft,
  Extra,
  SchedulingDraft,
  WorkloadDraft,
  WorkloadKind,
} from '@/core/model/draft';
import { WINDOWS_OS_LABEL } from '@/core/model/windows';

import { asRecordList, asStringMap, deepEqual, isRecord, setOwn } from './jsonValue';
import { readContainer } from './readContainer';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;
const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const;

/** A reader for the keys of one object level: modelled keys it takes, the rest go to `kept`. */
function readLevel(
  source: Record<string, unknown>,
  kept: Extra,
  readers: Record<string, (value: unknown) => boolean>,
): void {
  for (const [key, value] of Object.entries(source)) {
    const reader = Object.hasOwn(readers, key) ? readers[key] : undefined;
    if (!reader?.(value)) setOwn(kept, key, value);
  }
}

const isNonNegativeInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readMetadata(source: unknown, draft: Draft): void {
  if (!isRecord(source)) return;
  const { workload } = draft;
  readLevel(source, draft.kept.metadata, {
    name: (v) => typeof v === 'string' && ((workload.name = v), true),
    namespace: (v) => typeof v === 'string' && v !== '' && ((workload.namespace = v), true),
    labels: (v) => {
      const map = asStringMap(v);
      if (!map || Object.keys(map).length === 0) return false;
      workload.labels = toKeyValues(map);
      return true;
    },
    annotations: (v) => {
      const map = asStringMap(v);
      if (!map || Object.keys(map).length === 0) return false;
      workload.annotations = toKeyValues(map);
      return true;
    },
  });
}

/** `{type: RollingUpdate, rollingUpdate: {maxUnavailable}}` → the Draft's maxUnavailable text. */
function readRollingUpdate(value: unknown, workload: WorkloadDraft): boolean {
  if (!isRecord(value) || !isRecord(value.rollingUpdate)) return false;
  const max = value.rollingUpdate.maxUnavailable;
  const expected = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: max } };
  const canonical =
    (isNonNegativeInteger(max) || (typeof max === 'string' && !/^\d+$/.test(max) && max !== '')) &&
    deepEqual(value, expected);
  if (canonical) workload.maxUnavailable = String(max);
  return canonical;
}

function readControllerSpec(source: Record<string, unknown>, draft: Draft): unknown {
  const { workload, kept } = draft;
  let template: unknown;
  readLevel(source, kept.spec, {
    // The selector is checked against the labels after the whole object is read (see reconcile).
    replicas: (v) =>
      workload.kind === 'Deployment' && isNonNegativeInteger(v) && ((workload.replicas = v), true),
    backoffLimit: (v) =>
      workload.kind === 'Job' && isNonNegativeInteger(v) && ((workload.backoffLimit = v), true),
    updateStrategy: (v) => workload.kind === 'DaemonSet' && readRollingUpdate(v, workload),
    strategy: (v) => workload.kind === 'Deployment' && readRollingUpdate(v, workload),
    selector: () => workload.kind !== 'Job',
    template: (v) => {
      if (!isRecord(v) || Object.keys(v).some((key) => key !== 'metadata' && key !== 'spec'))
        return false;
      if (v.metadata !== undefined && !isRecord(v.metadata)) return false;
      template = v;
      return true;
    },
  });
  if (!isRecord(template)) return undefined;
  if (isRecord(template.metadata)) {
    // Labels are compared with the selector labels by reconcile; everything else is kept as is.
    for (const [key, value] of Object.entries(template.metadata)) {
      if (key !== 'labels') setOwn(kept.templateMetadata, key, value);
    }
  }
  return template.spec;
}

function readNodeSelector(value: unknown, scheduling: SchedulingDraft): boolean {
  const map = asStringMap(value);
  if (!map) return false;
  const rows = toKeyValues(map);
  const isWindowsRow = (row: { key: string; value: string }) =>
    row.key === WINDOWS_OS_LABEL.key && row.value === WINDOWS_OS_LABEL.value;
  scheduling.windowsNodeSelector = rows.some(isWindowsRow);
  scheduling.nodeSelector = rows.filter((row) => !isWindowsRow(row));
  return true;
}

function readSecurityContext(value: unknown, draft: Draft): boolean {
  if (!isRecord(value)) return false;
  const { kept } = draft;
  readLevel(value, kept.podSecurityContext, {
    windowsOptions: (options) => {
      if (!isRecord(options)) return false;
      readLevel(options, kept.windowsOptions, {
        hostProcess: (v) => typeof v === 'boolean' && ((draft.user.hostProcess = v), true),
        runAsUserName: (v) => typeof v === 'string' && ((draft.user.runAsUserName = v), true),
      });
      return true;
    },
  });
  return true;
}

function readPodSpec(source: unknown, draft: Draft): void {
  if (!isRecord(source)) return;
  const { scheduling, workload } = draft;
  readLevel(source, draft.kept.podSpec, {
    securityContext: (v) => readSecurityContext(v, draft),
    hostNetwork: (v) => typeof v === 'boolean' && ((scheduling.hostNetwork = v), true),
    containers: (v) => {
      const list = asRecordList<Record<string, unknown>>(v);
      if (!list) return false;
      draft.containers = list.map(readContainer);
      return true;
    },
    initContainers: (v) => {
      const list = asRecordList<Record<string, unknown>>(v);
      if (!list) return false;
      draft.initContainers = list.map(readContainer);
      return true;
    },
    volumes: (v) => {
      const list = asRecordList<Volume>(v, true);
      return list !== undefined && ((draft.volumes = list), true);
    },
    nodeSelector: (v) => readNodeSelector(v, scheduling),
    os: (v) => deepEqual(v, { name: 'windows' }) && ((scheduling.osName = true), true),
    tolerations: (v) => {
      const list = asRecordList<Toleration>(v);
      return list !== undefined && ((scheduling.tolerations = list), true);
    },
    priorityClassName: (v) =>
      typeof v === 'string' && v !== '' && ((scheduling.priorityClassName = v), true),
    serviceAccountName: (v) =>
      typeof v === 'string' && v !== '' && ((scheduling.serviceAccountName = v), true),
    terminationGracePeriodSeconds: (v) =>
      isNonNegativeInteger(v) && ((scheduling.terminationGracePeriodSeconds = v), true),
    dnsPolicy: (v) => {
      const policy = DNS_POLICIES.find((p) => p === v);
      return policy !== undefined && ((scheduling.dnsPolicy = policy), true);
    },
    restartPolicy: (v) => {
      const policy = RESTART_POLICIES.find((p) => p === v);
      if (policy === undefined) return false;
      workload.restartPolicy = policy;
      delete workload.restartPolicyLeftOut;
      return true;
    },
  });
}

/**
 * A workload object read into a Draft: every field the Draft models, and everything else in
 * `kept`/`extra` at its level. The caller reconciles the result against the source, so a field
 * taken here that would not be written back identically ends up kept too.
 */
export function readWorkload(source: Record<string, unknown>, kind: WorkloadKind): Draft {
  const defaults = createDraft();
  const draft: Draft = {
    ...defaults,
    // What the manifest leaves out stays out: nothing HostProcess-specific is added unasked.
    workload: {
      ...defaults.workload,
      name: '',
      namespace: '',
      kind,
      restartPolicyLeftOut: kind === 'Job',
    },
    user: { runAsUserName: null, hostProcess: null },
    containers: [],
    initContainers: [],
    scheduling: {
      ...defaults.scheduling,
      osName: false,
      hostNetwork: null,
      windowsNodeSelector: false,
    },
    kept: createKept(),
  };
  let podSpec: unknown;
  readLevel(source, draft.kept.object, {
    apiVersion: (v) => {
      if (typeof v !== 'string') return false;
      if (v !== DEFAULT_API_VERSIONS[kind]) draft.kept.apiVersion = v;
      return true;
    },
    kind: () => true,
    metadata: (v) => isRecord(v) && (readMetadata(v, draft), true),
    spec: (v) => {
      if (!isRecord(v)) return false;
      podSpec = kind === 'Pod' ? v : readControllerSpec(v, draft);
      return true;
    },
  });
  readPodSpec(podSpec, draft);
  return withoutDefaults(draft);
}

/** Drops the optional HostProcess fields that say what a new Draft says anyway (absent = default). */
function withoutDefaults(draft: Draft): Draft {
  const { scheduling, user, workload } = draft;
  if (scheduling.hostNetwork === true) delete scheduling.hostNetwork;
  if (scheduling.windowsNodeSelector === true) delete scheduling.windowsNodeSelector;
  if (user.hostProcess === true) delete user.hostProcess;
  if (workload.restartPolicyLeftOut === false) delete workload.restartPolicyLeftOut;
  return draft;
}
