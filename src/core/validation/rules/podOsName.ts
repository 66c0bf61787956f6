import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { isRecord } from '../support/read';

/** `spec.os.name` must be `linux` or `windows` when `spec.os` is set (Kubernetes `validateOS`). */
export const podOsName: Rule = {
  id: 'pod-os-name',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podOs,
  check: ({ spec }) => {
    if (spec.os === undefined || spec.os === null) return [];
    const name: unknown = isRecord(spec.os) ? spec.os.name : undefined;
    if (name === undefined || name === null || name === '') {
      return [
        {
          path: 'spec.os.name',
          message: explain(
            fieldError.required('cannot be empty'),
            'Set spec.os.name to windows for a HostProcess pod, or remove spec.os.',
          ),
        },
      ];
    }
    if (name === 'linux' || name === 'windows') return [];
    return [
      {
        path: 'spec.os',
        message: explain(
          fieldError.notSupported(name, ['linux', 'windows']),
          'The name is case-sensitive: write windows.',
        ),
      },
    ];
  },
};
