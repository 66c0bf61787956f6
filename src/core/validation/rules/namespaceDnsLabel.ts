import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123LabelErrors } from '../support/names';

/** A namespace, when given, must be a DNS-1123 label (`ValidateNamespaceName`). (source-derived) */
export const namespaceDnsLabel: Rule = {
  id: 'namespace-dns-label',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.namespaces,
  check: ({ metadata }, _target, context) => {
    const namespace: unknown = metadata.namespace;
    if (context?.isTemplate === true || typeof namespace !== 'string' || namespace === '')
      return [];
    return dns1123LabelErrors(namespace).map((detail) => ({
      path: 'metadata.namespace',
      message: explain(
        fieldError.invalid(detail),
        'Use lower-case letters, digits and -, at most 63 characters.',
      ),
    }));
  },
};
