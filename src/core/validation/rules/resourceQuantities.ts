import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { qualifiedNameErrors } from '../support/names';
import { isRecord } from '../support/read';
import {
  isExtendedResourceName,
  isNativeResource,
  isStandardContainerResourceName,
} from '../support/resourceNames';
import { targetMinor } from '../support/targetVersion';
import { isNegativeQuantity, isWholeQuantity, parseQuantity } from '../quantity';

function nameErrors(name: string, minor: number): string[] {
  const errors = qualifiedNameErrors(name, minor);
  if (!name.includes('/')) {
    if (!isStandardContainerResourceName(name))
      errors.push('must be a standard resource for containers');
  } else if (!isNativeResource(name) && !isExtendedResourceName(name)) {
    errors.push("doesn't follow extended resource name standard");
  }
  return errors;
}

/**
 * Resource names and quantity values: well-formed, not negative, whole numbers for extended
 * resources (Kubernetes `validateResourceRequirements`). Malformed strings fail when the API server decodes the manifest;
 * we report them on the resource's path so the form can point at them.
 */
export const resourceQuantities: Rule = {
  id: 'resource-quantities',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.resources,
  check: ({ spec }, target) => {
    const minor = targetMinor(target);
    const hits: Array<{ path: string; message: string }> = [];
    for (const { container, path } of visitContainers(spec, ['initContainers', 'containers'])) {
      const resources = container.resources;
      if (!isRecord(resources)) continue;
      const limits = isRecord(resources.limits) ? resources.limits : {};
      for (const kind of ['limits', 'requests'] as const) {
        const amounts = resources[kind];
        if (!isRecord(amounts)) continue;
        for (const [name, value] of Object.entries(amounts)) {
          const amountPath = `${path}.resources.${kind}[${name}]`;
          for (const detail of nameErrors(name, minor)) {
            hits.push({
              path: amountPath,
              message: explain(
                fieldError.invalid(detail),
                'Use cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-qualified extended resource.',
              ),
            });
          }
          const parsed = parseQuantity(value);
          if (!parsed.ok) {
            // A malformed limit copied into requests by defaulting is still one decode error.
            if (kind === 'requests' && limits[name] === value) continue;
            hits.push({
              path: amountPath,
              message: explain(
                parsed.error,
                'Write a quantity such as 500m or 1 (CPU) and 128Mi or 1Gi (memory).',
              ),
            });
            continue;
          }
          if (isNegativeQuantity(parsed.quantity)) {
            hits.push({
              path: amountPath,
              message: explain(
                fieldError.invalid('must be greater than or equal to 0'),
                'Resource amounts cannot be negative.',
              ),
            });
          }
          if (isExtendedResourceName(name) && !isWholeQuantity(parsed.quantity)) {
            hits.push({
              path: amountPath,
              message: explain(
                fieldError.invalid('must be an integer'),
                'Extended resources are counted in whole units.',
              ),
            });
          }
        }
      }
    }
    return hits;
  },
};
