import type { Rule } from '../types';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';
import { asArray, asString, dig, isRecord } from '../support/read';
import { hasBackstep, registeredVolumeNames } from '../support/volumes';

const PROPAGATION_MODES = ['Bidirectional', 'HostToContainer', 'None'] as const;

/** `validateLocalDescendingPath`: relative, and no `..` element. */
function descendingPathErrors(path: string): string[] {
  const errors: string[] = [];
  if (path.startsWith('/')) errors.push('must be a relative path');
  if (hasBackstep(path)) errors.push("must not contain '..'");
  return errors;
}

/**
 * Volume mounts (Kubernetes `ValidateVolumeMounts`; `TestValidateVolumeMounts`). Kubernetes reports subPath and
 * mountPropagation errors on `…volumeMounts.<field>` without the mount index: we keep that path.
 */
export const volumeMounts: Rule = {
  id: 'volume-mounts',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.volumes,
  check: ({ spec }) => {
    const volumes = registeredVolumeNames(spec);
    const hits: Array<{ path: string; message: string }> = [];
    const add = (path: string, kubernetesText: string, plainWords: string): void => {
      hits.push({ path, message: explain(kubernetesText, plainWords) });
    };
    for (const { container, path } of visitContainers(spec)) {
      const mountPaths = new Set<string>();
      const privileged = dig(container, 'securityContext', 'privileged') === true;
      asArray(container.volumeMounts).forEach((mount, index) => {
        if (!isRecord(mount)) return;
        const mountPath = `${path}.volumeMounts[${index}]`;
        const name = asString(mount.name) ?? '';
        if (name === '') {
          add(`${mountPath}.name`, fieldError.required(), 'Name the volume to mount.');
        }
        // ValidateVolumeMounts reports an empty name as both Required and Not found.
        if (!volumes.has(name)) {
          add(
            `${mountPath}.name`,
            fieldError.notFound(name),
            'Mount a volume declared (and valid) in spec.volumes.',
          );
        }
        const target = asString(mount.mountPath) ?? '';
        if (target === '') {
          add(
            `${mountPath}.mountPath`,
            fieldError.required(),
            'Say where the volume appears, e.g. C:\\data.',
          );
        } else if (mountPaths.has(target)) {
          add(
            `${mountPath}.mountPath`,
            fieldError.invalid('must be unique'),
            'Two mounts in one container cannot share a mountPath.',
          );
        }
        mountPaths.add(target);
        const subPath = asString(mount.subPath) ?? '';
        const subPathExpr = asString(mount.subPathExpr) ?? '';
        if (subPath !== '' && subPathExpr !== '') {
          add(
            `${mountPath}.subPathExpr`,
            fieldError.invalid('subPathExpr and subPath are mutually exclusive'),
            'Keep only one of subPath and subPathExpr.',
          );
        }
        for (const [field, value] of [
          ['subPath', subPath],
          ['subPathExpr', subPathExpr],
        ] as const) {
          for (const detail of descendingPathErrors(value)) {
            add(
              `${path}.volumeMounts.${field}`,
              fieldError.invalid(detail),
              'A subPath is a relative path inside the volume.',
            );
          }
        }
        const propagation: unknown = mount.mountPropagation;
        if (propagation === undefined || propagation === null) return;
        if (!(PROPAGATION_MODES as readonly unknown[]).includes(propagation)) {
          add(
            `${path}.volumeMounts.mountPropagation`,
            fieldError.notSupported(propagation, PROPAGATION_MODES),
            'Leave mountPropagation out on Windows.',
          );
        } else if (propagation === 'Bidirectional' && !privileged) {
          add(
            `${path}.volumeMounts.mountPropagation`,
            fieldError.forbidden(
              'Bidirectional mount propagation is available only to privileged containers',
            ),
            'Windows has no privileged containers: leave mountPropagation out.',
          );
        }
      });
    }
    return hits;
  },
};
