import type { PodTemplate } from './types';
import { isRecord, type JsonRecord } from './support/read';
import { hasVolumeSource } from './support/volumeSources';

/** Which defaulting pass to mirror. */
export interface DefaultingOptions {
  /**
   * Also apply `SetDefaults_Pod`, which Kubernetes runs on Pod objects only: limits are copied into
   * missing requests, and under hostNetwork an omitted hostPort becomes the containerPort. A
   * controller's pod template gets neither (its pods get them when they are created). Default true.
   */
  pod?: boolean;
}

/**
 * The pod template as the API server validates it, with the v1 defaults applied
 * (`pkg/apis/core/v1/defaults.go`; Kubernetes `validatePodHostNetworkDeps`; `ValidateVolumes`, `validateVolumeSource`; `validateResourceRequirements`; `ValidatePodSpec` enum checks after `pkg/apis/core/v1/defaults.go`). Never mutates its input: it
 * copies only the objects that defaulting changes and shares everything else (copy-on-write), so
 * the result must be treated as read-only. Defaults that no rule reads (`defaultMode`, `enableServiceLinks`, …)
 * are left out.
 *
 * Untrusted input is also given a decodable shape: a non-object `metadata`/`spec` becomes `{}`, a
 * non-array container, volume, port, mount or env list becomes `[]`, and non-object entries in
 * those lists become `{}` so that indexes still match the YAML.
 * Wrong scalar types are left alone for the rules (and the schema check) to report.
 */
export function applyV1Defaults(template: unknown, options: DefaultingOptions = {}): PodTemplate {
  const source = isRecord(template) ? template : {};
  const metadata = isRecord(source.metadata) ? source.metadata : {};
  const spec = defaultPodSpec(isRecord(source.spec) ? source.spec : {});
  const defaulted = { metadata, spec } as unknown as PodTemplate;
  return options.pod === false ? defaulted : applyPodDefaults(defaulted);
}

/**
 * `SetDefaults_Pod` on a template that already went through `applyV1Defaults(…, { pod: false })`:
 * the pod a controller creates from its template. Returns the same object when nothing changes.
 */
export function applyPodDefaults(template: PodTemplate): PodTemplate {
  const spec = template.spec as unknown as JsonRecord;
  const hostNetwork = spec.hostNetwork === true;
  let changed: JsonRecord | undefined;
  // Ephemeral containers have no resources or ports of their own.
  for (const list of ['initContainers', 'containers'] as const) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    const next = mapRecords(containers, (container) => podDefaults(container, hostNetwork));
    if (next !== containers) {
      changed ??= { ...spec };
      changed[list] = next;
    }
  }
  return changed
    ? ({ metadata: template.metadata, spec: changed } as unknown as PodTemplate)
    : template;
}

function podDefaults(container: JsonRecord, hostNetwork: boolean): JsonRecord {
  let defaulted: JsonRecord | undefined;
  // defaultHostNetworkPorts: under hostNetwork an omitted hostPort is the containerPort.
  if (hostNetwork && Array.isArray(container.ports)) {
    const ports = mapRecords(container.ports, (port) =>
      isZeroNumber(port.hostPort) ? { ...port, hostPort: port.containerPort } : port,
    );
    if (ports !== container.ports) defaulted = { ...container, ports };
  }
  // Limits are copied into missing requests.
  const resources = container.resources;
  if (isRecord(resources) && isRecord(resources.limits)) {
    const limits = resources.limits;
    const requests = isRecord(resources.requests) ? resources.requests : undefined;
    const missing = Object.keys(limits).filter((name) => !requests || !(name in requests));
    if (missing.length > 0 || !requests) {
      const copied: JsonRecord = { ...requests };
      for (const name of missing) copied[name] = limits[name];
      defaulted = { ...(defaulted ?? container), resources: { ...resources, requests: copied } };
    }
  }
  return defaulted ?? container;
}

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
const CONTAINER_SUBLISTS = ['volumeMounts', 'env', 'envFrom', 'volumeDevices'] as const;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
// SetDefaults_Probe: a zero (or omitted) value takes the default.
const PROBE_DEFAULTS = [
  ['timeoutSeconds', 1],
  ['periodSeconds', 10],
  ['successThreshold', 1],
  ['failureThreshold', 3],
] as const;

