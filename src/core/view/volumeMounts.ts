import type { VolumeMount } from 'kubernetes-types/core/v1';

import type { Draft } from '@/core/model/draft';
import {
  addMount,
  removeMount,
  updateContainerItems,
  type ContainerList,
} from '@/core/model/draftOps';
import { replaceAt } from '@/core/view/listOps';

/** One mount of a volume: which container has it, at which index, and the mount itself. */
export interface MountRef {
  list: ContainerList;
  container: number;
  mount: number;
  value: VolumeMount;
}

/** Every mount of the volume named `volumeName`, containers first, then init containers. */
export function mountsOf(
  draft: Pick<Draft, 'containers' | 'initContainers'>,
  volumeName: string,
): MountRef[] {
  return (['containers', 'initContainers'] as const).flatMap((list) =>
    draft[list].flatMap((c, container) =>
      c.volumeMounts.flatMap((value, mount) =>
        value.name === volumeName ? [{ list, container, mount, value }] : [],
      ),
    ),
  );
}

/** A container a volume can be mounted into, as the mount's container select offers it. */
export interface MountTarget {
  /** `containers:0`, `initContainers:1`. */
  value: string;
  label: string;
}

/** The target value of a container. */
export function mountTargetOf(list: ContainerList, index: number): string {
  return `${list}:${index}`;
}

/** Every container a volume can be mounted into: containers first, then init containers. */
export function mountTargets(draft: Pick<Draft, 'containers' | 'initContainers'>): MountTarget[] {
  return (['containers', 'initContainers'] as const).flatMap((list) =>
    draft[list].map((c, index) => ({
      value: mountTargetOf(list, index),
      label: `${list === 'containers' ? 'Container' : 'Init container'} ${c.name || index + 1}`,
    })),
  );
}

/** The draft with `mount` added to the container a target value names. */
export function mountInto(draft: Draft, target: string, mount: VolumeMount): Draft {
  const [list, index] = target.split(':');
  return addMount(draft, list === 'initContainers' ? list : 'containers', Number(index), mount);
}

/** `draft` with the mount `ref` changed by `change`, in place. */
export function patchMount(draft: Draft, ref: MountRef, change: Partial<VolumeMount>): Draft {
  return updateContainerItems(draft, ref.list, ref.container, 'volumeMounts', (all) =>
    replaceAt(all, ref.mount, { ...ref.value, ...change }),
  );
}

/** `draft` with the mount `ref` moved, as it is, to the container `target`. */
export function moveMount(draft: Draft, ref: MountRef, target: string): Draft {
  return mountInto(removeMount(draft, ref.list, ref.container, ref.mount), target, ref.value);
}

/** `draft` with volume `volumeName` mounted into the container `target`, at `C:\mnt\<name>`. */
export function mountNew(draft: Draft, target: string, volumeName: string): Draft {
  return mountInto(draft, target, { name: volumeName, mountPath: `C:\\mnt\\${volumeName}` });
}
