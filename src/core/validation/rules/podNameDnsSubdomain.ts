import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123SubdomainErrors } from '../support/names';
import { scalarText } from '../support/read';

/**
 * `ValidateObjectMeta` checks a generateName as a name prefix: a trailing `-` is allowed
 * (`maskTrailingDash`), the rest must be a DNS-1123 subdomain.
 */
function generateNameErrors(generateName: unknown): Array<{ path: string; message: string }> {
  if (typeof generateName !== 'string' || generateName === '') return [];
  const masked =
    generateName.length > 1 && generateName.endsWith('-')
      ? `${generateName.slice(0, -2)}a`
      : generateName;
  return dns1123SubdomainErrors(masked).map((detail) => ({
    path: 'metadata.generateName',
    message: explain(
      fieldError.invalid(detail),
      'A generateName is a name prefix: lower-case letters, digits, - and ., e.g. my-job-.',
    ),
  }));
}

/**
 * `metadata.name` is required and must be a DNS-1123 subdomain (Kubernetes `ValidateObjectMeta`, `ValidatePodName`). A controller's
 * pod template has no validated name, so the rule skips templates.
 */
export const podNameDnsSubdomain: Rule = {
  id: 'pod-name-dns-subdomain',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.names,
  check: ({ metadata }, _target, context) => {
    if (context?.isTemplate === true) return [];
    const hits = generateNameErrors(metadata.generateName);
    const name: unknown = metadata.name;
    if (name === undefined || name === null || name === '') {
      const generateName: unknown = metadata.generateName;
      if (typeof generateName === 'string' && generateName !== '') return hits;
      return [
        {
          path: 'metadata.name',
          message: explain(
            fieldError.required('name or generateName is required'),
            'Give the object a name, e.g. my-hostprocess-pod.',
          ),
        },
      ];
    }
    return [
      ...hits,
      ...dns1123SubdomainErrors(scalarText(name)).map((detail) => ({
        path: 'metadata.name',
        message: explain(
          fieldError.invalid(detail),
          'Use lower-case letters, digits, - and ., starting and ending with a letter or digit.',
        ),
      })),
    ];
  },
};
