import { createContainer, createDraft } from '@/core/model/draft';
import type { ContainerDraft, Draft } from '@/core/model/draft';

/** Section overrides for {@link presetDraft}: lists replace, sections merge over the defaults. */
export interface PresetParts {
  workload?: Partial<Draft['workload']>;
  runAsUserName?: string | null;
  containers?: ContainerDraft[];
  initContainers?: ContainerDraft[];
  volumes?: Draft['volumes'];
  scheduling?: Partial<Draft['scheduling']>;
  documentsBefore?: unknown[];
}

/** A preset Draft: the defaults with the given parts. */
export function presetDraft(parts: PresetParts): Draft {
  const base = createDraft();
  return {
    ...base,
    workload: { ...base.workload, ...parts.workload },
    user: {
      runAsUserName:
        parts.runAsUserName === undefined ? base.user.runAsUserName : parts.runAsUserName,
    },
    containers: parts.containers ?? base.containers,
    initContainers: parts.initContainers ?? [],
    volumes: parts.volumes ?? [],
    scheduling: { ...base.scheduling, ...parts.scheduling },
    kept: { ...base.kept, documentsBefore: parts.documentsBefore ?? [] },
  };
}

/** A preset container: the given fields over an empty one. */
export function presetContainer(
  name: string,
  image: string,
  fields: Partial<ContainerDraft> = {},
): ContainerDraft {
  return { ...createContainer(name, image), ...fields };
}

/** The node's name, for programs that label or report per node. */
export const NODE_NAME_ENV = {
  name: 'NODE_NAME',
  valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } },
};

/** Run on every Windows node, whatever its taints (node agents must). */
export const TOLERATE_ALL = [{ operator: 'Exists' }];
