import { BUILT_IN_ACCOUNTS, HOSTPROCESS_DOC_URL } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/**
 * The local usergroup of the Kubernetes HostProcess page's example: a HostProcess container may
 * run as a local usergroup instead of a built-in account (containerd 1.7+). Source:
 * ../shared/reference/create-hostprocess-pod.md, "Running HostProcess containers as local user accounts".
 */
export const EXAMPLE_USERGROUP = 'hpc-localgroup';

/** The runAsUserName values a HostProcess container may use: the three accounts, then a usergroup. */
export const RUN_AS_USER_NAMES: ReadonlyArray<{ value: string; detail: string }> = [
  ...BUILT_IN_ACCOUNTS.map((account) => ({
    value: account.runAsUserName,
    detail: `${account.title}: ${account.summary}`,
  })),
  {
    value: EXAMPLE_USERGROUP,
    detail: `A local usergroup (this is the docs’ example name). ${ACCOUNT_FACTS.bareNameIsLocalGroup.claim} ${ACCOUNT_FACTS.usergroupsNeedContainerd17.claim}`,
  },
];

/** HostProcess guidance for one field: short lines of advice and where they come from. */
export interface FieldGuidance {
  lines: readonly string[];
  docUrl: string;
}

const GUIDANCE: Readonly<Record<string, FieldGuidance>> = {
  runAsUserName: {
    lines: RUN_AS_USER_NAMES.map(({ value, detail }) => `${value} — ${detail}`),
    docUrl: HOSTPROCESS_DOC_URL,
  },
  hostProcess: {
    lines: [
      'true runs the container as a process on the node, with the account in runAsUserName. Every container of a HostProcess pod must be HostProcess, and the pod needs hostNetwork: true and a privileged namespace.',
    ],
    docUrl: HOSTPROCESS_DOC_URL,
  },
  hostNetwork: {
    lines: ['A HostProcess pod must use the node’s network namespace: set it to true.'],
    docUrl: HOSTPROCESS_DOC_URL,
  },
};

/** The HostProcess guidance for a field key, when the builder has some. */
export function guidanceFor(key: string): FieldGuidance | undefined {
  return GUIDANCE[key];
}
