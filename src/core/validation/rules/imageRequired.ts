import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

/** Every container needs an image; a Pod's image must not have surrounding spaces (rule 21). */
export const imageRequired: Rule = {
  id: 'image-required',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.images,
  check: ({ spec }, _target, context) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      if (image === undefined || image === null || image === '') {
        return [
          {
            path: `${path}.image`,
            message: explain(
              fieldError.required(),
              'Name the container image, e.g. mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0.',
            ),
          },
        ];
      }
      if (context?.isPod === true && typeof image === 'string' && image.trim() !== image) {
        return [
          {
            path: `${path}.image`,
            message: explain(
              fieldError.invalid('must not have leading or trailing whitespace'),
              'Remove the spaces around the image name.',
            ),
          },
        ];
      }
      return [];
    }),
};
