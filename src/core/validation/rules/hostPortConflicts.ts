import type { Container } from 'kubernetes-types/core/v1';

import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, isRecord, scalarText } from '../support/read';

function conflicts(
  containers: ReadonlyArray<{ container: Container; path: string }>,
): Array<{ path: string; message: string }> {
  const seen = new Set<string>();
  const hits: Array<{ path: string; message: string }> = [];
  for (const { container, path } of containers) {
    asArray(container.ports).forEach((port, index) => {
      // An omitted or null hostPort decodes to 0: no host port, nothing to clash.
      if (!isRecord(port) || port.hostPort === undefined || port.hostPort === null) return;
      if (port.hostPort === 0) return;
      const key = `${scalarText(port.protocol)}/${typeof port.hostIP === 'string' ? port.hostIP : ''}/${scalarText(port.hostPort)}`;
      if (seen.has(key)) {
        hits.push({
          path: `${path}.ports[${index}].hostPort`,
          message: explain(
            fieldError.duplicate(key),
            'Two containers cannot take the same host port and protocol: under hostNetwork every containerPort is a host port, so give each a different number.',
          ),
        });
      }
      seen.add(key);
    });
  }
  return hits;
}

/** The same protocol/hostIP/hostPort twice (Kubernetes `checkHostPortConflicts`; init containers only vs. themselves). */
export const hostPortConflicts: Rule = {
  id: 'host-port-conflicts',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.ports,
  check: ({ spec }) => [
    ...visitContainers(spec, ['initContainers']).flatMap((init) => conflicts([init])),
    ...conflicts(visitContainers(spec, ['containers'])),
  ],
};
