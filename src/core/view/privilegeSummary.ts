import type { Draft } from '@/core/model/draft';
import { toBuiltInAccount } from '@/core/model/windows';
import type { FailingCheck, PodSecurityLevel } from '@/core/validation/podSecurityLevel';

/** One account a container runs as. */
export interface ContainerAccount {
  container: string;
  /** The effective runAsUserName; null when neither the container nor the pod sets one. */
  runAsUserName: string | null;
  /** Built-in account title (LocalSystem …) or "Local usergroup". */
  title: string;
  /** 1 = LocalService … 3 = LocalSystem; 0 for a local usergroup (as much as the group is granted). */
  privilegeRank: number;
}

/** What the workload may do on the node, in the words the Review section shows. */
export interface PrivilegeSummary {
  accounts: ContainerAccount[];
  /** The most privileged account any container runs as. */
  highest: ContainerAccount | undefined;
  /** Each way the pod reaches into the node beyond its account rights. */
  hostAccess: string[];
  /** The Pod Security level the namespace must allow; undefined when not validated. */
  podSecurityLevel: PodSecurityLevel | undefined;
  /** The namespace label that admits the pod. */
  namespaceLabel: string | undefined;
  /** Why a stricter level refuses it. */
  failingChecks: string[];
}

function accountOf(container: string, runAsUserName: string | null): ContainerAccount {
  const builtIn = runAsUserName === null ? undefined : toBuiltInAccount(runAsUserName);
  return {
    container,
    runAsUserName,
    title: builtIn?.title ?? (runAsUserName === null ? 'Not set' : 'Local usergroup'),
    privilegeRank: builtIn?.privilegeRank ?? 0,
  };
}

/**
 * The privilege the Draft asks for: the account of each container (its override, else the pod's),
 * host access, and the Pod Security level the validator computed for the workload.
 */
export function toPrivilegeSummary(
  draft: Draft,
  workload?: { podSecurityLevel: PodSecurityLevel; failingChecks: readonly FailingCheck[] },
): PrivilegeSummary {
  const pod = draft.user.runAsUserName;
  const accounts = [...draft.initContainers, ...draft.containers].map((c) =>
    accountOf(c.name, c.runAsUserName ?? pod),
  );
  const highest = accounts.reduce<ContainerAccount | undefined>(
    (top, a) => (!top || a.privilegeRank > top.privilegeRank ? a : top),
    undefined,
  );
  const hostAccess = [
    'Host network: the pod uses the node’s IP address and ports (always, for HostProcess).',
  ];
  for (const volume of draft.volumes) {
    if (volume.hostPath)
      hostAccess.push(`Host path ${volume.hostPath.path} (volume ${volume.name}).`);
  }
  for (const c of draft.containers) {
    for (const port of c.ports) {
      hostAccess.push(`Host port ${port.hostPort ?? port.containerPort} (container ${c.name}).`);
    }
  }
  const level = workload?.podSecurityLevel;
  return {
    accounts,
    highest,
    hostAccess,
    podSecurityLevel: level,
    namespaceLabel: level ? `pod-security.kubernetes.io/enforce: ${level}` : undefined,
    failingChecks: (workload?.failingChecks ?? []).map((f) => `${f.reason}: ${f.detail}`),
  };
}
