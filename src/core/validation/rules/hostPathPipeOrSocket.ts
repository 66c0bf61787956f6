import type { Rule } from '../types';
import { isHostProcessPod } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, asString, dig } from '../support/read';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';

const NAMED_PIPE = /^(\\\\|\/\/)\.(\\|\/)pipe(\\|\/)/i;

/**
 * HostProcess containers cannot mount named pipes or Unix domain sockets; they reach them at
 * their host path instead (docs, Limitations).
 */
export const hostPathPipeOrSocket: Rule = {
  id: 'host-path-pipe-or-socket',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessLimitations,
  facts: [MOUNT_FACTS.pipesAndSocketsNotMountable.id],
  check: ({ spec }) => {
    if (!isHostProcessPod(spec)) return [];
    return asArray(spec.volumes).flatMap((volume, index) => {
      const path = asString(dig(volume, 'hostPath', 'path')) ?? '';
      const type = dig(volume, 'hostPath', 'type');
      if (NAMED_PIPE.test(path)) {
        return [
          {
            path: `spec.volumes[${index}].hostPath.path`,
            message: `${path} is a named pipe. ${MOUNT_FACTS.pipesAndSocketsNotMountable.claim} Remove the volume and open \\\\.\\pipe\\… from the process.`,
          },
        ];
      }
      if (type === 'Socket' || /\.sock$/i.test(path)) {
        return [
          {
            path: `spec.volumes[${index}].hostPath`,
            message: `${path} is a Unix domain socket. ${MOUNT_FACTS.pipesAndSocketsNotMountable.claim} Remove the volume.`,
          },
        ];
      }
      return [];
    });
  },
};
