import type { Rule } from '../types';
import {
  hostProcessAccounts,
  isNtAuthorityAnyCase,
  NT_AUTHORITY,
  splitAccount,
} from '../support/accounts';
import { DOC_URLS } from '../support/docUrls';
import { BUILT_IN_ACCOUNTS, toBuiltInAccount } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/** Spellings of the built-in accounts' user part that the docs do not use, by account id. */
const ALIASES: Readonly<Record<string, (typeof BUILT_IN_ACCOUNTS)[number]['id']>> = {
  localservice: 'LocalService',
  'network service': 'NetworkService',
  localsystem: 'LocalSystem',
};

/**
 * The built-in account a runAsUserName names: its documented name in any letter case, or one of
 * the aliases above under NT AUTHORITY in any case. The one-click repairs write its documented name.
 */
export function recognise(value: string): (typeof BUILT_IN_ACCOUNTS)[number] | undefined {
  const byCase = toBuiltInAccount(value);
  if (byCase) return byCase;
  const account = splitAccount(value);
  if (account?.domain === undefined || !isNtAuthorityAnyCase(account.domain)) return undefined;
  const id = ALIASES[account.user.trim().toLowerCase().replace(/\s+/g, ' ')];
  return BUILT_IN_ACCOUNTS.find((candidate) => candidate.id === id);
}

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
