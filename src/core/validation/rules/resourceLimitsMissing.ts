import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig, isRecord } from '../support/read';
import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';

/**
 * HostProcess containers run on the node itself; limits keep a runaway process from starving it.
 * A memory limit changes how the workload fails, so the message says how.
 */
export const resourceLimitsMissing: Rule = {
  id: 'resource-limits-missing',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.resources,
  facts: [LIFECYCLE_FACTS.limitsCapJobObject.id],
  check: ({ spec }) =>
    visitContainers(spec, ['initContainers', 'containers']).flatMap(({ container, path }) => {
      const limits = dig(container, 'resources', 'limits');
      if (isRecord(limits) && 'cpu' in limits && 'memory' in limits) return [];
      const missing = ['cpu', 'memory'].filter((name) => !isRecord(limits) || !(name in limits));
      const onNode = effectiveHostProcess(spec, container)
        ? ` ${LIFECYCLE_FACTS.limitsCapJobObject.claim} Size the memory limit for the peak, not the average.`
        : '';
      return [
        {
          path: `${path}.resources`,
          message: `No ${missing.join(' or ')} limit: a runaway process can starve the node. Set resources.limits (e.g. cpu: 500m, memory: 256Mi).${onNode}`,
        },
      ];
    }),
};
