import type { Draft } from '@/core/model/draft';
import { BUILT_IN_ACCOUNTS, toBuiltInAccount } from '@/core/model/windows';
import { PRIVILEGE_FACTS } from '@/core/model/windowsPrivileges';

import { hostPathGrants, type HostPathGrant } from './hostPathGrants';
import {
  ADVISED_ACCOUNTS,
  type AdvisedAccount,
  NEEDS,
  type NeedId,
} from '@/core/model/windowsNeeds';

/** The group name the docs use when the Draft does not name one yet. */
export const DEFAULT_GROUP = 'hpc-localgroup';

/** One ticked need and why it asks for at least the recommended account. */
export interface AdviceReason {
  need: NeedId;
  label: string;
  why: string;
  factId: string;
}

/** What a local usergroup needs before the pod starts: the commands, in order. */
export interface GroupPreparation {
  group: string;
  /** `net localgroup` to create the group, then memberships of built-in groups. */
  netLocalgroup: string[];
  /** One `icacls` grant per mounted host path, read (RX) or modify (M). */
  grants: HostPathGrant[];
}

/** The smallest account for the ticked needs, why, and for a usergroup how to prepare it. */
export interface Advice {
  account: AdvisedAccount;
  /** The runAsUserName to write: a built-in account, or the group's name. */
  runAsUserName: string;
  /** One line saying why this account, when nothing is ticked. */
  summary: string;
  reasons: AdviceReason[];
  preparation?: GroupPreparation;
  /** The facts the advice rests on, by id. */
  factIds: string[];
}

const TITLES: Record<AdvisedAccount, string> = {
  LocalService: 'LocalService',
  NetworkService: 'NetworkService',
  group: 'a local usergroup with named grants',
  LocalSystem: 'LocalSystem',
};

function builtInName(account: Exclude<AdvisedAccount, 'group'>): string {
  return BUILT_IN_ACCOUNTS.find((candidate) => candidate.id === account)!.runAsUserName;
}

/**
 * The parts of a Draft the advisor reads. A form that passes only these (each kept while unchanged)
 * re-advises only when one of them changes, not on every edit of the Draft.
 */
export type AdvisedDraft = Pick<Draft, 'user' | 'containers' | 'initContainers' | 'volumes'>;

/** The group the Draft runs as already, else the docs' example name. */
export function groupNameOf(draft: Pick<Draft, 'user'>): string {
  const name = draft.user.runAsUserName;
  if (name === null || name.trim() === '' || name.includes('\\')) return DEFAULT_GROUP;
  return toBuiltInAccount(name) ? DEFAULT_GROUP : name;
}

function quotedGroup(name: string): string {
  return /\s/.test(name) ? `"${name}"` : name;
}

/**
 * The smallest account that can do everything ticked (LocalService, NetworkService, a local
 * usergroup, LocalSystem, in that order), one line of why per need, and for a usergroup the exact
 * preparation: `net localgroup` and the `icacls` grant for each host path the pod mounts. Pure.
 */
export function adviseAccount(needs: readonly NeedId[], draft: AdvisedDraft): Advice {
  const ticked = NEEDS.filter((need) => needs.includes(need.id));
  const account =
    ADVISED_ACCOUNTS.find((candidate) =>
      ticked.every((need) => need.accounts.includes(candidate)),
    ) ?? 'LocalSystem';
  const reasons = ticked.map((need) => ({
    need: need.id,
    label: need.label,
    why: need.why,
    factId: need.fact.id,
  }));
  const factIds = [
    ...new Set([PRIVILEGE_FACTS.localServiceMinimal.id, ...reasons.map((r) => r.factId)]),
  ];
  const summary =
    ticked.length === 0
      ? 'Nothing ticked: LocalService, the least privileged account, is enough.'
      : `${TITLES[account]} is the smallest account that can do all ${ticked.length === 1 ? 'of this' : `${ticked.length} of these`}.`;
  if (account !== 'group') {
    return { account, runAsUserName: builtInName(account), summary, reasons, factIds };
  }
  const group = groupNameOf(draft);
  const memberships = ticked.flatMap((need) =>
    need.groupGrant?.kind === 'member-of'
      ? [`net localgroup "${need.groupGrant.builtInGroup}" ${quotedGroup(group)} /add`]
      : [],
  );
  return {
    account,
    runAsUserName: group,
    summary,
    reasons,
    factIds: [...factIds, PRIVILEGE_FACTS.icaclsRights.id],
    preparation: {
      group,
      netLocalgroup: [`net localgroup ${quotedGroup(group)} /add`, ...memberships],
      grants: hostPathGrants(draft, group, needs.includes('write-host-folders')),
    },
  };
}
