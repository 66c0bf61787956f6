import { childFieldPath, isRecord, parentFieldPath, valueAtPath } from './fieldPath';
import { type Fixer, removeField, setFieldTo } from './fixer';

/** Limits suggested for a container that has none: enough for a node agent, bounded for the node. */
export const SUGGESTED_LIMITS: Readonly<Record<'cpu' | 'memory', string>> = {
  cpu: '500m',
  memory: '256Mi',
};

/**
 * The missing cpu and memory limits: the container's own request where it has one (a limit equal
 * to the request is always valid), else the suggested amount.
 */
const addLimits: Fixer = (finding, object) => {
  const resources = valueAtPath(object, finding.path);
  if (resources !== undefined && !isRecord(resources)) return undefined;
  const limits = isRecord(resources) ? resources.limits : undefined;
  const requests = isRecord(resources) ? resources.requests : undefined;
  if (limits !== undefined && !isRecord(limits)) return undefined;
  const added: Record<string, unknown> = {};
  for (const name of ['cpu', 'memory'] as const) {
    if (isRecord(limits) && Object.hasOwn(limits, name)) continue;
    added[name] = (isRecord(requests) && requests[name]) || SUGGESTED_LIMITS[name];
  }
  if (Object.keys(added).length === 0) return undefined;
  return {
    kind: 'set',
    label: `add limits ${Object.entries(added)
      .map(([name, amount]) => `${name}: ${String(amount)}`)
      .join(', ')}`,
    path: childFieldPath(finding.path, 'limits'),
    value: { ...(isRecord(limits) ? limits : {}), ...added },
  };
};

/** Under hostNetwork the host port is the container port: write the container port there. */
const matchContainerPort: Fixer = (finding, object) => {
  const port = valueAtPath(object, parentFieldPath(finding.path));
  const containerPort = isRecord(port) ? port.containerPort : undefined;
  if (typeof containerPort !== 'number') return undefined;
  return {
    kind: 'set',
    label: `set hostPort: ${containerPort}`,
    path: finding.path,
    value: containerPort,
  };
};

/** `spec.os.name` in another case, or empty, on a Windows pod: write `windows`. */
const windowsOsName: Fixer = (finding, object) => {
  const path = finding.path.endsWith('.name') ? finding.path : `${finding.path}.name`;
  const name = valueAtPath(object, path);
  if (
    name !== undefined &&
    name !== null &&
    name !== '' &&
    (typeof name !== 'string' || name.toLowerCase() !== 'windows')
  )
    return undefined;
  return { kind: 'set', label: 'set os.name: windows', path, value: 'windows' };
};

/** A Job's pods must run to completion; a DaemonSet's or Deployment's keep running. */
const restartPolicyForKind: Fixer = (finding, object) => {
  const kind = isRecord(object) ? object.kind : undefined;
  if (kind === 'Job' || kind === 'CronJob')
    return setFieldTo('Never', 'restartPolicy')(finding, object);
  return valueAtPath(object, finding.path) === undefined ? undefined : removeField(finding, object);
};

/** Fixers for container and pod settings, by rule id. */
export const CONTAINER_FIXERS: Readonly<Record<string, Fixer>> = {
  'resource-limits-missing': addLimits,
  'host-network-ports': matchContainerPort,
  'linux-fields-without-os': removeField,
  'windows-pod-forbidden-fields': removeField,
  'linux-numeric-ids': removeField,
  'ephemeral-containers-on-create': removeField,
  'probe-success-threshold': setFieldTo(1, 'successThreshold'),
  'pod-os-name': windowsOsName,
  'workload-restart-policy': restartPolicyForKind,
};
