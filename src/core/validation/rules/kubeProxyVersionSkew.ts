import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { parseImageRef } from '../support/imageRef';
import { targetMinor } from '../support/targetVersion';

/** kube-proxy may be up to three minor versions older than the API server, and never newer. */
const OLDEST_BEHIND = 3;

/** The Kubernetes minor a kube-proxy image's tag names (`v1.32.3-calico-hostprocess` → 32). */
function kubeProxyMinor(image: string): number | undefined {
  const { name, tag } = parseImageRef(image);
  if (!/(^|\/)kube-proxy$/.test(name) || tag === undefined) return undefined;
  const match = /^v?1\.(\d+)\./.exec(tag);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** A kube-proxy image outside the version skew the target's control plane supports. */
export const kubeProxyVersionSkew: Rule = {
  id: 'kube-proxy-version-skew',
  severity: 'warning',
  stage: 'node',
  docUrl: 'https://kubernetes.io/releases/version-skew-policy/#kube-proxy',
  check: ({ spec }, target) => {
    const control = targetMinor(target);
    if (control === Number.MAX_SAFE_INTEGER) return [];
    return visitContainers(spec).flatMap(({ container, path }) => {
      const image: unknown = container.image;
      const minor = typeof image === 'string' ? kubeProxyMinor(image) : undefined;
      if (minor === undefined || (minor <= control && minor >= control - OLDEST_BEHIND)) return [];
      return [
        {
          path: `${path}.image`,
          message: `kube-proxy 1.${minor} with a 1.${control} control plane is outside the supported skew: kube-proxy must not be newer than the API server, nor more than ${OLDEST_BEHIND} minor versions older. Use kube-proxy 1.${control - OLDEST_BEHIND} to 1.${control}.`,
        },
      ];
    });
  },
};
