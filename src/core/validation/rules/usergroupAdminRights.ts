import type { Rule } from '../types';
import { hostProcessAccounts } from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** Built-in local groups whose members hold administrator rights or their equivalent. */
const ADMIN_EQUIVALENT_GROUPS = [
  'Administrators',
  'Backup Operators',
  'Hyper-V Administrators',
  'Server Operators',
  'Account Operators',
  'Print Operators',
] as const;

/** A usergroup that makes the ephemeral user an administrator defeats the point of a group. */
export const usergroupAdminRights: Rule = {
  id: 'usergroup-admin-rights',
  severity: 'warning',
  stage: 'guidance',
  docUrl: `${DOC_URLS.hostProcess}#local-accounts`,
  facts: [ACCOUNT_FACTS.adminGroups.id, ACCOUNT_FACTS.bareNameIsLocalGroup.id],
  check: ({ spec }) =>
    hostProcessAccounts(spec).flatMap(({ path, value, account }) => {
      if (account.domain !== undefined) return [];
      const group = ADMIN_EQUIVALENT_GROUPS.find(
        (name) => name.toLowerCase() === value.trim().toLowerCase(),
      );
      return group
        ? [
            {
              path,
              message: `"${value}" is the built-in ${group} group. ${ACCOUNT_FACTS.adminGroups.claim} Create a group of your own and grant it only what the workload needs; if it truly needs full control, say so with NT AUTHORITY\\SYSTEM.`,
            },
          ]
        : [];
    }),
};
