import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

const FIELDS = [
  // validateHostUsers names the last two with capitals: that is the path Kubernetes prints.
  ['hostNetwork', 'spec.hostNetwork'],
  ['hostPID', 'spec.HostPID'],
  ['hostIPC', 'spec.HostIPC'],
] as const;

/**
 * A user-namespaced pod (`hostUsers: false`) cannot share the host's network, PID or IPC namespace
 * (Kubernetes `validateHostUsers`; `validateHostUsers`).
 */
export const hostUsersHostNetwork: Rule = {
  id: 'host-users-host-network',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.userNamespaces,
  check: ({ spec }) =>
    spec.hostUsers !== false
      ? []
      : FIELDS.filter(([field]) => spec[field] === true).map(([, path]) => ({
          path,
          message: explain(
            fieldError.forbidden('when `pod.Spec.HostUsers` is false'),
            'User namespaces are Linux-only: remove hostUsers from a Windows pod.',
          ),
        })),
};
