import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, isRecord } from '../support/read';

/**
 * Under hostNetwork each regular container's hostPort must equal its containerPort (reference rule
 * 24). Defaulting fills an omitted hostPort first, so only explicit mismatches fail.
 */
export const hostNetworkPorts: Rule = {
  id: 'host-network-ports',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) => {
    if (spec.hostNetwork !== true) return [];
    return visitContainers(spec, ['containers']).flatMap(({ container, path }) =>
      asArray(container.ports).flatMap((port, index) =>
        isRecord(port) && port.hostPort !== port.containerPort
          ? [
              {
                path: `${path}.ports[${index}].hostPort`,
                message: explain(
                  fieldError.invalid('must match `containerPort` when `hostNetwork` is true'),
                  "On the node's network the process listens on the host port itself: set hostPort to the containerPort, or leave it out.",
                ),
              },
            ]
          : [],
      ),
    );
  },
};
