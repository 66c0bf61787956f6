import { PRIVILEGE_FACTS } from '@/core/model/windowsPrivileges';
import type { WindowsFact } from '@/core/model/windowsFact';

/** The accounts the advisor chooses from, smallest first. */
export const ADVISED_ACCOUNTS = ['LocalService', 'NetworkService', 'group', 'LocalSystem'] as const;

/** One of the accounts the advisor recommends; `group` is a local usergroup with named grants. */
export type AdvisedAccount = (typeof ADVISED_ACCOUNTS)[number];

/** Something the workload must do on the node. */
export type NeedId =
  | 'read-host-files'
  | 'write-host-folders'
  | 'network-as-node'
  | 'read-etw'
  | 'read-event-logs'
  | 'change-networking'
  | 'control-services-drivers'
  | 'manage-disks'
  | 'change-registry'
  | 'node-administrator';

/** What a local usergroup is given for a need: membership of a built-in group, or host-path ACLs. */
export type GroupGrant =
  { kind: 'member-of'; builtInGroup: string } | { kind: 'host-paths'; rights: 'RX' | 'M' };

/** A need: the accounts that can meet it, why, the grant a usergroup gets for it, and the fact. */
export interface PrivilegeNeed {
  id: NeedId;
  /** The checkbox label. */
  label: string;
  /** Every advised account that can do this. */
  accounts: readonly AdvisedAccount[];
  /** One line: why the smallest of `accounts` is needed. */
  why: string;
  groupGrant?: GroupGrant;
  fact: WindowsFact;
}

const F = PRIVILEGE_FACTS;

/** The checklist, in the order the advisor shows it. */
export const NEEDS: readonly PrivilegeNeed[] = [
  {
    id: 'read-host-files',
    label: 'Read host files and folders it mounts',
    accounts: ['group', 'LocalSystem'],
    why: 'A local usergroup can be granted read access (icacls RX) to exactly the mounted host paths.',
    groupGrant: { kind: 'host-paths', rights: 'RX' },
    fact: F.localUsergroupGrants,
  },
  {
    id: 'write-host-folders',
    label: 'Write to host folders',
    accounts: ['group', 'LocalSystem'],
    why: 'A local usergroup can be granted modify access (icacls M) to exactly the writable host paths.',
    groupGrant: { kind: 'host-paths', rights: 'M' },
    fact: F.localUsergroupGrants,
  },
  {
    id: 'network-as-node',
    label: "Reach the network as the node's computer account",
    accounts: ['NetworkService', 'LocalSystem'],
    why: "NetworkService presents the node's computer credentials to remote servers; LocalService is anonymous there.",
    fact: F.networkServiceComputerAccount,
  },
  {
    id: 'read-etw',
    label: 'Read ETW traces (control or consume trace sessions)',
    accounts: ['LocalService', 'NetworkService', 'group', 'LocalSystem'],
    why: 'LocalService may control and consume event tracing sessions (a usergroup via Performance Log Users).',
    groupGrant: { kind: 'member-of', builtInGroup: 'Performance Log Users' },
    fact: F.etwServiceAccounts,
  },
  {
    id: 'read-event-logs',
    label: 'Read event logs (Application, System)',
    accounts: ['group', 'LocalSystem'],
    why: 'A local usergroup in Event Log Readers may read the event logs; the Security log needs LocalSystem.',
    groupGrant: { kind: 'member-of', builtInGroup: 'Event Log Readers' },
    fact: F.eventLogReaders,
  },
  {
    id: 'change-networking',
    label: 'Change networking (HNS networks, firewall, routes)',
    accounts: ['LocalSystem'],
    why: 'Programming HNS, routes and the firewall takes an administrator: the upstream CNI agents run as LocalSystem.',
    fact: F.networkAgentsRunAsSystem,
  },
  {
    id: 'control-services-drivers',
    label: 'Install or control services or drivers',
    accounts: ['LocalSystem'],
    why: 'Loading drivers and managing services takes SeLoadDriverPrivilege and Administrators: only LocalSystem has them.',
    fact: F.localSystemAdministrator,
  },
  {
    id: 'manage-disks',
    label: 'Manage disks and volumes',
    accounts: ['LocalSystem'],
    why: 'Volume management takes SeManageVolumePrivilege, which only LocalSystem holds (csi-proxy runs as LocalSystem).',
    fact: F.localSystemAdministrator,
  },
  {
    id: 'change-registry',
    label: "Change the node's registry (HKEY_LOCAL_MACHINE)",
    accounts: ['LocalSystem'],
    why: 'LocalService and NetworkService write only their own HKEY_CURRENT_USER; machine keys take Administrators.',
    fact: F.localSystemAdministrator,
  },
  {
    id: 'node-administrator',
    label: "Run as the node's administrator",
    accounts: ['LocalSystem'],
    why: "LocalSystem's token includes BUILTIN\\Administrators.",
    fact: F.localSystemAdministrator,
  },
];

/** The need with this id. */
export function needById(id: NeedId): PrivilegeNeed {
  const need = NEEDS.find((candidate) => candidate.id === id);
  if (!need) throw new Error(`unknown need ${id}`);
  return need;
}
