import type { Rule } from '../types';
import { hostProcessAccounts, isNtAuthorityAnyCase, NT_AUTHORITY } from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** `nt authority\…`: hcsshim compares the domain case-sensitively, so the logon fails. */
export const accountDomainCase: Rule = {
  id: 'account-domain-case',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessUserAccount,
  facts: [ACCOUNT_FACTS.serviceLogonExactDomain.id],
  check: ({ spec }) =>
    hostProcessAccounts(spec).flatMap(({ path, value, account }) =>
      account.domain !== undefined &&
      account.domain !== NT_AUTHORITY &&
      isNtAuthorityAnyCase(account.domain)
        ? [
            {
              path,
              message: `"${value}": ${ACCOUNT_FACTS.serviceLogonExactDomain.claim} Write the domain as NT AUTHORITY: "${NT_AUTHORITY}\\${account.user}".`,
            },
          ]
        : [],
    ),
};
