import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, asString, isRecord } from '../support/read';
import { presentVolumeSources } from '../support/volumeSources';
import { hasBackstep, HOST_PATH_TYPES } from '../support/volumes';

/** One source per volume, and a well-formed hostPath (Kubernetes `ValidateVolumes`, `validateVolumeSource`). */
export const volumeSource: Rule = {
  id: 'volume-source',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.volumes,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    asArray(spec.volumes).forEach((volume, index) => {
      if (!isRecord(volume)) return;
      const path = `spec.volumes[${index}]`;
      for (const extra of presentVolumeSources(volume).slice(1)) {
        hits.push({
          path: `${path}.${extra}`,
          message: explain(
            fieldError.forbidden('may not specify more than 1 volume type'),
            'Each volume has exactly one source: split it into two volumes.',
          ),
        });
      }
      const hostPath = volume.hostPath;
      if (!isRecord(hostPath)) return;
      const hostPathText = asString(hostPath.path) ?? '';
      if (hostPathText === '') {
        hits.push({
          path: `${path}.hostPath.path`,
          message: explain(fieldError.required(), 'Give the path on the node, e.g. C:\\var\\log.'),
        });
      } else if (hasBackstep(hostPathText)) {
        hits.push({
          path: `${path}.hostPath.path`,
          message: explain(
            fieldError.invalid("must not contain '..'"),
            'Write the full path without .. elements.',
          ),
        });
      }
      if (!(HOST_PATH_TYPES as readonly unknown[]).includes(hostPath.type ?? '')) {
        hits.push({
          path: `${path}.hostPath.type`,
          message: explain(
            fieldError.notSupported(hostPath.type, HOST_PATH_TYPES),
            'Use one of the listed types (they are case-sensitive), or leave type out.',
          ),
        });
      }
    });
    return hits;
  },
};
