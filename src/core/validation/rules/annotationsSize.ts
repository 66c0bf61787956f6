import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { qualifiedNameErrors } from '../support/names';
import { isRecord, quote } from '../support/read';
import { targetMinor } from '../support/targetVersion';

/** apimachinery `TotalAnnotationSizeLimitB`. */
const TOTAL_ANNOTATION_SIZE_LIMIT_BYTES = 256 * (1 << 10);

/** Annotation keys are qualified names and all annotations together fit in 256 KiB (rule 18). */
export const annotationsSize: Rule = {
  id: 'annotations-size',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.annotations,
  check: ({ metadata }, target) => {
    const annotations: unknown = metadata.annotations;
    if (!isRecord(annotations)) return [];
    const hits: Array<{ path: string; message: string }> = [];
    const encoder = new TextEncoder();
    let total = 0;
    for (const [key, value] of Object.entries(annotations)) {
      total +=
        encoder.encode(key).length + encoder.encode(typeof value === 'string' ? value : '').length;
      for (const detail of qualifiedNameErrors(key.toLowerCase(), targetMinor(target))) {
        hits.push({
          path: 'metadata.annotations',
          message: explain(
            fieldError.invalid(detail),
            `The key ${quote(key)} is not a valid annotation key.`,
          ),
        });
      }
    }
    if (total > TOTAL_ANNOTATION_SIZE_LIMIT_BYTES) {
      hits.push({
        path: 'metadata.annotations',
        message: explain(
          `Too long: must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT_BYTES} bytes`,
          'Move large data into a ConfigMap and mount it.',
        ),
      });
    }
    return hits;
  },
};
