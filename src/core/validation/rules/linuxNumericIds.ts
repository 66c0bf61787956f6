import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, asRecord } from '../support/read';

const MAX_ID = 2147483647;

function outOfRange(value: unknown): boolean {
  return typeof value === 'number' && (!Number.isInteger(value) || value < 0 || value > MAX_ID);
}

/** Linux user and group ids must fit 0..2147483647 (Kubernetes `ValidateSecurityContext`, `validatePodSpecSecurityContext`). */
export const linuxNumericIds: Rule = {
  id: 'linux-numeric-ids',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podSpec,
  check: ({ spec }) => {
    const paths: string[] = [];
    const pod = asRecord(spec.securityContext) ?? {};
    for (const field of ['runAsUser', 'runAsGroup', 'fsGroup'] as const) {
      if (outOfRange(pod[field])) paths.push(`spec.securityContext.${field}`);
    }
    asArray(pod.supplementalGroups).forEach((group, index) => {
      if (outOfRange(group)) paths.push(`spec.securityContext.supplementalGroups[${index}]`);
    });
    for (const { container, path } of visitContainers(spec)) {
      const context = asRecord(container.securityContext) ?? {};
      for (const field of ['runAsUser', 'runAsGroup'] as const) {
        if (outOfRange(context[field])) paths.push(`${path}.securityContext.${field}`);
      }
    }
    return paths.map((path) => ({
      path,
      message: explain(
        fieldError.invalid(`must be between 0 and ${MAX_ID}, inclusive`),
        'Linux ids are 31-bit numbers; on Windows, remove the field and use runAsUserName.',
      ),
    }));
  },
};
