import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123SubdomainErrors } from '../support/names';
import { windowsOptionsLocations } from '../support/windowsOptions';

const MAX_GMSA_CREDENTIAL_SPEC_BYTES = 64 * 1024;

/** gMSA credential spec name and inline spec syntax (Kubernetes `validateWindowsSecurityContextOptions`). */
export const gmsaCredentialSpec: Rule = {
  id: 'gmsa-credential-spec',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.gmsa,
  check: ({ spec }) =>
    windowsOptionsLocations(spec).flatMap(({ path, options }) => {
      const hits: Array<{ path: string; message: string }> = [];
      if (typeof options.gmsaCredentialSpecName === 'string') {
        for (const detail of dns1123SubdomainErrors(options.gmsaCredentialSpecName)) {
          hits.push({
            path: `${path}.gmsaCredentialSpecName`,
            message: explain(
              fieldError.invalid(detail),
              'Use the name of the GMSACredentialSpec resource, in lower case.',
            ),
          });
        }
      }
      const inline = options.gmsaCredentialSpec;
      if (inline === '') {
        hits.push({
          path: `${path}.gmsaCredentialSpec`,
          message: explain(
            fieldError.invalid('gmsaCredentialSpec cannot be an empty string'),
            'Remove the field, or use gmsaCredentialSpecName instead.',
          ),
        });
      } else if (
        typeof inline === 'string' &&
        new TextEncoder().encode(inline).length > MAX_GMSA_CREDENTIAL_SPEC_BYTES
      ) {
        hits.push({
          path: `${path}.gmsaCredentialSpec`,
          message: explain(
            fieldError.invalid('gmsaCredentialSpec size must be under 64 KiB'),
            'Store the credential spec as a GMSACredentialSpec resource and reference it by name.',
          ),
        });
      }
      return hits;
    }),
};
