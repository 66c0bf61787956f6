import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { dns1123LabelErrors } from '../support/names';
import { asArray, isRecord, scalarText } from '../support/read';

/** Volume names: required, DNS-1123 labels, unique (reference rule 25). */
export const volumeName: Rule = {
  id: 'volume-name',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.volumes,
  check: ({ spec }) => {
    const hits: Array<{ path: string; message: string }> = [];
    const seen = new Set<string>();
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
      if (seen.has(text)) {
        hits.push({
          path,
          message: explain(fieldError.duplicate(text), 'Volume names must be unique in a pod.'),
        });
      }
      seen.add(text);
    });
    return hits;
  },
};
