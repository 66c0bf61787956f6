import type { PodSpec } from 'kubernetes-types/core/v1';

import type { Rule } from '../types';
import { isHostProcessPod } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, dig } from '../support/read';
import { WINDOWS_OS_LABEL } from '@/core/model/windows';

/** True when a required node-affinity term pins `kubernetes.io/os` to windows. */
function affinityPinsWindows(spec: PodSpec): boolean {
  const terms = asArray(
    dig(
      spec,
      'affinity',
      'nodeAffinity',
      'requiredDuringSchedulingIgnoredDuringExecution',
      'nodeSelectorTerms',
    ),
  );
  return (
    terms.length > 0 &&
    terms.every((term) =>
      asArray(dig(term, 'matchExpressions')).some(
        (expression) =>
          dig(expression, 'key') === WINDOWS_OS_LABEL.key &&
          dig(expression, 'operator') === 'In' &&
          asArray(dig(expression, 'values')).every((value) => value === WINDOWS_OS_LABEL.value),
      ),
    )
  );
}

/** True when the pod can only be scheduled on Windows nodes. */
export function targetsWindowsNodes(spec: PodSpec): boolean {
  return (
    dig(spec, 'nodeSelector', WINDOWS_OS_LABEL.key) === WINDOWS_OS_LABEL.value ||
    dig(spec, 'os', 'name') === 'windows' ||
    affinityPinsWindows(spec)
  );
}

/**
 * A HostProcess pod with nothing pinning it to Windows may be scheduled on a Linux node, where it
 * cannot start.
 */
export const windowsNodeSelection: Rule = {
  id: 'windows-node-selection',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.windowsScheduling,
  check: ({ spec }) =>
    !isHostProcessPod(spec) || targetsWindowsNodes(spec)
      ? []
      : [
          {
            path: 'spec.nodeSelector',
            message:
              'Nothing keeps this HostProcess pod off Linux nodes, where it cannot start. Add the node selector kubernetes.io/os: windows (or set spec.os.name: windows).',
          },
        ],
};
