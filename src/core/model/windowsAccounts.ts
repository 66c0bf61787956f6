import type { WindowsFact } from './windowsFact';
import {
  at,
  CONTAINERD,
  CONTAINERD_1_6,
  HCSSHIM,
  HCSSHIM_0_9,
  hostProcessDocs,
  KUBERNETES,
  SIG_WINDOWS_TOOLS,
  WINDOWS_EXPORTER,
} from './windowsSources';

const LOGON = at(HCSSHIM, 'internal/jobcontainers/logon.go', 'processToken');

/** How a HostProcess container's runAsUserName becomes a Windows logon, and what each account may do. */
export const ACCOUNT_FACTS = {
  serviceLogonExactDomain: {
    id: 'service-logon-exact-domain',
    claim:
      'hcsshim logs a built-in account on as a service only when the domain is exactly "NT AUTHORITY" (a case-sensitive comparison); any other spelling of the domain gets an interactive logon without a password, which fails, so the container does not start.',
    sources: [LOGON, at(HCSSHIM_0_9, 'internal/jobcontainers/logon.go', 'processToken')],
  },
  userPartAnyCase: {
    id: 'user-part-any-case',
    claim:
      'Windows matches the account name after the backslash without regard to letter case, so NT AUTHORITY\\system logs on as NT AUTHORITY\\SYSTEM does (sig-windows-tools, Calico and windows_exporter ship it that way).',
    sources: [
      LOGON,
      at(SIG_WINDOWS_TOOLS, 'hostprocess/calico/kube-proxy/kube-proxy.yml'),
      at(WINDOWS_EXPORTER, 'kubernetes/windows-exporter-daemonset.yaml'),
      { url: 'https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-logonuserw' },
    ],
  },
  otherDomainCannotLogOn: {
    id: 'other-domain-cannot-log-on',
    claim:
      'For any domain other than NT AUTHORITY, hcsshim asks Windows for an interactive logon with no password, which fails for every account that has a password: the container does not start. The Kubernetes docs say HostProcess containers can run as any user of the host or its domain; the code that runs on the node does not support that.',
    sources: [LOGON, hostProcessDocs('Create a Windows HostProcess Pod (introduction)')],
  },
  bareNameIsLocalGroup: {
    id: 'bare-name-is-local-group',
    claim:
      'A runAsUserName without a backslash names a local group that must already exist on the node: containerd (through hcsshim) then creates a new local user with a random password for each container, named after the container id, adds it to that group and runs the container as it. If no group of that name exists, the name is logged on as a user without a password, which fails.',
    sources: [
      LOGON,
      at(HCSSHIM, 'internal/jobcontainers/logon.go', 'makeLocalAccount'),
      hostProcessDocs('Local accounts'),
    ],
  },
  usergroupsNeedContainerd17: {
    id: 'usergroups-need-containerd-1-7',
    claim:
      'Local usergroups need containerd 1.7 or newer: containerd 1.6 ships hcsshim 0.9, which has no group support and logs the group name on as a user without a password, so the container does not start (the Kubernetes docs state the same requirement).',
    sources: [
      hostProcessDocs('Local accounts (note: requires containerd v1.7+)'),
      at(CONTAINERD_1_6, 'go.mod', 'github.com/Microsoft/hcsshim v0.9.12'),
      at(HCSSHIM_0_9, 'internal/jobcontainers/logon.go', 'processToken'),
    ],
  },
  adminGroups: {
    id: 'admin-groups',
    claim:
      'Members of Administrators have full control of the node, and a few other built-in groups give rights that amount to the same (Backup Operators can read and overwrite any file, Hyper-V Administrators control every virtual machine): the ephemeral user of a usergroup in one of them is effectively an administrator.',
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/windows-server/identity/ad-ds/manage/understand-security-groups',
        section: 'Default security groups',
      },
    ],
  },
  inheritUserAnnotation: {
    id: 'inherit-user-annotation',
    claim:
      "With the annotation microsoft.com/hostprocess-inherit-user: \"true\" hcsshim ignores runAsUserName and gives the process the token of containerd's shim, that is the account containerd runs as (LocalSystem on a standard install). containerd hands a pod annotation to the runtime only when the runtime's pod_annotations lists it; containerd's default Windows runtime (runhcs-wcow-process) lists none, so unless the node's containerd configuration adds it the annotation does nothing.",
    sources: [
      at(HCSSHIM, 'internal/jobcontainers/jobcontainer.go', 'CreateProcess'),
      at(HCSSHIM, 'internal/jobcontainers/oci.go', 'inheritUserTokenIsSet'),
      at(HCSSHIM, 'pkg/annotations/annotations.go', 'HostProcessInheritUser'),
      at(CONTAINERD, 'internal/cri/config/config_windows.go', 'DefaultRuntimeConfig'),
    ],
  },
  gmsaNotApplied: {
    id: 'gmsa-not-applied',
    claim:
      "A HostProcess container does not use a gMSA credential spec: hcsshim starts it as a job object and never reads the spec. On the network its processes are the runAsUserName account: LocalSystem and NetworkService present the node's computer account, LocalService presents anonymous credentials, and a usergroup's ephemeral user is a local account with no domain identity.",
    sources: [
      at(HCSSHIM, 'cmd/containerd-shim-runhcs-v1/task_hcs.go', 'createContainer'),
      at(HCSSHIM, 'internal/jobcontainers/jobcontainer.go', 'Create'),
      { url: 'https://learn.microsoft.com/en-us/windows/win32/services/networkservice-account' },
      { url: 'https://learn.microsoft.com/en-us/windows/win32/services/localservice-account' },
    ],
  },
  runAsNonRootNotEnforced: {
    id: 'run-as-non-root-not-enforced',
    claim:
      "The Kubernetes docs say runAsNonRoot cannot be true for a HostProcess container, but nothing enforces it today: the API server and Pod Security Admission do not check it, and the kubelet's Windows verifyRunAsNonRoot refuses only the user ContainerAdministrator.",
    sources: [
      hostProcessDocs('HostProcess Pod configuration requirements'),
      at(KUBERNETES, 'pkg/kubelet/kuberuntime/security_context_windows.go', 'verifyRunAsNonRoot'),
    ],
  },
  localService: {
    id: 'local-service-account',
    claim:
      'LocalService (NT AUTHORITY\\Local service) has minimal rights on the node and presents anonymous credentials on the network: the least privileged built-in account.',
    sources: [
      { url: 'https://learn.microsoft.com/en-us/windows/win32/services/localservice-account' },
      hostProcessDocs('System accounts'),
    ],
  },
  networkService: {
    id: 'network-service-account',
    claim:
      "NetworkService (NT AUTHORITY\\NetworkService) has minimal rights on the node but presents the node's computer account on the network.",
    sources: [
      { url: 'https://learn.microsoft.com/en-us/windows/win32/services/networkservice-account' },
    ],
  },
  localSystem: {
    id: 'local-system-account',
    claim:
      'LocalSystem (NT AUTHORITY\\SYSTEM) has full control of the node; the docs advise it only when nothing smaller can do the job.',
    sources: [
      { url: 'https://learn.microsoft.com/en-us/windows/win32/services/localsystem-account' },
      hostProcessDocs('System accounts'),
    ],
  },
  etwSessionAccounts: {
    id: 'etw-session-accounts',
    claim:
      'Administrators, members of Performance Log Users, and processes running as LocalSystem, LocalService or NetworkService can control ETW trace sessions and consume their events.',
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
} as const satisfies Record<string, WindowsFact>;
