import type { PodTemplate } from './types';
import { isRecord, type JsonRecord } from './support/read';
import { presentVolumeSources } from './support/volumeSources';

/**
 * The pod template as the API server validates it: a deep copy with the v1 defaults applied
 * (`pkg/apis/core/v1/defaults.go`; reference rules 24, 25, 27, 29). Never mutates its input.
 *
 * Untrusted input is also given a decodable shape: a non-object `metadata`/`spec` becomes `{}`, a
 * non-array container, volume, port, mount or env list becomes `[]`, and non-object entries in
 * those lists become `{}` so that indexes still match the YAML.
 * Wrong scalar types are left alone for the rules (and the schema check) to report.
 */
export function applyV1Defaults(template: unknown): PodTemplate {
  const copy = asObject(cloneJson(template));
  const metadata = asObject(copy.metadata);
  const spec = asObject(copy.spec);
  defaultPodSpec(spec);
  return { metadata, spec } as unknown as PodTemplate;
}

function defaultPodSpec(spec: JsonRecord): void {
  spec.restartPolicy ??= 'Always';
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  const hostNetwork = spec.hostNetwork === true;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    if (spec[list] === undefined || spec[list] === null) continue;
    const containers = objectList(spec, list);
    for (const container of containers) {
      // SetDefaults_Pod copies limits into requests and defaults host ports for init and regular
      // containers only; ephemeral containers have no resources or ports of their own.
      defaultContainer(
        container,
        hostNetwork && list !== 'ephemeralContainers',
        list !== 'ephemeralContainers',
      );
    }
  }
  if (spec.volumes !== undefined && spec.volumes !== null) {
    for (const volume of objectList(spec, 'volumes')) defaultVolume(volume);
  }
}

function defaultContainer(container: JsonRecord, hostNetwork: boolean, copyLimits: boolean): void {
  if (container.imagePullPolicy === undefined || container.imagePullPolicy === '') {
    container.imagePullPolicy = isLatestOrUntagged(container.image) ? 'Always' : 'IfNotPresent';
  }
  container.terminationMessagePath ??= '/dev/termination-log';
  container.terminationMessagePolicy ??= 'File';
  if (container.ports !== undefined && container.ports !== null) {
    for (const port of objectList(container, 'ports')) {
      if (port.protocol === undefined || port.protocol === '') port.protocol = 'TCP';
      // defaultHostNetworkPorts: under hostNetwork an omitted hostPort is the containerPort.
      if (hostNetwork && (port.hostPort === undefined || port.hostPort === 0)) {
        port.hostPort = port.containerPort;
      }
    }
  }
  for (const list of ['volumeMounts', 'env', 'envFrom', 'volumeDevices'] as const) {
    if (container[list] !== undefined && container[list] !== null) objectList(container, list);
  }
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
    const value = container[probe];
    if (isRecord(value)) {
      value.timeoutSeconds ??= 1;
      value.periodSeconds ??= 10;
      value.successThreshold ??= 1;
      value.failureThreshold ??= 3;
    }
  }
  const resources = container.resources;
  if (copyLimits && isRecord(resources) && isRecord(resources.limits)) {
    const requests = isRecord(resources.requests) ? resources.requests : {};
    for (const [name, limit] of Object.entries(resources.limits)) {
      if (!(name in requests)) requests[name] = limit;
    }
    resources.requests = requests;
  }
}

function defaultVolume(volume: JsonRecord): void {
  // SetDefaults_Volume: a volume with no source is an emptyDir.
  if (presentVolumeSources(volume).length === 0) volume.emptyDir = {};
  if (isRecord(volume.hostPath)) volume.hostPath.type ??= '';
  for (const source of ['configMap', 'secret', 'downwardAPI', 'projected'] as const) {
    const value = volume[source];
    if (isRecord(value)) value.defaultMode ??= 420;
  }
}

/** `image:latest` or no tag at all (a digest pins the image). */
export function isLatestOrUntagged(image: unknown): boolean {
  if (typeof image !== 'string') return true;
  if (image.includes('@')) return false;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  return colon === -1 || lastSegment.slice(colon + 1) === 'latest';
}

/** Makes `owner[key]` an array of objects in place (non-objects become `{}`) and returns it. */
function objectList(owner: JsonRecord, key: string): JsonRecord[] {
  const value = owner[key];
  const list = Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
  owner[key] = list;
  return list;
}

function asObject(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

// Deeper than any real manifest; it also stops self-referencing input (js-yaml can build it).
const MAX_DEPTH = 64;

/** Deep copy of parsed YAML; anything nested deeper than MAX_DEPTH is dropped. */
function cloneJson(value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) return value.map((item) => cloneJson(item, depth + 1));
  if (value instanceof Date) return new Date(value.getTime());
  const copy: JsonRecord = {};
  for (const key of Object.keys(value))
    copy[key] = cloneJson((value as JsonRecord)[key], depth + 1);
  return copy;
}
