import type { Rule } from '../types';
import { isHostProcessPod } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, asString, dig } from '../support/read';

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
  check: ({ spec }) => {
    if (!isHostProcessPod(spec)) return [];
    return asArray(spec.volumes).flatMap((volume, index) => {
      const path = asString(dig(volume, 'hostPath', 'path')) ?? '';
      const type = dig(volume, 'hostPath', 'type');
      if (NAMED_PIPE.test(path)) {
        return [
          {
            path: `spec.volumes[${index}].hostPath.path`,
            message: `HostProcess containers cannot mount the named pipe ${path}. Remove the volume and open the pipe at its host path (e.g. \\\\.\\pipe\\docker_engine) from the process.`,
          },
        ];
      }
      if (type === 'Socket' || /\.sock$/i.test(path)) {
        return [
          {
            path: `spec.volumes[${index}].hostPath`,
            message: `HostProcess containers cannot mount the Unix domain socket ${path}. Remove the volume and use the socket at its host path from the process.`,
          },
        ];
      }
      return [];
    });
  },
};
