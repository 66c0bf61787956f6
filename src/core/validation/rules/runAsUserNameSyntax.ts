import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { runAsUserNameErrors } from '../support/runAsUserName';
import { runAsUserNames } from '../support/windowsOptions';

/** `DOMAIN\user` syntax of runAsUserName values that contain a backslash (Kubernetes `validateWindowsSecurityContextOptions`). */
export const runAsUserNameSyntax: Rule = {
  id: 'run-as-user-name',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.runAsUserName,
  check: ({ spec }) =>
    runAsUserNames(spec)
      .filter(({ value }) => value.includes('\\'))
      .flatMap(({ path, value }) =>
        runAsUserNameErrors(value).map((detail) => ({
          path,
          message: explain(
            fieldError.invalid(detail),
            'Write the account as DOMAIN\\user with exactly one backslash (in YAML double quotes, type it as \\\\), e.g. "NT AUTHORITY\\\\Local service".',
          ),
        })),
      ),
};
