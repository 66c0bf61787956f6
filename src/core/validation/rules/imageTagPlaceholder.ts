import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { imagePlaceholder } from '../support/imageRef';

/** `…:KUBE_PROXY_VERSION-…`: a placeholder the manifest's authors expect to be replaced. */
export const imageTagPlaceholder: Rule = {
  id: 'image-tag-placeholder',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.images,
  check: ({ spec }) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      if (typeof image !== 'string') return [];
      const placeholder = imagePlaceholder(image);
      return placeholder
        ? [
            {
              path: `${path}.image`,
              message: `The image "${image}" still holds the placeholder "${placeholder}", left to be replaced (for example with sed) before applying: as written the node cannot pull it. Put in the version you deploy.`,
            },
          ]
        : [];
    }),
};
