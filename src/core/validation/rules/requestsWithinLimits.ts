import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { isRecord } from '../support/read';
import { isOvercommitAllowed } from '../support/resourceNames';
import { canonicalQuantity, compareQuantities, parseQuantity } from '../quantity';

/**
 * Requests may not exceed limits; non-overcommitable resources need request == limit (reference
 * rule 27). Kubernetes reports these on `…resources.requests` / `…resources.limits` without the
 * resource key. Limits are printed in Kubernetes' canonical form (`0.5` → `500m`).
 */
export const requestsWithinLimits: Rule = {
  id: 'requests-within-limits',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.resources,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    for (const { container, path } of visitContainers(spec, ['initContainers', 'containers'])) {
      const resources = container.resources;
      if (!isRecord(resources) || !isRecord(resources.requests)) continue;
      const limits = isRecord(resources.limits) ? resources.limits : {};
      for (const [name, requestValue] of Object.entries(resources.requests)) {
        const request = parseQuantity(requestValue);
        if (!request.ok) continue;
        if (!(name in limits)) {
          if (!isOvercommitAllowed(name)) {
            hits.push({
              path: `${path}.resources.limits`,
              message: explain(
                fieldError.required('Limit must be set for non overcommitable resources'),
                `Set limits[${name}] equal to the request.`,
              ),
            });
          }
          continue;
        }
        const limit = parseQuantity(limits[name]);
        if (!limit.ok) continue;
        const comparison = compareQuantities(request.quantity, limit.quantity);
        const limitText = canonicalQuantity(limits[name]) ?? String(limits[name]);
        if (comparison !== 0 && !isOvercommitAllowed(name)) {
          hits.push({
            path: `${path}.resources.requests`,
            message: explain(
              fieldError.invalid(`must be equal to ${name} limit of ${limitText}`),
              `${name} cannot be overcommitted: make the request equal to the limit.`,
            ),
          });
        } else if (comparison > 0) {
          hits.push({
            path: `${path}.resources.requests`,
            message: explain(
              fieldError.invalid(`must be less than or equal to ${name} limit of ${limitText}`),
              `Lower the ${name} request or raise the limit.`,
            ),
          });
        }
      }
    }
    return hits;
  },
};
