import type { Volume } from 'kubernetes-types/core/v1';

import type { Draft } from '@/core/model/draft';
import { addVolume } from '@/core/model/draftOps';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';
import type { FormField } from '@/core/view/formFields';

/** The volume types the form offers, each with a one-line reason to pick it. */
export const VOLUME_KINDS = [
  {
    id: 'hostPath',
    title: 'Host path',
    summary: 'A file or folder of the Windows node (C:\\…), e.g. logs or agent configuration.',
  },
  {
    id: 'emptyDir',
    title: 'Empty directory',
    summary: 'Scratch space that lives as long as the pod; shared between its containers.',
  },
  {
    id: 'configMap',
    title: 'ConfigMap',
    summary: 'Configuration files from a ConfigMap in the same namespace.',
  },
  { id: 'secret', title: 'Secret', summary: 'Credentials or certificates from a Secret.' },
  {
    id: 'persistentVolumeClaim',
    title: 'Persistent volume claim',
    summary: 'Storage that outlives the pod, bound through a PersistentVolumeClaim.',
  },
  {
    id: 'serviceAccountToken',
    title: 'Service account token',
    summary: 'A short-lived, audience-bound token for calling the API server or another service.',
  },
] as const;

/** One offered volume type. */
export type VolumeKind = (typeof VOLUME_KINDS)[number]['id'];

/** A new volume of a kind, with placeholders that read as examples. */
export function createVolume(kind: VolumeKind, name: string): Volume {
  switch (kind) {
    case 'hostPath':
      return { name, hostPath: { path: 'C:\\ProgramData\\example', type: 'DirectoryOrCreate' } };
    case 'emptyDir':
      return { name, emptyDir: {} };
    case 'configMap':
      return { name, configMap: { name: 'example-config' } };
    case 'secret':
      return { name, secret: { secretName: 'example-secret' } };
    case 'persistentVolumeClaim':
      return { name, persistentVolumeClaim: { claimName: 'example-claim' } };
    case 'serviceAccountToken':
      return {
        name,
        projected: {
          sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } }],
        },
      };
  }
}

/** The offered kind a volume is, or undefined for sources the form does not edit. */
export function volumeKindOf(volume: Volume): VolumeKind | undefined {
  if (volume.hostPath) return 'hostPath';
  if (volume.emptyDir) return 'emptyDir';
  if (volume.configMap) return 'configMap';
  if (volume.secret) return 'secret';
  if (volume.persistentVolumeClaim) return 'persistentVolumeClaim';
  const sources = volume.projected?.sources ?? [];
  if (sources.length === 1 && sources[0]?.serviceAccountToken) return 'serviceAccountToken';
  return undefined;
}

/** A volume name not yet used: `base`, then `base-2`, `base-3`, … */
export function unusedName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const DEFAULT_NAMES: Record<VolumeKind, string> = {
  hostPath: 'host',
  emptyDir: 'scratch',
  configMap: 'config',
  secret: 'secret',
  persistentVolumeClaim: 'data',
  serviceAccountToken: 'token',
};

/** A new volume of a kind, named after the kind and unlike the `taken` names (`host`, `host-2`). */
export function newVolume(kind: VolumeKind, taken: readonly string[]): Volume {
  return createVolume(kind, unusedName(DEFAULT_NAMES[kind], taken));
}

/** `draft` with a new volume of a kind added last, named unlike its other volumes. */
export function withNewVolume(draft: Draft, kind: VolumeKind): Draft {
  return addVolume(
    draft,
    newVolume(
      kind,
      draft.volumes.map((v) => v.name),
    ),
  );
}

/**
 * Why a hostPath cannot be mounted into a HostProcess container, or undefined when it can.
 * Named pipes and Unix domain sockets are not supported as mounts; the process reaches them by
 * their host path instead (https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/#limitations).
 */
export function unmountableHostPath(path: string, type = ''): string | undefined {
  const normalized = path.trim().replace(/\//g, '\\');
  if (/^\\\\[.?]\\pipe\\/i.test(normalized)) {
    return `A named pipe. ${MOUNT_FACTS.pipesAndSocketsNotMountable.claim}`;
  }
  if (type === 'Socket' || /\.sock$/i.test(normalized)) {
    return `A Unix domain socket. ${MOUNT_FACTS.pipesAndSocketsNotMountable.claim}`;
  }
  return undefined;
}

const TOKEN = 'projected.sources[0].serviceAccountToken';

/** The inputs of each volume type's source, beside the volume's name and mounts. */
export const VOLUME_SOURCE_FIELDS: Record<VolumeKind, ReadonlyArray<FormField<Volume>>> = {
  hostPath: [
    {
      label: 'Host path',
      at: 'hostPath.path',
      help: 'A folder or file on the node, e.g. C:\\ProgramData\\agent',
      warning: (v) => unmountableHostPath(v.hostPath?.path ?? '', v.hostPath?.type),
    },
    {
      label: 'Host path type',
      at: 'hostPath.type',
      optional: true,
      input: [
        { value: '', label: 'Any (no check)' },
        ...['DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket'],
      ],
    },
  ],
  emptyDir: [
    {
      label: 'Size limit',
      at: 'emptyDir.sizeLimit',
      optional: true,
      help: 'Optional quantity, e.g. 1Gi.',
    },
  ],
  configMap: [{ label: 'ConfigMap name', at: 'configMap.name' }],
  secret: [{ label: 'Secret name', at: 'secret.secretName' }],
  persistentVolumeClaim: [
    { label: 'Claim name', at: 'persistentVolumeClaim.claimName' },
    { label: 'Read-only claim', at: 'persistentVolumeClaim.readOnly', input: 'switch' },
  ],
  serviceAccountToken: [
    { label: 'Audience', at: `${TOKEN}.audience`, optional: true, help: 'Empty: the API server.' },
    {
      label: 'Expires after (seconds)',
      at: `${TOKEN}.expirationSeconds`,
      input: 'number',
      help: 'At least 600.',
    },
    { label: 'File name', at: `${TOKEN}.path` },
  ],
};
