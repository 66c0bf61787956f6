import { recognise } from '@/core/validation/rules/builtInAccountSpelling';

import { valueAtPath } from './fieldPath';
import type { Fixer } from './fixer';

const DOMAIN = 'NT AUTHORITY';

/**
 * `nt authority\x` → `NT AUTHORITY\x`: the domain in capitals, the user part as written; for a
 * built-in account, its documented spelling (the same account: Windows ignores case), so that this
 * repair and the built-in spelling one agree whichever is applied first.
 */
const capitaliseDomain: Fixer = (finding, object) => {
  const value = valueAtPath(object, finding.path);
  if (typeof value !== 'string') return undefined;
  const cut = value.indexOf('\\');
  if (cut < 0 || value.slice(0, cut).toUpperCase() !== DOMAIN || value.slice(0, cut) === DOMAIN)
    return undefined;
  const fixed = recognise(value)?.runAsUserName ?? `${DOMAIN}${value.slice(cut)}`;
  return { kind: 'set', label: `write “${fixed}”`, path: finding.path, value: fixed };
};

/** A built-in account spelt differently from the docs: write the docs' spelling. */
const docsSpelling: Fixer = (finding, object) => {
  const value = valueAtPath(object, finding.path);
  if (typeof value !== 'string') return undefined;
  const account = recognise(value);
  if (!account || account.runAsUserName === value) return undefined;
  return {
    kind: 'set',
    label: `write “${account.runAsUserName}”`,
    path: finding.path,
    value: account.runAsUserName,
  };
};

/** Fixers for the account name, by rule id. */
export const ACCOUNT_FIXERS: Readonly<Record<string, Fixer>> = {
  'account-domain-case': capitaliseDomain,
  'built-in-account-spelling': docsSpelling,
};
