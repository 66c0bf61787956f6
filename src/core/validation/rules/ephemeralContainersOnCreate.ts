import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray } from '../support/read';

/**
 * Ephemeral containers are added to a running Pod through the `ephemeralcontainers` subresource,
 * never on create (Kubernetes `ValidatePodCreate`); pod templates may not have them at all.
 */
export const ephemeralContainersOnCreate: Rule = {
  id: 'ephemeral-containers-on-create',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.ephemeralContainers,
  check: ({ spec }, _target, context) => {
    if (asArray(spec.ephemeralContainers).length === 0) return [];
    if (context?.isPod === true) {
      return [
        {
          path: 'spec.ephemeralContainers',
          message: explain(
            fieldError.forbidden('cannot be set on create'),
            'Remove them; add debug containers later with kubectl debug.',
          ),
        },
      ];
    }
    if (context?.isTemplate === true) {
      return [
        {
          path: 'spec.ephemeralContainers',
          message: explain(
            fieldError.forbidden('ephemeral containers not allowed in pod template'),
            'Remove them; add debug containers to a running pod with kubectl debug.',
          ),
        },
      ];
    }
    return [];
  },
};
