import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNameErrors } from '../support/runAsUserName';
import { runAsUserNames } from '../support/windowsOptions';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/**
 * A local usergroup must exist on the node before the pod starts. Invalid names are left to
 * `user-group-name`; containerd 1.6 nodes to `usergroup-needs-containerd-1-7`.
 */
export const localUsergroupPrepare: Rule = {
  id: 'local-usergroup-prepare',
  severity: 'info',
  stage: 'guidance',
  docUrl: `${DOC_URLS.hostProcess}#local-accounts`,
  facts: [ACCOUNT_FACTS.bareNameIsLocalGroup.id],
  check: ({ spec }, target) =>
    target.containerd === '1.6'
      ? []
      : runAsUserNames(spec)
          .filter(({ value }) => !value.includes('\\') && runAsUserNameErrors(value).length === 0)
          .map(({ path, value }) => ({
            path,
            message: `"${value}" is a local usergroup. ${ACCOUNT_FACTS.bareNameIsLocalGroup.claim} Create it on every node first (e.g. net localgroup ${value} /add, run by an earlier HostProcess container as a service account) and grant it what the workload needs (icacls).`,
          })),
};
