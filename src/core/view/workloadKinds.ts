import type { WorkloadKind } from '@/core/model/draft';

/** The workload kinds the form offers, each with when to pick it. */
export const WORKLOAD_KINDS: ReadonlyArray<{
  value: WorkloadKind;
  title: string;
  description: string;
}> = [
  {
    value: 'DaemonSet',
    title: 'DaemonSet',
    description:
      'One pod on every Windows node: agents, CNI, kube-proxy, log shippers. The usual choice.',
  },
  {
    value: 'Pod',
    title: 'Pod',
    description: 'A single pod on one node: a quick test or a one-off debugging session.',
  },
  {
    value: 'Deployment',
    title: 'Deployment',
    description: 'A fixed number of replicas somewhere in the Windows pool.',
  },
  {
    value: 'Job',
    title: 'Job',
    description: 'Runs once to completion: patching, collecting diagnostics, a node fix-up.',
  },
];
