import type { Rule } from '../types';
import { isHostProcessPod } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

/** The API server rejects HostProcess containers unless `hostNetwork` is true (Kubernetes `validateWindowsHostProcessPod`). */
export const hostNetworkRequired: Rule = {
  id: 'host-network-required',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) =>
    spec.hostNetwork === true || !isHostProcessPod(spec)
      ? []
      : [
          {
            path: 'spec.hostNetwork',
            message: explain(
              fieldError.invalid(
                'hostNetwork must be true if pod contains any hostProcess containers',
              ),
              "HostProcess containers share the node's network: set spec.hostNetwork to true.",
            ),
          },
        ],
};
