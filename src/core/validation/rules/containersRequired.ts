import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray } from '../support/read';

/** A pod needs at least one container (Kubernetes `validateContainers`, `validateInitContainers`, `validateEphemeralContainers`). */
export const containersRequired: Rule = {
  id: 'containers-required',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podSpec,
  check: ({ spec }) =>
    asArray(spec.containers).length > 0
      ? []
      : [
          {
            path: 'spec.containers',
            message: explain(fieldError.required(), 'Add at least one container.'),
          },
        ],
};
