import type { Toleration, Volume } from 'kubernetes-types/core/v1';

import { checkObjectSize, checkShape } from '@/core/import/inputLimits';
import { cloneJson, isRecord } from '@/core/import/jsonValue';
import { toWorkload } from '@/core/manifest/toManifests';

import { createContainer, createDraft, createKept } from './draft';
import type {
  ContainerDraft,
  Draft,
  KeptDraft,
  KeyValue,
  SchedulingDraft,
  WorkloadDraft,
} from './draft';

/** A Draft checked field by field, or the first field that was wrong. */
export type RestoreResult = { ok: true; draft: Draft } | { ok: false; reason: string };

class RestoreError extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, expected: string): never {
  throw new RestoreError(`${path} must be ${expected}.`);
}

function record(value: unknown, path: string): Obj {
  return isRecord(value) ? value : fail(path, 'an object');
}

/**
 * Reads `source[key]`: a missing key takes the default (older saved Drafts lack newer fields);
 * a present key of the wrong type is an error naming the field.
 */
function field<T>(
  source: Obj,
  key: string,
  path: string,
  fallback: T,
  read: (value: unknown, path: string) => T,
): T {
  if (!Object.hasOwn(source, key) || source[key] === undefined) return fallback;
  return read(source[key], `${path}.${key}`);
}

const str = (value: unknown, path: string): string =>
  typeof value === 'string' ? value : fail(path, 'a string');
const bool = (value: unknown, path: string): boolean =>
  typeof value === 'boolean' ? value : fail(path, 'true or false');
const count = (value: unknown, path: string): number | null =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    ? value
    : fail(path, 'a whole number ≥ 0 or null');
const strOrNull = (value: unknown, path: string): string | null =>
  value === null ? null : str(value, path);
const boolOrNull = (value: unknown, path: string): boolean | null =>
  value === null ? null : bool(value, path);

/** `{ [key]: value }` when the optional field is present, else `{}` (absent means the default). */
function optional<K extends string, T>(
  source: Obj,
  key: K,
  path: string,
  read: (value: unknown, path: string) => T,
): Partial<Record<K, T>> {
  if (!Object.hasOwn(source, key) || source[key] === undefined) return {};
  return { [key]: read(source[key], `${path}.${key}`) } as Partial<Record<K, T>>;
}

function oneOf<T extends string>(options: readonly T[]) {
  return (value: unknown, path: string): T =>
    options.find((option) => option === value) ??
    fail(path, `one of ${options.map((o) => `"${o}"`).join(', ')}`);
}

function list<T>(read: (value: unknown, path: string) => T) {
  return (value: unknown, path: string): T[] =>
    Array.isArray(value)
      ? value.map((item, i) => read(item, `${path}[${i}]`))
      : fail(path, 'a list');
}

const strings = list(str);
const keyValues = list((value, path): KeyValue => {
  const row = record(value, path);
  return { key: str(row.key, `${path}.key`), value: str(row.value, `${path}.value`) };
});

/** A Kubernetes object the Draft keeps in its own shape: any object, optionally with a string name. */
function kubeItem<T>(named: boolean) {
  return (value: unknown, path: string): T => {
    const item = record(value, path);
    if (named) str(item.name, `${path}.name`);
    return cloneJson(item) as T;
  };
}

const extra = (value: unknown, path: string): Obj => cloneJson(record(value, path));
const amounts = (value: unknown, path: string): Record<string, string> => {
  const map = record(value, path);
  for (const [key, amount] of Object.entries(map)) str(amount, `${path}.${key}`);
  return cloneJson(map) as Record<string, string>;
};

function readWorkload(value: unknown, path: string): WorkloadDraft {
  const source = record(value, path);
  const d = createDraft().workload;
  return {
    kind: field(
      source,
      'kind',
      path,
      d.kind,
      oneOf(['Pod', 'DaemonSet', 'Deployment', 'Job'] as const),
    ),
    name: field(source, 'name', path, d.name, str),
    namespace: field(source, 'namespace', path, d.namespace, str),
    labels: field(source, 'labels', path, d.labels, keyValues),
    annotations: field(source, 'annotations', path, d.annotations, keyValues),
    emitNamespace: field(source, 'emitNamespace', path, d.emitNamespace, bool),
    maxUnavailable: field(source, 'maxUnavailable', path, d.maxUnavailable, str),
    replicas: field(source, 'replicas', path, d.replicas, count),
    backoffLimit: field(source, 'backoffLimit', path, d.backoffLimit, count),
    restartPolicy: field(
      source,
      'restartPolicy',
      path,
      d.restartPolicy,
      oneOf(['', 'Always', 'OnFailure', 'Never'] as const),
    ),
    ...optional(source, 'restartPolicyLeftOut', path, bool),
  };
}

