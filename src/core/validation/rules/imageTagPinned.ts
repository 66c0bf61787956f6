import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { floatingTag, imagePlaceholder } from '../support/imageRef';

/** A tag that moves (`latest`, `master`, `canary…`, none): nodes may run different builds. */
export const imageTagPinned: Rule = {
  id: 'image-tag-pinned',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.images,
  check: ({ spec }) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      if (typeof image !== 'string' || image.trim() === '' || imagePlaceholder(image)) return [];
      const why = floatingTag(image);
      return why
        ? [
            {
              path: `${path}.image`,
              message: `The image "${image}" ${why}: nodes may run different builds and a rollback cannot pin one. Use a release tag or a digest.`,
            },
          ]
        : [];
    }),
};
