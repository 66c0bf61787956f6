import type { Container, PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

import type { PodTemplate } from './types';
import { containerName, visitContainers } from './support/containers';
import { asArray, asRecord, asString, dig, isRecord, quote, scalarText } from './support/read';

/** Pod Security Standards levels, least to most restrictive. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** A Pod Security Admission check that fails, as PSA reports it: `reason (detail)`. */
export interface FailingCheck {
  /** PSA's check id, e.g. `windowsHostProcess`. */
  check: string;
  /** PSA's ForbiddenReason, e.g. `hostProcess`. */
  reason: string;
  /** PSA's ForbiddenDetail, e.g. `pod must not set securityContext.windowsOptions.hostProcess=true`. */
  detail: string;
}

/** The most restrictive level that admits the pod, and what stops the next level up. */
export interface PodSecurityResult {
  level: PodSecurityLevel;
  /** Checks of the next stricter level that fail ([] for restricted). */
  failing: FailingCheck[];
}

type Outcome = { reason: string; detail: string } | undefined;
type CheckFn = (meta: ObjectMeta, spec: PodSpec) => Outcome;

function pluralize(one: string, many: string, count: number): string {
  return count === 1 ? one : many;
}

function joinQuote(items: readonly string[]): string {
  return items.map((item) => quote(item)).join(', ');
}

function sortedUnique(items: Iterable<string>): string[] {
  // Go's sets.List sorts by byte order, as does the default JS sort for ASCII.
  return [...new Set(items)].sort();
}

function containerList(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

const containersBySpec = new WeakMap<object, readonly Container[]>();

/** Every container (init, regular, ephemeral), cached per spec: each check walks them. */
function containers(spec: PodSpec): readonly Container[] {
  let found = containersBySpec.get(spec);
  if (found === undefined) {
    found = visitContainers(spec).map(({ container }) => container);
    containersBySpec.set(spec, found);
  }
  return found;
}

function securityContext(container: Container): Record<string, unknown> {
  return asRecord(container.securityContext) ?? {};
}

function podContext(spec: PodSpec): Record<string, unknown> {
  return asRecord(spec.securityContext) ?? {};
}

function isWindows(spec: PodSpec): boolean {
  return dig(spec, 'os', 'name') === 'windows';
}

function inUserNamespace(spec: PodSpec): boolean {
  return spec.hostUsers === false;
}

const privileged: CheckFn = (_meta, spec) => {
  const bad = containers(spec)
    .filter((c) => securityContext(c).privileged === true)
    .map(containerName);
  return bad.length === 0
    ? undefined
    : {
        reason: 'privileged',
        detail: `${containerList(bad)} must not set securityContext.privileged=true`,
      };
};

const hostNamespaces: CheckFn = (_meta, spec) => {
  const host = [
    spec.hostNetwork === true ? 'hostNetwork=true' : '',
    spec.hostPID === true ? 'hostPID=true' : '',
    spec.hostIPC === true ? 'hostIPC=true' : '',
  ].filter(Boolean);
  return host.length === 0 ? undefined : { reason: 'host namespaces', detail: host.join(', ') };
};

const hostPathVolumes: CheckFn = (_meta, spec) => {
  const bad = asArray(spec.volumes)
    .filter((v) => isRecord(v) && isRecord(v.hostPath))
    .map((v) => asString(dig(v, 'name')) ?? '');
  return bad.length === 0
    ? undefined
    : {
        reason: 'hostPath volumes',
        detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)}`,
      };
};

const hostPorts: CheckFn = (_meta, spec) => {
  const bad: string[] = [];
  const ports = new Set<string>();
  for (const c of containers(spec)) {
    let valid = true;
    for (const port of asArray(c.ports)) {
      const hostPort = dig(port, 'hostPort');
      if (typeof hostPort === 'number' && hostPort !== 0) {
        valid = false;
        ports.add(String(hostPort));
      }
    }
    if (!valid) bad.push(containerName(c));
  }
  if (bad.length === 0) return undefined;
  const list = sortedUnique(ports);
  return {
    reason: 'hostPort',
    detail: `${containerList(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', list.length)} ${list.join(', ')}`,
  };
};

const hostProbesAndHostLifecycle: CheckFn = (_meta, spec) => {
  const bad = new Set<string>();
  const hosts = new Set<string>();
  for (const c of containers(spec)) {
    const handlers = [
      c.livenessProbe,
      c.readinessProbe,
      c.startupProbe,
      dig(c, 'lifecycle', 'postStart'),
      dig(c, 'lifecycle', 'preStop'),
    ];
    for (const handler of handlers) {
      for (const kind of ['httpGet', 'tcpSocket']) {
        const host = asString(dig(handler, kind, 'host'));
        if (host) {
          hosts.add(host);
          bad.add(containerName(c));
        }
      }
    }
  }
  if (bad.size === 0) return undefined;
  const names = sortedUnique(bad);
  const list = sortedUnique(hosts);
  return {
    reason: 'probe or lifecycle host',
    detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', list.length)} ${joinQuote(list)}`,
  };
};

const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

const capabilitiesBaseline: CheckFn = (_meta, spec) => {
  const bad: string[] = [];
  const forbidden = new Set<string>();
  for (const c of containers(spec)) {
    const added = asArray(dig(c, 'securityContext', 'capabilities', 'add')).map(String);
    const extra = added.filter((cap) => !BASELINE_CAPABILITIES.has(cap));
    if (extra.length > 0) {
      bad.push(containerName(c));
      extra.forEach((cap) => forbidden.add(cap));
    }
  }
  return bad.length === 0
    ? undefined
    : {
        reason: 'non-default capabilities',
        detail: `${containerList(bad)} must not include ${joinQuote(sortedUnique(forbidden))} in securityContext.capabilities.add`,
      };
};

const appArmorProfile: CheckFn = (meta, spec) => {
  const allowed = (type: unknown): boolean => type === 'RuntimeDefault' || type === 'Localhost';
  const setters: string[] = [];
  const values = new Set<string>();
  const podType = dig(spec, 'securityContext', 'appArmorProfile', 'type');
  if (isRecord(dig(spec, 'securityContext', 'appArmorProfile')) && !allowed(podType)) {
    setters.push('pod');
    values.add(scalarText(podType));
  }
  const bad: string[] = [];
  for (const c of containers(spec)) {
    const profile = securityContext(c).appArmorProfile;
    if (isRecord(profile) && !allowed(profile.type)) {
      bad.push(containerName(c));
      values.add(scalarText(profile.type));
    }
  }
  if (bad.length > 0) setters.push(containerList(bad));
  const annotations = Object.entries(asRecord(meta.annotations) ?? {})
    .filter(([key, value]) => {
      const text = String(value);
      return (
        key.startsWith('container.apparmor.security.beta.kubernetes.io/') &&
        !(text === '' || text === 'runtime/default' || text.startsWith('localhost/'))
      );
    })
    .map(([key, value]) => `${key}=${quote(String(value))}`)
    .sort();
  const list = [...sortedUnique(values), ...annotations];
  if (annotations.length > 0)
    setters.push(pluralize('annotation', 'annotations', annotations.length));
  return setters.length === 0
    ? undefined
    : {
        reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length),
        detail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(list)}`,
      };
};

const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);

const seLinuxOptions: CheckFn = (_meta, spec) => {
  const setters: string[] = [];
  const types = new Set<string>();
  let setUser = false;
  let setRole = false;
  const valid = (options: Record<string, unknown>): boolean => {
    let ok = true;
    const type = asString(options.type) ?? '';
    if (!SELINUX_TYPES.has(type)) {
      ok = false;
      types.add(type);
    }
    if (asString(options.user)) {
      ok = false;
      setUser = true;
    }
    if (asString(options.role)) {
      ok = false;
      setRole = true;
    }
    return ok;
  };
  const podOptions = asRecord(podContext(spec).seLinuxOptions);
  if (podOptions && !valid(podOptions)) setters.push('pod');
  const bad = containers(spec)
    .filter((c) => {
      const options = asRecord(securityContext(c).seLinuxOptions);
      return options !== undefined && !valid(options);
    })
    .map(containerName);
  if (bad.length > 0) setters.push(containerList(bad));
  if (setters.length === 0) return undefined;
  const data: string[] = [];
  if (types.size > 0)
    data.push(`${pluralize('type', 'types', types.size)} ${joinQuote(sortedUnique(types))}`);
  if (setUser) data.push('user may not be set');
  if (setRole) data.push('role may not be set');
  return {
    reason: 'seLinuxOptions',
    detail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
  };
};

const procMount: CheckFn = (_meta, spec) => {
  const bad: string[] = [];
  const values = new Set<string>();
  for (const c of containers(spec)) {
    const value = securityContext(c).procMount;
    if (value !== undefined && value !== null && value !== 'Default') {
      bad.push(containerName(c));
      values.add(scalarText(value));
    }
  }
  return bad.length === 0
    ? undefined
    : {
        reason: 'procMount',
        detail: `${containerList(bad)} must not set securityContext.procMount to ${joinQuote(sortedUnique(values))}`,
      };
};

const procMountBaseline: CheckFn = (meta, spec) =>
  inUserNamespace(spec) ? undefined : procMount(meta, spec);

const validSeccomp = (type: unknown): boolean => type === 'RuntimeDefault' || type === 'Localhost';

const seccompProfileBaseline: CheckFn = (_meta, spec) => {
  const setters: string[] = [];
  const values = new Set<string>();
  const podProfile = asRecord(podContext(spec).seccompProfile);
  if (podProfile && !validSeccomp(podProfile.type)) {
    setters.push('pod');
    values.add(scalarText(podProfile.type));
  }
  const bad: string[] = [];
  for (const c of containers(spec)) {
    const profile = asRecord(securityContext(c).seccompProfile);
    if (profile && !validSeccomp(profile.type)) {
      bad.push(containerName(c));
      values.add(scalarText(profile.type));
    }
  }
  if (bad.length > 0) setters.push(containerList(bad));
  return setters.length === 0
    ? undefined
    : {
        reason: 'seccompProfile',
        detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(values))}`,
      };
};