function readContainer(value: unknown, path: string): ContainerDraft {
  const source = record(value, path);
  const d = createContainer('', '');
  const resources = field(source, 'resources', path, d.resources, (v, p) => {
    const r = record(v, p);
    return {
      requests: field(r, 'requests', p, {}, amounts),
      limits: field(r, 'limits', p, {}, amounts),
    };
  });
  return {
    name: field(source, 'name', path, d.name, str),
    image: field(source, 'image', path, d.image, str),
    imagePullPolicy: field(
      source,
      'imagePullPolicy',
      path,
      d.imagePullPolicy,
      oneOf(['', 'Always', 'IfNotPresent', 'Never'] as const),
    ),
    command: field(source, 'command', path, d.command, strings),
    args: field(source, 'args', path, d.args, strings),
    workingDir: field(source, 'workingDir', path, d.workingDir, str),
    env: field(source, 'env', path, d.env, list(kubeItem(true))),
    ports: field(source, 'ports', path, d.ports, list(kubeItem(false))),
    volumeMounts: field(source, 'volumeMounts', path, d.volumeMounts, list(kubeItem(true))),
    resources,
    runAsUserName: field(source, 'runAsUserName', path, d.runAsUserName, strOrNull),
    extra: field(source, 'extra', path, d.extra, extra),
  };
}

function readScheduling(value: unknown, path: string): SchedulingDraft {
  const source = record(value, path);
  const d = createDraft().scheduling;
  return {
    nodeSelector: field(source, 'nodeSelector', path, d.nodeSelector, keyValues),
    osName: field(source, 'osName', path, d.osName, bool),
    tolerations: field(
      source,
      'tolerations',
      path,
      d.tolerations,
      list(kubeItem<Toleration>(false)),
    ),
    priorityClassName: field(source, 'priorityClassName', path, d.priorityClassName, str),
    serviceAccountName: field(source, 'serviceAccountName', path, d.serviceAccountName, str),
    terminationGracePeriodSeconds: field(
      source,
      'terminationGracePeriodSeconds',
      path,
      d.terminationGracePeriodSeconds,
      count,
    ),
    dnsPolicy: field(
      source,
      'dnsPolicy',
      path,
      d.dnsPolicy,
      oneOf(['', 'ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const),
    ),
    ...optional(source, 'windowsNodeSelector', path, bool),
    ...optional(source, 'hostNetwork', path, boolOrNull),
  };
}

function readKept(value: unknown, path: string): KeptDraft {
  const source = record(value, path);
  const kept = createKept();
  const documents = list((v, p) => cloneJson(record(v, p)) as unknown);
  const result: KeptDraft = {
    documentsBefore: field(source, 'documentsBefore', path, kept.documentsBefore, documents),
    documentsAfter: field(source, 'documentsAfter', path, kept.documentsAfter, documents),
    object: field(source, 'object', path, kept.object, extra),
    metadata: field(source, 'metadata', path, kept.metadata, extra),
    spec: field(source, 'spec', path, kept.spec, extra),
    templateMetadata: field(source, 'templateMetadata', path, kept.templateMetadata, extra),
    podSpec: field(source, 'podSpec', path, kept.podSpec, extra),
    podSecurityContext: field(source, 'podSecurityContext', path, kept.podSecurityContext, extra),
    windowsOptions: field(source, 'windowsOptions', path, kept.windowsOptions, extra),
  };
  const apiVersion = field<string | undefined>(source, 'apiVersion', path, undefined, str);
  return apiVersion === undefined ? result : { apiVersion, ...result };
}

function readDraft(value: unknown): Draft {
  const source = record(value, 'draft');
  const d = createDraft();
  return {
    workload: field(source, 'workload', 'draft', d.workload, readWorkload),
    user: field(source, 'user', 'draft', d.user, (v, p) => ({
      runAsUserName: field(record(v, p), 'runAsUserName', p, d.user.runAsUserName, strOrNull),
      ...optional(record(v, p), 'hostProcess', p, boolOrNull),
    })),
    containers: field(source, 'containers', 'draft', d.containers, list(readContainer)),
    initContainers: field(source, 'initContainers', 'draft', d.initContainers, list(readContainer)),
    volumes: field(source, 'volumes', 'draft', d.volumes, list(kubeItem<Volume>(true))),
    scheduling: field(source, 'scheduling', 'draft', d.scheduling, readScheduling),
    kept: field(source, 'kept', 'draft', d.kept, readKept),
  };
}

/**
 * An untrusted value (share link, preset, saved state) checked into a well-typed Draft. Missing
 * fields take their defaults; a field of the wrong type is refused with a message naming it;
 * unknown keys are ignored and `__proto__` keys stay plain data; a draft nested too deep, too
 * large or with more values than Kubernetes would store is refused (`inputLimits`). Never throws.
 */
export function restoreDraft(value: unknown): RestoreResult {
  try {
    const shape = checkShape(value);
    if (shape) return { ok: false, reason: `The draft is refused: ${shape.message}.` };
    const draft = readDraft(value);
    // A draft of many defaulted containers is small in storage but large once written out.
    const size = checkObjectSize(toWorkload(draft));
    if (size) return { ok: false, reason: `The draft's workload is refused: ${size.message}.` };
    return { ok: true, draft };
  } catch (error) {
    if (error instanceof RestoreError) return { ok: false, reason: error.message };
    return { ok: false, reason: `Could not read the saved draft: ${String(error)}` };
  }
}
