import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, isRecord, scalarText } from '../support/read';
import { targetMinor } from '../support/targetVersion';

const RELAXED_MESSAGE =
  "a valid environment variable name must consist only of printable ASCII characters other than '='";
const STRICT_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit";
// RelaxedEnvironmentVariableValidation is on by default from 1.32 (beta) and GA in 1.34.
const FIRST_RELAXED_MINOR = 32;

/** Environment variable names (Kubernetes `validateEnv`), by the target cluster's rules. */
export const envVarNames: Rule = {
  id: 'env-var-names',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.env,
  check: ({ spec }, target) => {
    const relaxed = targetMinor(target) >= FIRST_RELAXED_MINOR;
    const valid = relaxed ? /^[\x20-\x3c\x3e-\x7e]+$/ : /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
    const hits: Array<{ path: string; message: string }> = [];
    for (const { container, path } of visitContainers(spec)) {
      asArray(container.env).forEach((env, index) => {
        if (!isRecord(env)) return;
        const name: unknown = env.name;
        const envPath = `${path}.env[${index}].name`;
        if (name === undefined || name === null || name === '') {
          hits.push({
            path: envPath,
            message: explain(fieldError.required(), 'Name the variable.'),
          });
        } else if (!valid.test(scalarText(name))) {
          hits.push({
            path: envPath,
            message: explain(
              fieldError.invalid(relaxed ? RELAXED_MESSAGE : STRICT_MESSAGE),
              relaxed
                ? 'Remove = and non-ASCII or control characters from the name.'
                : 'This cluster version accepts only letters, digits, _, - and . (not starting with a digit).',
            ),
          });
        }
      });
    }
    return hits;
  },
};
