import type { Rule } from '../types';
import { hostProcessAccounts, NT_AUTHORITY } from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { BUILT_IN_ACCOUNTS } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** Spellings of the built-in accounts' user part that the docs do not use, by account id. */
const ALIASES: Readonly<Record<string, (typeof BUILT_IN_ACCOUNTS)[number]['id']>> = {
  localservice: 'LocalService',
  'network service': 'NetworkService',
  localsystem: 'LocalSystem',
};

/**
 * A built-in account under a name the docs do not use (`NT AUTHORITY\LocalService`). Letter case
 * alone is fine (Windows ignores it in the user part), and a misspelt domain is
 * `account-domain-case`'s, so neither is reported here.
 */
export const builtInAccountSpelling: Rule = {
  id: 'built-in-account-spelling',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessRequirements,
  facts: [ACCOUNT_FACTS.userPartAnyCase.id],
  check: ({ spec }) =>
    hostProcessAccounts(spec).flatMap(({ path, value, account }) => {
      if (account.domain !== NT_AUTHORITY) return [];
      const id = ALIASES[account.user.trim().toLowerCase().replace(/\s+/g, ' ')];
      const builtIn = BUILT_IN_ACCOUNTS.find((candidate) => candidate.id === id);
      if (!builtIn) return [];
      return [
        {
          path,
          message: `"${value}" means the ${builtIn.title} account under a name the documentation does not use. Write it as documented, the spelling known to log on: "${builtIn.runAsUserName}".`,
        },
      ];
    }),
};
