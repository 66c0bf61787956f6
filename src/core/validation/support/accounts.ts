import type { PodSpec } from 'kubernetes-types/core/v1';

import { isHostProcessPod } from './containers';
import { runAsUserNames } from './windowsOptions';

/** The only domain hcsshim logs on as a service, spelt as it compares it (case-sensitively). */
export const NT_AUTHORITY = 'NT AUTHORITY';

/** A runAsUserName split at its backslash as hcsshim splits it: `user` alone has no domain. */
export interface AccountName {
  domain?: string;
  user: string;
}

/** The domain and user of a runAsUserName; undefined when it has more than one backslash. */
export function splitAccount(value: string): AccountName | undefined {
  const parts = value.split('\\');
  if (parts.length === 1) return { user: value };
  if (parts.length === 2) return { domain: parts[0] ?? '', user: parts[1] ?? '' };
  return undefined;
}

/** True for `NT AUTHORITY` in any letter case. */
export function isNtAuthorityAnyCase(domain: string): boolean {
  return domain.toUpperCase() === NT_AUTHORITY;
}

/**
 * The runAsUserName values of a HostProcess pod, where hcsshim turns them into a Windows logon.
 * Other Windows pods resolve the name inside the container image, which these facts do not cover.
 */
export function hostProcessAccounts(
  spec: PodSpec,
): Array<{ path: string; value: string; account: AccountName }> {
  if (!isHostProcessPod(spec)) return [];
  return runAsUserNames(spec).flatMap(({ path, value }) => {
    const account = splitAccount(value);
    return account ? [{ path, value, account }] : [];
  });
}
