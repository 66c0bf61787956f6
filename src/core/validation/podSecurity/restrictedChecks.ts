import { containerName } from '../support/containers';
import { asArray, asRecord, asString, isRecord } from '../support/read';
import {
  pluralize,
  joinQuote,
  sortedUnique,
  containerList,
  containers,
  securityContext,
  podContext,
  isWindows,
  inUserNamespace,
  type CheckFn,
} from './checkSupport';
import { procMount, seccompProfileBaseline } from './baselineChecks';

// The Pod Security Standards restricted checks, as Pod Security Admission (`latest`) runs them.
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

/** Restricted checks, each with the baseline check it replaces. */
export const RESTRICTED_CHECKS: ReadonlyArray<readonly [string, CheckFn, string?]> = [
  ['allowPrivilegeEscalation', allowPrivilegeEscalation],
  ['capabilities_restricted', capabilitiesRestricted, 'capabilities_baseline'],
  ['procMount_restricted', procMount, 'procMount'],
  ['restrictedVolumes', restrictedVolumes, 'hostPathVolumes'],
  ['runAsNonRoot', runAsNonRoot],
  ['runAsUser', runAsUser],
  ['seccompProfile_restricted', seccompProfileRestricted, 'seccompProfile_baseline'],
];
