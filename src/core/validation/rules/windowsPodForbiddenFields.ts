import type { PodSpec } from 'kubernetes-types/core/v1';

import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, asRecord, dig, isRecord } from '../support/read';

// Forbidden when non-nil, whatever the value, in validateWindows' order.
const POD_FIELDS: ReadonlyArray<readonly [path: string, isForbidden: (spec: PodSpec) => boolean]> =
  [
    ['spec.securityContext.appArmorProfile', (spec) => isSet(podContext(spec).appArmorProfile)],
    ['spec.securityContext.seLinuxOptions', (spec) => isSet(podContext(spec).seLinuxOptions)],
    ['spec.hostUsers', (spec) => isSet(spec.hostUsers)],
    ['spec.hostPID', (spec) => spec.hostPID === true],
    ['spec.hostIPC', (spec) => spec.hostIPC === true],
    ['spec.securityContext.seccompProfile', (spec) => isSet(podContext(spec).seccompProfile)],
    ['spec.securityContext.fsGroup', (spec) => isSet(podContext(spec).fsGroup)],
    [
      'spec.securityContext.fsGroupChangePolicy',
      (spec) => isSet(podContext(spec).fsGroupChangePolicy),
    ],
    ['spec.securityContext.sysctls', (spec) => asArray(podContext(spec).sysctls).length > 0],
    ['spec.shareProcessNamespace', (spec) => isSet(spec.shareProcessNamespace)],
    ['spec.securityContext.runAsUser', (spec) => isSet(podContext(spec).runAsUser)],
    ['spec.securityContext.runAsGroup', (spec) => isSet(podContext(spec).runAsGroup)],
    [
      'spec.securityContext.supplementalGroups',
      (spec) => isSet(podContext(spec).supplementalGroups),
    ],
    [
      'spec.securityContext.supplementalGroupsPolicy',
      (spec) => isSet(podContext(spec).supplementalGroupsPolicy),
    ],
    [
      'spec.securityContext.seLinuxChangePolicy',
      (spec) => isSet(podContext(spec).seLinuxChangePolicy),
    ],
  ];

function podContext(spec: PodSpec): Record<string, unknown> {
  return asRecord(spec.securityContext) ?? {};
}

const CONTAINER_SECURITY_CONTEXT_FIELDS = [
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

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** With `spec.os.name: windows`, Linux-only fields are rejected (Kubernetes `validateWindows`). */
export const windowsPodForbiddenFields: Rule = {
  id: 'windows-pod-forbidden-fields',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podOs,
  check: ({ spec }) => {
    if (dig(spec, 'os', 'name') !== 'windows') return [];
    const paths = POD_FIELDS.filter(([, isForbidden]) => isForbidden(spec)).map(([path]) => path);
    for (const { container, path } of visitContainers(spec)) {
      const context = container.securityContext;
      if (!isRecord(context)) continue;
      for (const field of CONTAINER_SECURITY_CONTEXT_FIELDS) {
        if (isSet(context[field])) paths.push(`${path}.securityContext.${field}`);
      }
    }
    return paths.map((path) => ({
      path,
      message: explain(
        fieldError.forbidden('cannot be set for a windows pod'),
        'This is a Linux-only setting, rejected even when false or empty on a pod with spec.os.name: windows: remove it.',
      ),
    }));
  },
};
