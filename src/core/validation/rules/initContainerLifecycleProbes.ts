import type { Rule } from '../types';
import { isSidecar, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * A plain init container runs to completion, so it may not have lifecycle hooks or probes; a
 * sidecar (`restartPolicy: Always`) may (`validateInitContainers`). (source-derived)
 */
export const initContainerLifecycleProbes: Rule = {
  id: 'init-container-lifecycle-probes',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.initContainers,
  check: ({ spec }) =>
    visitContainers(spec, ['initContainers'])
      .filter(({ container }) => !isSidecar(container))
      .flatMap(({ container, path }) =>
        FIELDS.filter((field) => container[field] !== undefined && container[field] !== null).map(
          (field) => ({
            path: `${path}.${field}`,
            message: explain(
              fieldError.forbidden(
                'may not be set for init containers without restartPolicy=Always',
              ),
              'An init container runs once before the others start: move the probe or hook to a regular container, or make this a sidecar with restartPolicy: Always.',
            ),
          }),
        ),
      ),
};
