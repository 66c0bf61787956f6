import type { Rule } from '../types';
import { isSidecar, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { isRecord } from '../support/read';

/** Liveness and startup probes must have successThreshold 1 (Kubernetes `validateContainers` probe checks). */
export const probeSuccessThreshold: Rule = {
  id: 'probe-success-threshold',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.probes,
  check: ({ spec }) =>
    visitContainers(spec, ['initContainers', 'containers']).flatMap(({ container, path, list }) =>
      // A plain init container may not have probes at all (init-container-lifecycle-probes).
      (list === 'initContainers' && !isSidecar(container)
        ? []
        : (['livenessProbe', 'startupProbe'] as const)
      ).flatMap((probe) => {
        const value: unknown = container[probe];
        return isRecord(value) && value.successThreshold !== 1
          ? [
              {
                path: `${path}.${probe}.successThreshold`,
                message: explain(
                  fieldError.invalid('must be 1'),
                  `A ${probe} succeeds after one success: set successThreshold to 1 or leave it out.`,
                ),
              },
            ]
          : [];
      }),
    ),
};
