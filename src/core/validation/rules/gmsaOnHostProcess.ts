import type { Rule } from '../types';
import { effectiveHostProcess, podHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig, isRecord } from '../support/read';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

const GMSA_FIELDS = ['gmsaCredentialSpecName', 'gmsaCredentialSpec'] as const;

function gmsaHits(options: unknown, path: string): Array<{ path: string; message: string }> {
  if (!isRecord(options)) return [];
  return GMSA_FIELDS.filter((field) => typeof options[field] === 'string').map((field) => ({
    path: `${path}.${field}`,
    message: `${ACCOUNT_FACTS.gmsaNotApplied.claim} Remove the credential spec; to act as a domain identity, run the workload as a regular Windows container with gMSA instead.`,
  }));
}

/** A gMSA credential spec on a HostProcess pod or container: it has no effect there. */
export const gmsaOnHostProcess: Rule = {
  id: 'gmsa-on-hostprocess',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.gmsa,
  facts: [ACCOUNT_FACTS.gmsaNotApplied.id],
  check: ({ spec }) => {
    const containers = visitContainers(spec);
    const hits =
      podHostProcess(spec) === true ||
      containers.some(({ container }) => effectiveHostProcess(spec, container))
        ? gmsaHits(
            dig(spec, 'securityContext', 'windowsOptions'),
            'spec.securityContext.windowsOptions',
          )
        : [];
    for (const { container, path } of containers) {
      if (!effectiveHostProcess(spec, container)) continue;
      hits.push(
        ...gmsaHits(
          dig(container, 'securityContext', 'windowsOptions'),
          `${path}.securityContext.windowsOptions`,
        ),
      );
    }
    return hits;
  },
};
