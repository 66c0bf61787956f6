import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

const CONTAINER_ENUMS = [
  ['imagePullPolicy', ['Always', 'IfNotPresent', 'Never']],
  ['terminationMessagePolicy', ['File', 'FallbackToLogsOnError']],
] as const;

const POD_ENUMS = [
  ['restartPolicy', ['Always', 'OnFailure', 'Never']],
  ['dnsPolicy', ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None']],
] as const;

/**
 * Fields that defaulting fills in when omitted, but that are still rejected when set to an
 * unknown value (Kubernetes `ValidatePodSpec` enum checks after `pkg/apis/core/v1/defaults.go`). Values are case-sensitive.
 */
export const podEnums: Rule = {
  id: 'pod-enum-values',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podSpec,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    const checkValue = (path: string, value: unknown, allowed: readonly string[]): void => {
      if (value === undefined || allowed.includes(value as string)) return;
      hits.push({
        path,
        message: explain(
          fieldError.notSupported(value, allowed),
          'The values are case-sensitive: pick one of those listed, or leave the field out for the default.',
        ),
      });
    };
    for (const [field, allowed] of POD_ENUMS) checkValue(`spec.${field}`, spec[field], allowed);
    for (const { container, path } of visitContainers(spec)) {
      for (const [field, allowed] of CONTAINER_ENUMS) {
        checkValue(`${path}.${field}`, container[field], allowed);
      }
    }
    return hits;
  },
};
