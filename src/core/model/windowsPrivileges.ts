import type { WindowsFact } from './windowsFact';

/**
 * What each account may do on a Windows node, as facts with their sources: the advisor maps the
 * workload's needs to the smallest account through these.
 */

const LOCAL_SERVICE_PAGE =
  'https://learn.microsoft.com/en-us/windows/win32/services/localservice-account';
const NETWORK_SERVICE_PAGE =
  'https://learn.microsoft.com/en-us/windows/win32/services/networkservice-account';
const LOCAL_SYSTEM_PAGE =
  'https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account';
const HOSTPROCESS_PAGE =
  'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/';
const SIG_WINDOWS_TOOLS = 'kubernetes-sigs/sig-windows-tools';

/** Every privilege fact the advisor cites, by id. */
export const PRIVILEGE_FACTS = {
  localServiceMinimal: {
    id: 'local-service-minimal',
    claim:
      'LocalService has minimum privileges on the node (those of Users and Authenticated Users) and presents anonymous credentials on the network; the docs call it the least privileged of the three built-in accounts.',
    sources: [
      { url: LOCAL_SERVICE_PAGE },
      { url: HOSTPROCESS_PAGE, section: 'Choosing a user account' },
    ],
  },
  networkServiceComputerAccount: {
    id: 'network-service-computer-account',
    claim:
      "NetworkService has the same minimum privileges on the node as LocalService but presents the computer's credentials (the node's computer account) to remote servers.",
    sources: [{ url: NETWORK_SERVICE_PAGE }],
  },
  localSystemAdministrator: {
    id: 'local-system-administrator',
    claim:
      "LocalSystem's token includes NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators, which have access to most system objects; it holds the privileges to load drivers (SeLoadDriverPrivilege), manage volumes (SeManageVolumePrivilege) and open HKEY_LOCAL_MACHINE\\SECURITY, none of which LocalService or NetworkService have.",
    sources: [{ url: LOCAL_SYSTEM_PAGE }, { url: LOCAL_SERVICE_PAGE }],
  },
  etwServiceAccounts: {
    id: 'etw-service-accounts',
    claim:
      'LocalService, NetworkService and LocalSystem (and members of Performance Log Users) may control event tracing sessions and consume their events; only administrators and LocalSystem may control the NT Kernel Logger session.',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/windows/win32/etw/controlling-event-tracing-sessions',
      },
      {
        url: 'https://learn.microsoft.com/en-us/windows/win32/api/evntcons/nf-evntcons-eventaccesscontrol',
        section: 'Remarks',
      },
    ],
  },
  eventLogReaders: {
    id: 'event-log-readers',
    claim:
      'Access to the Application, System and custom event logs is granted per account (members of the built-in Event Log Readers group may read them); the Security log needs SeSecurityPrivilege.',
    sources: [
      { url: 'https://learn.microsoft.com/en-us/windows/win32/eventlog/event-logging-security' },
      {
        url: 'https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/understand-security-groups',
        section: 'Event Log Readers',
      },
    ],
  },
  localUsergroupGrants: {
    id: 'local-usergroup-grants',
    claim:
      'A HostProcess container may run as a local usergroup created beforehand with net localgroup: an ephemeral local user joined to the group runs the process, with only the access granted to the group (for files, with icacls).',
    sources: [{ url: HOSTPROCESS_PAGE, section: 'Running as a local usergroup' }],
  },
  icaclsRights: {
    id: 'icacls-rights',
    claim:
      'icacls /grant with (OI)(CI) applies to the folder, its files and subfolders; RX is read and execute, M is modify (read, write, delete).',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/icacls',
      },
    ],
  },
  networkAgentsRunAsSystem: {
    id: 'network-agents-run-as-system',
    claim:
      "The upstream CNI and kube-proxy HostProcess DaemonSets, which program HNS networks, routes and firewall rules, run as NT AUTHORITY\\SYSTEM; so do csi-proxy, which manages the node's disks and volumes.",
    sources: [
      {
        repo: SIG_WINDOWS_TOOLS,
        path: 'hostprocess/calico/kube-proxy/kube-proxy.yml',
        commit: 'c9be1f0a9e95a34fda91bb7e8fc519e3447d8d93',
      },
      {
        repo: SIG_WINDOWS_TOOLS,
        path: 'hostprocess/flannel/flanneld/flannel-overlay.yml',
        commit: '06efd117064e1cf8e2afd054c82d58d176883101',
      },
      {
        repo: SIG_WINDOWS_TOOLS,
        path: 'hostprocess/csi-proxy/csi-proxy.yaml',
        commit: '8cb5dc764ee442b01fc8e49736c358afefc6183c',
      },
    ],
  },
} as const satisfies Record<string, WindowsFact>;

/** The privilege facts as a list, for tests and the facts index. */
export const PRIVILEGE_FACT_LIST: readonly WindowsFact[] = Object.values(PRIVILEGE_FACTS);
