import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { labelMapErrors } from '../support/labelMap';

/** Label keys and values (Kubernetes apimachinery `ValidateLabels`); errors are reported on `metadata.labels`. */
export const metadataLabels: Rule = {
  id: 'metadata-labels',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.labels,
  check: ({ metadata }, target) => labelMapErrors(metadata.labels, 'metadata.labels', target),
};
