import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { nodeAcceptsBuild, tagWindowsVersion } from '../support/imageRef';
import { IMAGE_FACTS } from '@/core/model/windowsImages';

/**
 * An image whose tag names a Windows Server version the target nodes do not accept. A warning: the
 * pull fails for a multi-platform list (as Microsoft's images are), not for a single-platform
 * image, and the tag alone cannot tell which this one is.
 */
export const imageWindowsVersion: Rule = {
  id: 'image-windows-version',
  severity: 'warning',
  stage: 'node',
  docUrl: 'https://github.com/containerd/containerd/issues/7431',
  facts: [IMAGE_FACTS.platformMatching.id],
  check: ({ spec }, target) =>
    visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      if (typeof image !== 'string') return [];
      const built = tagWindowsVersion(image);
      if (built === undefined || nodeAcceptsBuild(target.windows, built)) return [];
      return [
        {
          path: `${path}.image`,
          message: `"${image}" is built for Windows Server ${built} and the target nodes run Windows Server ${target.windows}. ${IMAGE_FACTS.platformMatching.claim} Use the tag for Windows Server ${target.windows}, or an image built on the HostProcess base image.`,
        },
      ];
    }),
};
