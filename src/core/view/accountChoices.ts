import { BUILT_IN_ACCOUNTS, toAccountChoice, type AccountChoice } from '@/core/model/windows';

/** One card of the pod's account chooser. */
export interface AccountCard {
  value: AccountChoice;
  title: string;
  description: string;
  /** The runAsUserName the card writes, as shown on it. */
  runAs: string;
  /** A small badge beside the title, for the least and the most privileged account. */
  badge?: { label: string; tone: 'success' | 'warning' };
}

const BADGES: Partial<Record<AccountChoice, AccountCard['badge']>> = {
  LocalService: { label: 'Recommended', tone: 'success' },
  LocalSystem: { label: 'Full control', tone: 'warning' },
};

/** The cards of the account chooser; the group card shows the group's name once it is picked. */
export function accountCards(runAsUserName: string | null): AccountCard[] {
  const group = runAsUserName && toAccountChoice(runAsUserName) === 'group' ? runAsUserName : '';
  return [
    ...BUILT_IN_ACCOUNTS.map((account) => ({
      value: account.id,
      title: account.title,
      description: account.summary,
      runAs: account.runAsUserName,
      badge: BADGES[account.id],
    })),
    {
      value: 'group',
      title: 'Local usergroup',
      description:
        'A local group you create on the node and grant exactly what the workload needs.',
      runAs: group || '<group name>',
    },
  ];
}

/** The runAsUserName a card writes: a built-in account's, or the group's name typed before. */
export function runAsOfChoice(choice: AccountChoice, lastGroup: string): string {
  return BUILT_IN_ACCOUNTS.find((a) => a.id === choice)?.runAsUserName ?? lastGroup;
}

/** A container's own account: the pod's ("inherit"), a built-in account, or a local usergroup. */
export type OverrideChoice = 'inherit' | AccountChoice;

/** The choices of a container's account select. */
export const OVERRIDE_OPTIONS: ReadonlyArray<{ value: OverrideChoice; label: string }> = [
  { value: 'inherit', label: 'Same as the pod' },
  ...BUILT_IN_ACCOUNTS.map((a) => ({ value: a.id, label: `${a.title} (${a.runAsUserName})` })),
  { value: 'group', label: 'Local usergroup' },
];

/** The choice a container's runAsUserName shows as; null inherits the pod's. */
export function overrideChoice(runAsUserName: string | null): OverrideChoice {
  return runAsUserName === null ? 'inherit' : toAccountChoice(runAsUserName);
}

/** The runAsUserName a container choice writes: null for the pod's, '' for a group to be named. */
export function runAsOfOverride(choice: OverrideChoice): string | null {
  if (choice === 'inherit') return null;
  if (choice === 'group') return '';
  return runAsOfChoice(choice, '');
}
