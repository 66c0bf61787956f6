import type { Rule } from '../types';
import { hostProcessAccounts, isNtAuthorityAnyCase } from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** `DOMAIN\user` outside NT AUTHORITY: hcsshim has no password to log it on with. */
export const accountOtherDomain: Rule = {
  id: 'account-other-domain',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessUserAccount,
  facts: [ACCOUNT_FACTS.otherDomainCannotLogOn.id],
  check: ({ spec }) =>
    hostProcessAccounts(spec).flatMap(({ path, value, account }) =>
      account.domain !== undefined && account.domain !== '' && !isNtAuthorityAnyCase(account.domain)
        ? [
            {
              path,
              message: `"${value}": ${ACCOUNT_FACTS.otherDomainCannotLogOn.claim} Use a built-in account (NT AUTHORITY\\Local service, NetworkService or SYSTEM) or a local usergroup.`,
            },
          ]
        : [],
    ),
};
