import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { labelMapErrors } from '../support/labelMap';

/** Node selector keys and values follow the label rules (Kubernetes `ValidatePodSpec` → `ValidateLabels`). (source-derived) */
export const nodeSelectorLabels: Rule = {
  id: 'node-selector-labels',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.nodeSelector,
  check: ({ spec }, target) => labelMapErrors(spec.nodeSelector, 'spec.nodeSelector', target),
};
