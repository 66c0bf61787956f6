import { containerName } from '../support/containers';
import { asArray, asRecord, asString, dig, isRecord, quote, scalarText } from '../support/read';
import {
  pluralize,
  joinQuote,
  sortedUnique,
  containerList,
  containers,
  securityContext,
  podContext,
  inUserNamespace,
  type CheckFn,
} from './checkSupport';

// The Pod Security Standards baseline checks, as Pod Security Admission (`latest`) runs them.
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

export const procMount: CheckFn = (_meta, spec) => {
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

export const seccompProfileBaseline: CheckFn = (_meta, spec) => {
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

/** PSA `latest` baseline checks, sorted by id as the registry reports them. */
export const BASELINE_CHECKS: ReadonlyArray<readonly [string, CheckFn]> = [
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
