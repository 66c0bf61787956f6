import type { Advice } from '@/core/advisor/adviseAccount';
import type { HostPathGrant } from '@/core/advisor/hostPathGrants';

const TITLES = {
  LocalService: 'LocalService',
  NetworkService: 'NetworkService',
  group: 'A local usergroup',
  LocalSystem: 'LocalSystem',
} as const;

/** "Smallest account: LocalService", or for a usergroup with its name: "… (hpc-localgroup)". */
export function adviceHeadline(advice: Pick<Advice, 'account' | 'runAsUserName'>): string {
  const group = advice.account === 'group' ? ` (${advice.runAsUserName})` : '';
  return `Smallest account: ${TITLES[advice.account]}${group}`;
}

/** "Modify grant for C:\logs": the accessible name of a grant's copyable command. */
export function grantLabel(grant: Pick<HostPathGrant, 'rights' | 'path'>): string {
  return `${grant.rights === 'M' ? 'Modify' : 'Read'} grant for ${grant.path}`;
}