const ALLOWED_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

const sysctls: CheckFn = (_meta, spec) => {
  const forbidden = asArray(podContext(spec).sysctls)
    .map((s) => asString(dig(s, 'name')) ?? '')
    .filter((name) => !ALLOWED_SYSCTLS.has(name));
  return forbidden.length === 0
    ? undefined
    : { reason: 'forbidden sysctls', detail: forbidden.join(', ') };
};

const windowsHostProcess: CheckFn = (_meta, spec) => {
  const bad = containers(spec)
    .filter((c) => dig(c, 'securityContext', 'windowsOptions', 'hostProcess') === true)
    .map(containerName);
  const setters: string[] = [];
  if (dig(spec, 'securityContext', 'windowsOptions', 'hostProcess') === true) setters.push('pod');
  if (bad.length > 0) setters.push(containerList(bad));
  return setters.length === 0
    ? undefined
    : {
        reason: 'hostProcess',
        detail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
      };
};

const allowPrivilegeEscalation: CheckFn = (_meta, spec) => {
  if (isWindows(spec)) return undefined;
  const bad = containers(spec)
    .filter((c) => securityContext(c).allowPrivilegeEscalation !== false)
    .map(containerName);
  return bad.length === 0
    ? undefined
    : {
        reason: 'allowPrivilegeEscalation != false',
        detail: `${containerList(bad)} must set securityContext.allowPrivilegeEscalation=false`,
      };
};

