import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

/** A user-namespaced pod (`hostUsers: false`) cannot use the host network (reference rule 34). */
export const hostUsersHostNetwork: Rule = {
  id: 'host-users-host-network',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.userNamespaces,
  check: ({ spec }) =>
    spec.hostUsers === false && spec.hostNetwork === true
      ? [
          {
            path: 'spec.hostNetwork',
            message: explain(
              fieldError.forbidden('when `pod.Spec.HostUsers` is false'),
              'User namespaces are Linux-only: remove hostUsers from a Windows pod.',
            ),
          },
        ]
      : [],
};
