import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { processStrings, UNREPLACED_SANDBOX_VARIABLE } from '../support/sandboxPaths';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';

/** `$CONTAINER_SANDBOX_MOUNT_POINT` in a command: empty in PowerShell, literal elsewhere. */
export const sandboxVariableSpelling: Rule = {
  id: 'sandbox-variable-spelling',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessVolumeMounts,
  facts: [MOUNT_FACTS.bareSandboxVariable.id, MOUNT_FACTS.sandboxVariableReplaced.id],
  check: ({ spec }) =>
    visitContainers(spec).flatMap(({ container, path }) =>
      effectiveHostProcess(spec, container)
        ? processStrings(container, path)
            .filter(({ value }) => UNREPLACED_SANDBOX_VARIABLE.test(value))
            .map((hit) => ({
              path: hit.path,
              message: `${MOUNT_FACTS.bareSandboxVariable.claim} Write $env:CONTAINER_SANDBOX_MOUNT_POINT (PowerShell) or %CONTAINER_SANDBOX_MOUNT_POINT% (command line).`,
            }))
        : [],
    ),
};
