import type { VolumeMount } from 'kubernetes-types/core/v1';

import type { Draft } from '@/core/model/draft';
import type { ContainerList } from '@/core/model/draftOps';

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
