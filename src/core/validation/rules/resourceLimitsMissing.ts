import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig, isRecord } from '../support/read';

/**
 * HostProcess containers run on the node itself; limits (applied to the job object) keep a
 * runaway process from starving the node.
 */
export const resourceLimitsMissing: Rule = {
  id: 'resource-limits-missing',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.resources,
  check: ({ spec }) =>
    visitContainers(spec, ['initContainers', 'containers']).flatMap(({ container, path }) => {
      const limits = dig(container, 'resources', 'limits');
      if (isRecord(limits) && 'cpu' in limits && 'memory' in limits) return [];
      const missing = ['cpu', 'memory'].filter((name) => !isRecord(limits) || !(name in limits));
      return [
        {
          path: `${path}.resources`,
          message: `No ${missing.join(' or ')} limit: a runaway process can starve the node. Set resources.limits (e.g. cpu: 500m, memory: 256Mi).`,
        },
      ];
    }),
};
