import type { Rule } from '../types';
import { isHostProcessPod, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asRecord, isRecord } from '../support/read';
import { targetsWindowsNodes } from './windowsNodeSelection';

const POD_FIELDS = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'fsGroup',
  'fsGroupChangePolicy',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'seLinuxChangePolicy',
  'sysctls',
] as const;

const CONTAINER_FIELDS = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
] as const;

/**
 * Linux-only securityContext fields on a Windows pod without `spec.os`: the API accepts them and
 * the Windows kubelet ignores them, but with `spec.os.name: windows` they are rejected (rule 11).
 * Advice, not a warning: as written the pod runs, and projects set some of them (a RuntimeDefault
 * seccompProfile) to satisfy scanners that check every pod.
 */
export const linuxFieldsWithoutOs: Rule = {
  id: 'linux-fields-without-os',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.podOs,
  check: ({ spec }) => {
    if (spec.os !== undefined && spec.os !== null) return [];
    if (!isHostProcessPod(spec) && !targetsWindowsNodes(spec)) return [];
    const paths: string[] = [];
    const pod = asRecord(spec.securityContext) ?? {};
    for (const field of POD_FIELDS) {
      if (pod[field] !== undefined && pod[field] !== null)
        paths.push(`spec.securityContext.${field}`);
    }
    for (const { container, path } of visitContainers(spec)) {
      const context = container.securityContext;
      if (!isRecord(context)) continue;
      for (const field of CONTAINER_FIELDS) {
        if (context[field] !== undefined && context[field] !== null) {
          paths.push(`${path}.securityContext.${field}`);
        }
      }
    }
    return paths.map((path) => ({
      path,
      message:
        'This Linux-only setting has no effect on Windows: the kubelet ignores it, and with spec.os.name: windows the API server would reject it. Remove it.',
    }));
  },
};
