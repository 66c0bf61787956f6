import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNameErrors } from '../support/runAsUserName';
import { runAsUserNames } from '../support/windowsOptions';

/**
 * A local usergroup must exist on the node before the pod starts; the kubelet creates an
 * ephemeral user in it (docs, "Local accounts"). Invalid names are left to `user-group-name`.
 */
export const localUsergroupPrepare: Rule = {
  id: 'local-usergroup-prepare',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessUserAccount,
  check: ({ spec }) =>
    runAsUserNames(spec)
      .filter(({ value }) => !value.includes('\\') && runAsUserNameErrors(value).length === 0)
      .map(({ path, value }) => ({
        path,
        message: `"${value}" is a local usergroup: it must exist on every node before the pod starts (e.g. net localgroup ${value} /add, run by an earlier HostProcess container as a service account), with access granted to what the workload needs (icacls).`,
      })),
};
