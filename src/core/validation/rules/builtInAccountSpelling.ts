import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNames } from '../support/windowsOptions';
import { BUILT_IN_ACCOUNTS, toBuiltInAccount } from '@/core/model/windows';

/** Windows spellings people use for the built-in accounts, by account id. */
const ALIASES: Readonly<Record<string, (typeof BUILT_IN_ACCOUNTS)[number]['id']>> = {
  'nt authority\\localservice': 'LocalService',
  'nt authority\\local service': 'LocalService',
  'nt authority\\networkservice': 'NetworkService',
  'nt authority\\network service': 'NetworkService',
  'nt authority\\system': 'LocalSystem',
  'nt authority\\localsystem': 'LocalSystem',
};

export function recognise(value: string): (typeof BUILT_IN_ACCOUNTS)[number] | undefined {
  const byCase = toBuiltInAccount(value);
  if (byCase) return byCase;
  const id = ALIASES[value.trim().toLowerCase().replace(/\s+/g, ' ')];
  return BUILT_IN_ACCOUNTS.find((account) => account.id === id);
}

/**
 * A built-in account written differently from the docs (`NT AUTHORITY\LOCAL SERVICE`): Windows
 * compares names case-insensitively, so say which account it is and how the docs spell it.
 */
export const builtInAccountSpelling: Rule = {
  id: 'built-in-account-spelling',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) =>
    runAsUserNames(spec).flatMap(({ path, value }) => {
      const account = recognise(value);
      if (!account || account.runAsUserName === value) return [];
      return [
        {
          path,
          message: `"${value}" is the ${account.title} account, written differently from the documentation. Windows matches account names case-insensitively, but write it as the docs do: "${account.runAsUserName}".`,
        },
      ];
    }),
};
