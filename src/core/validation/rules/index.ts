import type { Rule } from '../types';
import { usergroupNeedsContainerd17 } from './usergroupNeedsContainerd17';
import { usergroupAdminRights } from './usergroupAdminRights';
import { sandboxVariableSpelling } from './sandboxVariableSpelling';
import { mountOverSystemFolder } from './mountOverSystemFolder';
import { imageWindowsVersion } from './imageWindowsVersion';
import { imageTagPlaceholder } from './imageTagPlaceholder';
import { hostProcessInheritUser } from './hostProcessInheritUser';
import { hostChangesOutlivePod } from './hostChangesOutlivePod';
import { gmsaOnHostProcess } from './gmsaOnHostProcess';
import { accountOtherDomain } from './accountOtherDomain';
import { accountDomainCase } from './accountDomainCase';
import { annotationsSize } from './annotationsSize';
import { builtInAccountSpelling } from './builtInAccountSpelling';
import { containerdMountPaths } from './containerdMountPaths';
import { containerNameDnsLabel } from './containerNameDnsLabel';
import { containerPorts } from './containerPorts';
import { containersRequired } from './containersRequired';
import { envVarNames } from './envVarNames';
import { ephemeralContainersOnCreate } from './ephemeralContainersOnCreate';
import { gmsaCredentialSpec } from './gmsaCredentialSpec';
import { hostNetworkPorts } from './hostNetworkPorts';
import { hostNetworkRequired } from './hostNetworkRequired';
import { hostPathPipeOrSocket } from './hostPathPipeOrSocket';
import { hostPortConflicts } from './hostPortConflicts';
import { hostProcessAllContainers } from './hostProcessAllContainers';
import { hostProcessMissing } from './hostProcessMissing';
import { hostProcessPodMismatch } from './hostProcessPodMismatch';
import { hostUsersHostNetwork } from './hostUsersHostNetwork';
import { imageRequired } from './imageRequired';
import { imageTagPinned } from './imageTagPinned';
import { kubeProxyVersionSkew } from './kubeProxyVersionSkew';
import { initContainerLifecycleProbes } from './initContainerLifecycleProbes';
import { linuxFieldsWithoutOs } from './linuxFieldsWithoutOs';
import { linuxNumericIds } from './linuxNumericIds';
import { linuxPodWindowsOptions } from './linuxPodWindowsOptions';
import { localSystemAccount } from './localSystemAccount';
import { localUsergroupPrepare } from './localUsergroupPrepare';
import { metadataLabels } from './metadataLabels';
import { namespaceDnsLabel } from './namespaceDnsLabel';
import { nodeSelectorLabels } from './nodeSelectorLabels';
import { podEnums } from './podEnums';
import { podNameDnsSubdomain } from './podNameDnsSubdomain';
import { podOsName } from './podOsName';
import { podSecurityAdmission } from './podSecurityAdmission';
import { probeSuccessThreshold } from './probeSuccessThreshold';
import { requestsWithinLimits } from './requestsWithinLimits';
import { resourceLimitsMissing } from './resourceLimitsMissing';
import { resourceQuantities } from './resourceQuantities';
import { runAsNonRootTrue } from './runAsNonRootTrue';
import { runAsUserNameMissing } from './runAsUserNameMissing';
import { runAsUserNameSyntax } from './runAsUserNameSyntax';
import { userGroupName } from './userGroupName';
import { volumeMounts } from './volumeMounts';
import { volumeName } from './volumeName';
import { volumeSource } from './volumeSource';
import { windowsNodeSelection } from './windowsNodeSelection';
import { windowsPodForbiddenFields } from './windowsPodForbiddenFields';
import { workloadRestartPolicy } from './workloadRestartPolicy';

/** Rules on an object's metadata: run on a Pod, on a controller, and on its pod template. */
export const METADATA_RULES: readonly Rule[] = [
  podNameDnsSubdomain,
  namespaceDnsLabel,
  metadataLabels,
  annotationsSize,
];

/** Rules on the pod spec, in reference order: api-server, admission, node, guidance. */
export const POD_SPEC_RULES: readonly Rule[] = [
  // A. HostProcess coherence
  hostProcessPodMismatch,
  hostProcessAllContainers,
  hostNetworkRequired,
  // B. windowsOptions
  gmsaCredentialSpec,
  userGroupName,
  runAsUserNameSyntax,
  // C. OS-specific
  podOsName,
  windowsPodForbiddenFields,
  linuxPodWindowsOptions,
  // D. General
  nodeSelectorLabels,
  containersRequired,
  containerNameDnsLabel,
  imageRequired,
  containerPorts,
  hostPortConflicts,
  hostNetworkPorts,
  volumeName,
  volumeSource,
  volumeMounts,
  resourceQuantities,
  requestsWithinLimits,
  envVarNames,
  podEnums,
  workloadRestartPolicy,
  ephemeralContainersOnCreate,
  linuxNumericIds,
  probeSuccessThreshold,
  initContainerLifecycleProbes,
  hostUsersHostNetwork,
  // E. Pod Security Admission
  podSecurityAdmission,
  // Node
  runAsUserNameMissing,
  accountDomainCase,
  accountOtherDomain,
  usergroupNeedsContainerd17,
  hostProcessInheritUser,
  gmsaOnHostProcess,
  hostPathPipeOrSocket,
  windowsNodeSelection,
  imageTagPlaceholder,
  imageWindowsVersion,
  kubeProxyVersionSkew,
  containerdMountPaths,
  sandboxVariableSpelling,
  mountOverSystemFolder,
  // Guidance
  hostProcessMissing,
  runAsNonRootTrue,
  usergroupAdminRights,
  localSystemAccount,
  builtInAccountSpelling,
  linuxFieldsWithoutOs,
  imageTagPinned,
  resourceLimitsMissing,
  localUsergroupPrepare,
  hostChangesOutlivePod,
];

/** Every rule, metadata first. */
export const RULES: readonly Rule[] = [...METADATA_RULES, ...POD_SPEC_RULES];
