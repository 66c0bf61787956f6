import type { Rule } from '../types';
import { hostProcessAccounts } from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNameErrors } from '../support/runAsUserName';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/**
 * A local usergroup on containerd 1.6 nodes. An error, not a warning: hcsshim 0.9 has no code path
 * that could make the logon succeed, so the container cannot start.
 */
export const usergroupNeedsContainerd17: Rule = {
  id: 'usergroup-needs-containerd-1-7',
  severity: 'error',
  stage: 'node',
  docUrl: `${DOC_URLS.hostProcess}#local-accounts`,
  facts: [ACCOUNT_FACTS.usergroupsNeedContainerd17.id],
  check: ({ spec }, target) =>
    target.containerd !== '1.6'
      ? []
      : hostProcessAccounts(spec)
          .filter(
            ({ value, account }) =>
              account.domain === undefined && runAsUserNameErrors(value).length === 0,
          )
          .map(({ path, value }) => ({
            path,
            message: `"${value}" is a local usergroup, and the target nodes run containerd 1.6. ${ACCOUNT_FACTS.usergroupsNeedContainerd17.claim} Upgrade the nodes to containerd 1.7+, or run as a built-in account.`,
          })),
};
