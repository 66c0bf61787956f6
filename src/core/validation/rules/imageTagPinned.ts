import type { Rule } from '../types';
import { isLatestOrUntagged } from '../applyV1Defaults';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';

/** `:latest` or no tag: every node may run a different build, and rollbacks cannot pin one. */
export const imageTagPinned: Rule = {
  id: 'image-tag-pinned',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.images,
  check: ({ spec }) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      if (typeof image !== 'string' || image.trim() === '' || !isLatestOrUntagged(image)) return [];
      return [
        {
          path: `${path}.image`,
          message: `The image "${image}" is ${image.endsWith(':latest') ? 'tagged latest' : 'untagged (latest)'}: nodes may run different builds and a rollback cannot pin one. Use a version tag or a digest.`,
        },
      ];
    }),
};
