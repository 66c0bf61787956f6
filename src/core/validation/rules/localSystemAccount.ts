import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { runAsUserNames } from '../support/windowsOptions';
import { toBuiltInAccount } from '@/core/model/windows';

/** LocalSystem has full control of the node; the docs advise LocalService where possible. */
export const localSystemAccount: Rule = {
  id: 'local-system-account',
  severity: 'info',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessUserAccount,
  check: ({ spec }) =>
    runAsUserNames(spec)
      .filter(({ value }) => toBuiltInAccount(value)?.id === 'LocalSystem')
      .map(({ path }) => ({
        path,
        message:
          'LocalSystem has full control of the node. Use it only if nothing smaller works: prefer NT AUTHORITY\\Local service (least privileged) or NT AUTHORITY\\NetworkService, or a local usergroup granted just the rights needed.',
      })),
};
