import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { processStrings } from '../support/sandboxPaths';
import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';

/** Commands that leave a service, firewall rule, scheduled task or user behind on the node. */
const LASTING_CHANGE =
  /New-NetFirewallRule|netsh(\.exe)?\s+advfirewall\s+firewall\s+add|New-Service|\bsc(\.exe)?\s+create|Register-ScheduledTask|schtasks(\.exe)?\s+\/create|New-LocalUser|\bnet\s+user\s+\S+.*\/add/i;

/** A container whose command creates something on the node that deleting the pod leaves behind. */
export const hostChangesOutlivePod: Rule = {
  id: 'host-changes-outlive-pod',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessLimitations,
  facts: [LIFECYCLE_FACTS.hostChangesOutlivePod.id],
  check: ({ spec }) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      if (!effectiveHostProcess(spec, container)) return [];
      const strings = processStrings(container, path).filter(
        ({ path: at }) => !at.includes('.env['),
      );
      const change = LASTING_CHANGE.exec(strings.map(({ value }) => value).join(' '))?.[0];
      const first = change?.split(/\s+/)[0] ?? '';
      const at = strings.find(({ value }) => value.includes(first))?.path ?? `${path}.command`;
      return change
        ? [
            {
              path: at,
              message: `This container runs ${change}. ${LIFECYCLE_FACTS.hostChangesOutlivePod.claim} Write down how to undo it, or make the command idempotent so a restart does not add a second copy.`,
            },
          ]
        : [];
    }),
};
