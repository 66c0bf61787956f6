import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNames } from '../support/windowsOptions';
import { toBuiltInAccount } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** LocalSystem has full control of the node; the docs advise LocalService where possible. */
export const localSystemAccount: Rule = {
  id: 'local-system-account',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessUserAccount,
  facts: [ACCOUNT_FACTS.localSystem.id],
  check: ({ spec }) =>
    runAsUserNames(spec)
      .filter(({ value }) => toBuiltInAccount(value)?.id === 'LocalSystem')
      .map(({ path }) => ({
        path,
        message: `${ACCOUNT_FACTS.localSystem.claim} Prefer NT AUTHORITY\\Local service or NT AUTHORITY\\NetworkService, or a local usergroup granted just the rights needed.`,
      })),
};
