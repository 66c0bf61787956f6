import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, isRecord } from '../support/read';

/** Go's zero value: an omitted or null hostPort decodes to 0. */
function hostPortOf(port: Record<string, unknown>): unknown {
  return port.hostPort === undefined || port.hostPort === null ? 0 : port.hostPort;
}

/**
 * Under hostNetwork each regular container's hostPort must equal its containerPort (Kubernetes
 * `validatePodHostNetworkDeps`). A Pod's omitted hostPort was defaulted to the containerPort already; a controller's template
 * may leave it out (`validatePodHostNetworkDeps` allows 0 unless `ResourceIsPod`), since its pods
 * get the default when they are created.
 */
export const hostNetworkPorts: Rule = {
  id: 'host-network-ports',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }, _target, context) => {
    if (spec.hostNetwork !== true) return [];
    const isPod = context?.isPod ?? true;
    return visitContainers(spec, ['containers']).flatMap(({ container, path }) =>
      asArray(container.ports).flatMap((port, index) =>
        isRecord(port) &&
        (isPod || hostPortOf(port) !== 0) &&
        hostPortOf(port) !== port.containerPort
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
