import { WINDOWS_OS_LABEL } from '@/core/model/windows';

import { childFieldPath, isRecord, valueAtPath } from './fieldPath';
import { type Fixer, podSpecPathOf, removeField, setFieldTo } from './fixer';

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

function podHostProcessPath(specPath: string): string {
  return `${specPath}.securityContext.windowsOptions.hostProcess`;
}

/** Whether any container of the pod spec says `hostProcess: false` itself. */
function someContainerOptsOut(spec: unknown): boolean {
  if (!isRecord(spec)) return false;
  return CONTAINER_LISTS.some((list) => {
    const containers = spec[list];
    return (
      Array.isArray(containers) &&
      containers.some(
        (container) =>
          valueAtPath(container, 'securityContext.windowsOptions.hostProcess') === false,
      )
    );
  });
}

/** Pod-level `hostProcess: true`, when nothing in the pod says false (that would then clash). */
const setPodHostProcess: Fixer = (finding, object) => {
  const specPath = podSpecPathOf(finding.path);
  if (specPath === undefined) return undefined;
  const spec = valueAtPath(object, specPath);
  const podValue = valueAtPath(object, podHostProcessPath(specPath));
  if (podValue !== undefined || someContainerOptsOut(spec)) return undefined;
  return {
    kind: 'set',
    label: 'set hostProcess: true on the pod',
    path: podHostProcessPath(specPath),
    value: true,
  };
};

/** A container saying `hostProcess: false` in a pod that says true: make it say true. */
const matchPodHostProcess: Fixer = (finding, object) => {
  const specPath = podSpecPathOf(finding.path);
  if (specPath === undefined) return undefined;
  if (valueAtPath(object, podHostProcessPath(specPath)) !== true) return undefined;
  return { kind: 'set', label: 'set hostProcess: true', path: finding.path, value: true };
};

/** The node selector `kubernetes.io/os: windows`. */
const addWindowsNodeSelector: Fixer = (finding, object) => {
  const specPath = podSpecPathOf(finding.path);
  if (specPath === undefined) return undefined;
  const selector = valueAtPath(object, `${specPath}.nodeSelector`);
  if (selector !== undefined && !isRecord(selector)) return undefined;
  return {
    kind: 'set',
    label: `add the node selector ${WINDOWS_OS_LABEL.key}: ${WINDOWS_OS_LABEL.value}`,
    path: childFieldPath(`${specPath}.nodeSelector`, WINDOWS_OS_LABEL.key),
    value: WINDOWS_OS_LABEL.value,
  };
};

/** hostUsers: false is what clashes with hostNetwork (and is Linux-only): remove it. */
const removeHostUsers: Fixer = (finding, object) => {
  const specPath = podSpecPathOf(finding.path);
  if (specPath === undefined || valueAtPath(object, `${specPath}.hostUsers`) === undefined)
    return undefined;
  return { kind: 'remove', label: 'remove hostUsers: false', path: `${specPath}.hostUsers` };
};

/** Fixers for the rules that make a pod a working HostProcess pod, by rule id. */
export const HOST_PROCESS_FIXERS: Readonly<Record<string, Fixer>> = {
  'host-network-required': setFieldTo(true, 'hostNetwork'),
  'host-process-all-containers': setPodHostProcess,
  'host-process-missing': setPodHostProcess,
  'host-process-pod-container-mismatch': matchPodHostProcess,
  'run-as-non-root-true': removeField,
  'windows-node-selection': addWindowsNodeSelector,
  'host-users-host-network': removeHostUsers,
};