const capabilitiesRestricted: CheckFn = (_meta, spec) => {
  if (isWindows(spec)) return undefined;
  const missingDrop: string[] = [];
  const adding: string[] = [];
  const forbidden = new Set<string>();
  for (const c of containers(spec)) {
    const capabilities = asRecord(securityContext(c).capabilities);
    if (!capabilities) {
      missingDrop.push(containerName(c));
      continue;
    }
    if (!asArray(capabilities.drop).includes('ALL')) missingDrop.push(containerName(c));
    const extra = asArray(capabilities.add)
      .map(String)
      .filter((cap) => cap !== 'NET_BIND_SERVICE');
    if (extra.length > 0) {
      adding.push(containerName(c));
      extra.forEach((cap) => forbidden.add(cap));
    }
  }
  const details: string[] = [];
  if (missingDrop.length > 0) {
    details.push(
      `${containerList(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`,
    );
  }
  if (adding.length > 0) {
    details.push(
      `${containerList(adding)} must not include ${joinQuote(sortedUnique(forbidden))} in securityContext.capabilities.add`,
    );
  }
  return details.length === 0
    ? undefined
    : { reason: 'unrestricted capabilities', detail: details.join('; ') };
};

const ALLOWED_VOLUME_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];
const RESTRICTED_VOLUME_TYPES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

const restrictedVolumes: CheckFn = (_meta, spec) => {
  const bad: string[] = [];
  const types = new Set<string>();
  for (const volume of asArray(spec.volumes)) {
    if (!isRecord(volume)) continue;
    if (ALLOWED_VOLUME_TYPES.some((type) => isRecord(volume[type]))) continue;
    bad.push(asString(volume.name) ?? '');
    types.add(RESTRICTED_VOLUME_TYPES.find((type) => isRecord(volume[type])) ?? 'unknown');
  }
  if (bad.length === 0) return undefined;
  const list = sortedUnique(types);
  return {
    reason: 'restricted volume types',
    detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', list.length)} ${joinQuote(list)}`,
  };
};

const runAsNonRoot: CheckFn = (_meta, spec) => {
  if (inUserNamespace(spec)) return undefined;
  const setters: string[] = [];
  const podValue = podContext(spec).runAsNonRoot;
  if (podValue === false) setters.push('pod');
  const explicit: string[] = [];
  const implicit: string[] = [];
  for (const c of containers(spec)) {
    const value = securityContext(c).runAsNonRoot;
    if (value === false) explicit.push(containerName(c));
    else if (value !== true && podValue !== true) implicit.push(containerName(c));
  }
  if (explicit.length > 0) setters.push(containerList(explicit));
  if (setters.length > 0) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
    };
  }
  return implicit.length === 0
    ? undefined
    : {
        reason: 'runAsNonRoot != true',
        detail: `pod or ${containerList(implicit)} must set securityContext.runAsNonRoot=true`,
      };
};

