import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

const JOB_KINDS = new Set(['Job', 'CronJob']);
const ALWAYS_KINDS = new Set(['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']);

/**
 * A controller's pod template must use the restart policy the controller supports: Jobs need
 * OnFailure or Never (and defaulting makes an omitted one Always); the others need Always.
 * (source-derived: apps/batch `ValidatePodTemplateSpec` callers)
 */
export const workloadRestartPolicy: Rule = {
  id: 'workload-restart-policy',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podSpec,
  check: ({ spec }, _target, context) => {
    if (context?.isTemplate !== true) return [];
    const policy: unknown = spec.restartPolicy;
    if (JOB_KINDS.has(context.kind) && policy !== 'OnFailure' && policy !== 'Never') {
      return [
        {
          path: 'spec.restartPolicy',
          message: explain(
            fieldError.notSupported(policy, ['OnFailure', 'Never']),
            'A Job runs to completion: set restartPolicy to OnFailure or Never.',
          ),
        },
      ];
    }
    if (ALWAYS_KINDS.has(context.kind) && policy !== 'Always') {
      return [
        {
          path: 'spec.restartPolicy',
          message: explain(
            fieldError.notSupported(policy, ['Always']),
            `A ${context.kind} keeps its pods running: remove restartPolicy or set it to Always.`,
          ),
        },
      ];
    }
    return [];
  },
};
