import { toPodTemplate } from '@/core/manifest/toPodTemplate';
import { createContainer, createDraft } from '@/core/model/draft';
import type { ContainerDraft, Draft } from '@/core/model/draft';
import type { PodTemplate } from '@/core/validation/types';

/** Section overrides for {@link draft}: lists replace, sections merge over the defaults. */
export type DraftOverrides = Partial<Pick<Draft, 'containers' | 'initContainers' | 'volumes'>> & {
  workload?: Partial<Draft['workload']>;
  user?: Partial<Draft['user']>;
  scheduling?: Partial<Draft['scheduling']>;
  kept?: Partial<Draft['kept']>;
};

/** Test data: the default Draft with some fields replaced. */
export function draft(overrides: DraftOverrides = {}): Draft {
  const base = createDraft();
  return {
    ...base,
    ...overrides,
    workload: { ...base.workload, ...overrides.workload },
    user: { ...base.user, ...overrides.user },
    scheduling: { ...base.scheduling, ...overrides.scheduling },
    kept: { ...base.kept, ...overrides.kept },
  };
}

/** Test data: a container with the given fields over an empty one named `main`. */
export function container(overrides: Partial<ContainerDraft> = {}): ContainerDraft {
  return { ...createContainer('main', 'image1:latest'), ...overrides };
}

/** Test data: the pod template the validator checks, built from a Draft. */
export function podTemplate(from: Draft = createDraft()): PodTemplate {
  return toPodTemplate(from);
}
