import type { Rule } from '../types';
import {
  effectiveHostProcess,
  effectiveRunAsUserName,
  visitContainers,
} from '../support/containers';
import { DOC_URLS } from '../support/docUrls';

/**
 * The docs require runAsUserName for HostProcess containers, though the API server does not
 * check it; without it the container runs as the image's default user, which for HostProcess
 * images is rarely what was meant (reference section G).
 */
export const runAsUserNameMissing: Rule = {
  id: 'run-as-user-name-missing',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessUserAccount,
  check: ({ spec }) => {
    const missing = visitContainers(spec).filter(
      ({ container }) =>
        effectiveHostProcess(spec, container) &&
        effectiveRunAsUserName(spec, container) === undefined,
    );
    if (missing.length === 0) return [];
    const names = missing.map(({ container }) => String(container.name ?? '')).join(', ');
    return [
      {
        path: 'spec.securityContext.windowsOptions.runAsUserName',
        message: `No runAsUserName for HostProcess container(s) ${names}. HostProcess containers must name the Windows account they run as: set spec.securityContext.windowsOptions.runAsUserName, e.g. "NT AUTHORITY\\Local service" (the least privileged).`,
      },
    ];
  },
};
