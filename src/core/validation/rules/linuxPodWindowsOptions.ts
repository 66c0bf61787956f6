import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dig } from '../support/read';
import { windowsOptionsLocations } from '../support/windowsOptions';

/** With `spec.os.name: linux`, windowsOptions are rejected (Kubernetes `validateLinux`). */
export const linuxPodWindowsOptions: Rule = {
  id: 'linux-pod-windows-options',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.podOs,
  check: ({ spec }) =>
    dig(spec, 'os', 'name') !== 'linux'
      ? []
      : windowsOptionsLocations(spec).map(({ path }) => ({
          path,
          message: explain(
            fieldError.forbidden('windows options cannot be set for a linux pod'),
            'A HostProcess pod runs on Windows: set spec.os.name to windows.',
          ),
        })),
};
