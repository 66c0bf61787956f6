import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123LabelErrors } from '../support/names';
import { scalarText } from '../support/read';

/**
 * Container names: required, DNS-1123 labels, unique across containers and init containers, and
 * ephemeral names unique across all three lists (Kubernetes `validateContainers`, `validateInitContainers`, `validateEphemeralContainers`).
 */
export const containerNameDnsLabel: Rule = {
  id: 'container-name-dns-label',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.names,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    // validateContainers runs before validateInitContainers, so regular containers claim names first.
    const visited = visitContainers(spec, ['containers', 'initContainers', 'ephemeralContainers']);
    const seen = new Set<string>();
    for (const { container, path } of visited) {
      const name: unknown = container.name;
      if (name === undefined || name === null || name === '') {
        hits.push({
          path: `${path}.name`,
          message: explain(fieldError.required(), 'Give every container a name, e.g. main.'),
        });
        continue;
      }
      const text = scalarText(name);
      for (const detail of dns1123LabelErrors(text)) {
        hits.push({
          path: `${path}.name`,
          message: explain(
            fieldError.invalid(detail),
            'Use lower-case letters, digits and -, at most 63 characters, no dots.',
          ),
        });
      }
      if (seen.has(text)) {
        hits.push({
          path: `${path}.name`,
          message: explain(fieldError.duplicate(text), 'Container names must be unique in a pod.'),
        });
      }
      seen.add(text);
    }
    return hits;
  },
};
