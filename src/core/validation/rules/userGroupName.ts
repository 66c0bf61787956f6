import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { runAsUserNameErrors } from '../support/runAsUserName';
import { runAsUserNames } from '../support/windowsOptions';

/**
 * A runAsUserName without a backslash names a local usergroup (every built-in account has one).
 * The API server's runAsUserName checks are what reject a bad group name, so this rule reports
 * them; `run-as-user-name` covers DOMAIN\user values, and no value is reported twice.
 */
export const userGroupName: Rule = {
  id: 'user-group-name',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessUserAccount,
  check: ({ spec }) =>
    runAsUserNames(spec)
      .filter(({ value }) => !value.includes('\\'))
      .flatMap(({ path, value }) =>
        runAsUserNameErrors(value).map((detail) => ({
          path,
          message: explain(
            fieldError.invalid(detail),
            value.length === 0
              ? 'Name a built-in account (e.g. NT AUTHORITY\\Local service) or a local usergroup that exists on the node, or remove the field.'
              : 'A local usergroup name must be non-empty and contain none of " / \\ [ ] : ; | = , + * ? < > @.',
          ),
        })),
      ),
};