const runAsUser: CheckFn = (_meta, spec) => {
  if (inUserNamespace(spec)) return undefined;
  const setters: string[] = [];
  if (podContext(spec).runAsUser === 0) setters.push('pod');
  const bad = containers(spec)
    .filter((c) => securityContext(c).runAsUser === 0)
    .map(containerName);
  if (bad.length > 0) setters.push(containerList(bad));
  return setters.length === 0
    ? undefined
    : { reason: 'runAsUser=0', detail: `${setters.join(' and ')} must not set runAsUser=0` };
};

const seccompProfileRestricted: CheckFn = (_meta, spec) => {
  if (isWindows(spec)) return undefined;
  const explicitResult = seccompProfileBaseline(_meta, spec);
  if (explicitResult) return explicitResult;
  const podSet = asRecord(podContext(spec).seccompProfile) !== undefined;
  const implicit = containers(spec)
    .filter((c) => !podSet && asRecord(securityContext(c).seccompProfile) === undefined)
    .map(containerName);
  return implicit.length === 0
    ? undefined
    : {
        reason: 'seccompProfile',
        detail: `pod or ${containerList(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      };
};

/** PSA `latest` baseline checks, sorted by id as the registry reports them. */
const BASELINE_CHECKS: ReadonlyArray<readonly [string, CheckFn]> = [
  ['appArmorProfile', appArmorProfile],
  ['capabilities_baseline', capabilitiesBaseline],
  ['hostNamespaces', hostNamespaces],
  ['hostPathVolumes', hostPathVolumes],
  ['hostPorts', hostPorts],
  ['hostProbesAndHostLifecycle', hostProbesAndHostLifecycle],
  ['privileged', privileged],
  ['procMount', procMountBaseline],
  ['seLinuxOptions', seLinuxOptions],
  ['seccompProfile_baseline', seccompProfileBaseline],
  ['sysctls', sysctls],
  ['windowsHostProcess', windowsHostProcess],
];

/** Restricted checks, each with the baseline check it replaces. */
const RESTRICTED_CHECKS: ReadonlyArray<readonly [string, CheckFn, string?]> = [
  ['allowPrivilegeEscalation', allowPrivilegeEscalation],
  ['capabilities_restricted', capabilitiesRestricted, 'capabilities_baseline'],
  ['procMount_restricted', procMount, 'procMount'],
  ['restrictedVolumes', restrictedVolumes, 'hostPathVolumes'],
  ['runAsNonRoot', runAsNonRoot],
  ['runAsUser', runAsUser],
  ['seccompProfile_restricted', seccompProfileRestricted, 'seccompProfile_baseline'],
];

const OVERRIDDEN = new Set(RESTRICTED_CHECKS.map(([, , replaces]) => replaces));

/** The restricted level: baseline checks it does not replace, then its own. */
const RESTRICTED_LEVEL_CHECKS = [
  ...BASELINE_CHECKS.filter(([id]) => !OVERRIDDEN.has(id)),
  ...RESTRICTED_CHECKS,
];

function run(
  checks: ReadonlyArray<readonly [string, CheckFn, string?]>,
  meta: ObjectMeta,
  spec: PodSpec,
): FailingCheck[] {
  const failing: FailingCheck[] = [];
  for (const [check, fn] of checks) {
    const outcome = fn(meta, spec);
    if (outcome) failing.push({ check, ...outcome });
  }
  return failing;
}

const resultByTemplate = new WeakMap<object, PodSecurityResult>();

/**
 * The Pod Security Standards level of a pod template, as Pod Security Admission (policy version
 * `latest`) evaluates it. Pass the template after v1 Pod defaulting: PSA sees the created pod, whose
 * hostPorts have been defaulted under hostNetwork. The result is cached per template object, which
 * is treated as read-only.
 */
export function podSecurityLevel(template: PodTemplate): PodSecurityResult {
  const cached = resultByTemplate.get(template);
  if (cached) return cached;
  const result = evaluate(template);
  resultByTemplate.set(template, result);
  return result;
}

function evaluate(template: PodTemplate): PodSecurityResult {
  const meta = asRecord(template.metadata) ?? {};
  const spec = (asRecord(template.spec) ?? {}) as unknown as PodSpec;
  const baseline = run(BASELINE_CHECKS, meta, spec);
  if (baseline.length > 0) return { level: 'privileged', failing: baseline };
  const restricted = run(RESTRICTED_LEVEL_CHECKS, meta, spec);
  return restricted.length > 0
    ? { level: 'baseline', failing: restricted }
    : { level: 'restricted', failing: [] };
}
