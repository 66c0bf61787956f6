import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123LabelErrors } from '../support/names';
import { asArray, isRecord, scalarText } from '../support/read';
import { registeredVolumeNames } from '../support/volumes';

/** Volume names: required, DNS-1123 labels, unique among valid volumes (Kubernetes `ValidateVolumes`, `validateVolumeSource`). */
export const volumeName: Rule = {
  id: 'volume-name',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.volumes,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    // ValidateVolumes remembers only error-free volumes: a name is a duplicate of one of those.
    const registered = registeredVolumeNames(spec);
    asArray(spec.volumes).forEach((volume, index) => {
      if (!isRecord(volume)) return;
      const path = `spec.volumes[${index}].name`;
      const name: unknown = volume.name;
      if (name === undefined || name === null || name === '') {
        hits.push({ path, message: explain(fieldError.required(), 'Give the volume a name.') });
        return;
      }
      const text = scalarText(name);
      for (const detail of dns1123LabelErrors(text)) {
        hits.push({
          path,
          message: explain(
            fieldError.invalid(detail),
            'Use lower-case letters, digits and -, at most 63 characters, no dots.',
          ),
        });
      }
      const first = registered.get(text);
      if (first !== undefined && first < index) {
        hits.push({
          path,
          message: explain(fieldError.duplicate(text), 'Volume names must be unique in a pod.'),
        });
      }
    });
    return hits;
  },
};
