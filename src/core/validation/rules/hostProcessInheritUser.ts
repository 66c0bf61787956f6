import type { Rule } from '../types';
import { isHostProcessPod } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig, isRecord } from '../support/read';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

const ANNOTATION = 'microsoft.com/hostprocess-inherit-user';

/** The hcsshim annotation that replaces runAsUserName with containerd's own account. */
export const hostProcessInheritUser: Rule = {
  id: 'hostprocess-inherit-user',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessUserAccount,
  facts: [ACCOUNT_FACTS.inheritUserAnnotation.id],
  check: ({ metadata, spec }) => {
    const annotations = dig(metadata, 'annotations');
    if (!isRecord(annotations) || !(ANNOTATION in annotations) || !isHostProcessPod(spec)) {
      return [];
    }
    const value = annotations[ANNOTATION];
    return [
      {
        path: `metadata.annotations.${ANNOTATION}`,
        message:
          value === 'true'
            ? `runAsUserName is ignored where this annotation takes effect. ${ACCOUNT_FACTS.inheritUserAnnotation.claim} Check that your nodes pass it on, and that the workload should run as the account containerd runs as rather than the one runAsUserName names.`
            : `${JSON.stringify(value)} is not "true", so runAsUserName applies as usual. ${ACCOUNT_FACTS.inheritUserAnnotation.claim}`,
      },
    ];
  },
};