/** Go's zero value for a string field: omitted, null and "" all decode to "". */
function isEmptyString(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isZeroNumber(value: unknown): boolean {
  return value === undefined || value === null || value === 0;
}

function defaultPodSpec(input: JsonRecord): JsonRecord {
  const spec: JsonRecord = { ...input };
  // SetDefaults_PodSpec
  if (isEmptyString(spec.dnsPolicy)) spec.dnsPolicy = 'ClusterFirst';
  if (isEmptyString(spec.restartPolicy)) spec.restartPolicy = 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  if (isEmptyString(spec.schedulerName)) spec.schedulerName = 'default-scheduler';
  for (const list of CONTAINER_LISTS) {
    if (spec[list] === undefined || spec[list] === null) continue;
    spec[list] = mapRecords(spec[list], defaultContainer);
  }
  if (spec.volumes !== undefined && spec.volumes !== null) {
    spec.volumes = mapRecords(spec.volumes, defaultVolume);
  }
  return spec;
}

function defaultContainer(input: JsonRecord): JsonRecord {
  // Collect the changes first and copy once: no per-container closures on this hot path.
  const changes: Array<[string, unknown]> = [];
  if (isEmptyString(input.imagePullPolicy)) {
    changes.push(['imagePullPolicy', isLatestOrUntagged(input.image) ? 'Always' : 'IfNotPresent']);
  }
  if (isEmptyString(input.terminationMessagePath)) {
    changes.push(['terminationMessagePath', '/dev/termination-log']);
  }
  if (isEmptyString(input.terminationMessagePolicy)) {
    changes.push(['terminationMessagePolicy', 'File']);
  }
  if (input.ports !== undefined && input.ports !== null) {
    const ports = mapRecords(input.ports, defaultPort);
    if (ports !== input.ports) changes.push(['ports', ports]);
  }
  for (const list of CONTAINER_SUBLISTS) {
    const value = input[list];
    if (value === undefined || value === null) continue;
    const normalized = mapRecords(value);
    if (normalized !== value) changes.push([list, normalized]);
  }
  for (const probe of PROBES) {
    const value = input[probe];
    if (isRecord(value) && PROBE_DEFAULTS.some(([field]) => isZeroNumber(value[field]))) {
      const defaulted: JsonRecord = { ...value };
      for (const [field, fallback] of PROBE_DEFAULTS) {
        if (isZeroNumber(defaulted[field])) defaulted[field] = fallback;
      }
      changes.push([probe, defaulted]);
    }
  }
  if (changes.length === 0) return input;
  const container: JsonRecord = { ...input };
  for (const [key, value] of changes) container[key] = value;
  return container;
}

function defaultPort(port: JsonRecord): JsonRecord {
  return isEmptyString(port.protocol) ? { ...port, protocol: 'TCP' } : port;
}

function defaultVolume(volume: JsonRecord): JsonRecord {
  // SetDefaults_Volume: a volume with no source is an emptyDir.
  if (!hasVolumeSource(volume)) return { ...volume, emptyDir: {} };
  const hostPath = volume.hostPath;
  if (isRecord(hostPath) && (hostPath.type === undefined || hostPath.type === null)) {
    return { ...volume, hostPath: { ...hostPath, type: '' } };
  }
  return volume;
}

/** `image:latest` or no tag at all (a digest pins the image). */
export function isLatestOrUntagged(image: unknown): boolean {
  if (typeof image !== 'string') return true;
  if (image.includes('@')) return false;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return colon === -1 || lastSegment.slice(colon + 1) === 'latest';
}

function identity(item: JsonRecord): JsonRecord {
  return item;
}

/**
 * The list with `change` applied to each object entry and non-objects replaced by `{}`; a
 * non-array becomes `[]`. Returns the input array itself when nothing changed.
 */
function mapRecords(
  value: unknown,
  change: (item: JsonRecord) => JsonRecord = identity,
): JsonRecord[] {
  if (!Array.isArray(value)) return [];
  let copy: unknown[] | undefined;
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    const next = !isRecord(item) ? {} : change === identity ? item : change(item);
    if (copy === undefined && next !== item) copy = value.slice(0, index);
    copy?.push(next);
  }
  return (copy ?? value) as JsonRecord[];
}
