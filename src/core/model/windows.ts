/**
 * The HostProcess choices the form offers. What each one does on a node is a Windows fact
 * (windowsAccounts.ts and its siblings), quoted here rather than restated.
 */
import { ACCOUNT_FACTS } from './windowsAccounts';

/** The documentation page every HostProcess rule points back to. */
export const HOSTPROCESS_DOC_URL =
  'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/';

/** The built-in Windows service accounts, least privileged first. */
export const BUILT_IN_ACCOUNTS = [
  {
    id: 'LocalService',
    runAsUserName: 'NT AUTHORITY\\Local service',
    title: 'LocalService',
    summary: ACCOUNT_FACTS.localService.claim,
    privilegeRank: 1,
  },
  {
    id: 'NetworkService',
    runAsUserName: 'NT AUTHORITY\\NetworkService',
    title: 'NetworkService',
    summary: ACCOUNT_FACTS.networkService.claim,
    privilegeRank: 2,
  },
  {
    id: 'LocalSystem',
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    title: 'LocalSystem',
    summary: ACCOUNT_FACTS.localSystem.claim,
    privilegeRank: 3,
  },
] as const;

/** One of the three built-in service account ids. */
export type BuiltInAccountId = (typeof BUILT_IN_ACCOUNTS)[number]['id'];

/** What the account chooser shows: a built-in account, or a local usergroup (any other name). */
export type AccountChoice = BuiltInAccountId | 'group';

/** The node-selector label that keeps the pod on Windows nodes. */
export const WINDOWS_OS_LABEL = { key: 'kubernetes.io/os', value: 'windows' } as const;

/** The HostProcess base image suggested for new containers. */
export const HOSTPROCESS_BASE_IMAGE =
  'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0';

/**
 * Which built-in account a runAsUserName means, whatever its letter case. Whether that spelling
 * logs on is the validator's business (`account-domain-case`).
 */
export function toBuiltInAccount(
  runAsUserName: string,
): (typeof BUILT_IN_ACCOUNTS)[number] | undefined {
  const wanted = runAsUserName.trim().toLowerCase();
  return BUILT_IN_ACCOUNTS.find((account) => account.runAsUserName.toLowerCase() === wanted);
}

/** The chooser card a runAsUserName belongs to. */
export function toAccountChoice(runAsUserName: string): AccountChoice {
  return toBuiltInAccount(runAsUserName)?.id ?? 'group';
}
