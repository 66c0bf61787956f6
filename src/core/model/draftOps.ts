import type { Toleration, Volume, VolumeMount } from 'kubernetes-types/core/v1';

import { createContainer } from './draft';
import type { ContainerDraft, Draft, Extra, KeptDraft, KeyValue } from './draft';

/**
 * Pure updaters the store calls: each takes a Draft and returns a new one, sharing every part it
 * did not change. Indexes out of range leave the Draft as it was.
 */

/** The sections patched as a whole by the form. */
export type SectionName = 'workload' | 'user' | 'scheduling';

/** Which container list an operation acts on. */
export type ContainerList = 'containers' | 'initContainers';

type KeptLevel = Exclude<keyof KeptDraft, 'apiVersion' | 'documentsBefore' | 'documentsAfter'>;

/**
 * The kept (imported, unmodelled) keys that would override a form field. Editing the field drops
 * them, so that what the user types is what the YAML shows.
 */
const OVERRIDDEN_BY: {
  [S in SectionName]: Partial<Record<keyof Draft[S], Array<[KeptLevel, string]>>>;
} = {
  workload: {
    name: [['metadata', 'name']],
    namespace: [['metadata', 'namespace']],
    labels: [
      ['metadata', 'labels'],
      ['spec', 'selector'],
      ['templateMetadata', 'labels'],
    ],
    annotations: [['metadata', 'annotations']],
    maxUnavailable: [
      ['spec', 'updateStrategy'],
      ['spec', 'strategy'],
    ],
    replicas: [['spec', 'replicas']],
    backoffLimit: [['spec', 'backoffLimit']],
    restartPolicy: [['podSpec', 'restartPolicy']],
  },
  user: { runAsUserName: [['windowsOptions', 'runAsUserName']] },
  scheduling: {
    nodeSelector: [['podSpec', 'nodeSelector']],
    osName: [['podSpec', 'os']],
    tolerations: [['podSpec', 'tolerations']],
    priorityClassName: [['podSpec', 'priorityClassName']],
    serviceAccountName: [['podSpec', 'serviceAccountName']],
    terminationGracePeriodSeconds: [['podSpec', 'terminationGracePeriodSeconds']],
    dnsPolicy: [['podSpec', 'dnsPolicy']],
  },
};

function withoutKeys(extra: Extra, keys: readonly string[]): Extra {
  if (!keys.some((key) => Object.hasOwn(extra, key))) return extra;
  return Object.fromEntries(Object.entries(extra).filter(([key]) => !keys.includes(key)));
}

function dropOverrides(kept: KeptDraft, overrides: ReadonlyArray<[KeptLevel, string]>): KeptDraft {
  let next = kept;
  for (const [level, key] of overrides) {
    const trimmed = withoutKeys(next[level], [key]);
    if (trimmed !== next[level]) next = { ...next, [level]: trimmed };
  }
  return next;
}

/** Changes some fields of one section; kept imported values that would hide the change are dropped. */
export function patchSection<S extends SectionName>(
  draft: Draft,
  section: S,
  partial: Partial<Draft[S]>,
): Draft {
  const table = OVERRIDDEN_BY[section] as Partial<Record<string, Array<[KeptLevel, string]>>>;
  const overrides = Object.keys(partial).flatMap((field) => table[field] ?? []);
  let kept = dropOverrides(draft.kept, overrides);
  // Controller fields and a kept apiVersion belong to the old kind; carrying them over would
  // produce an object the API server rejects.
  if (section === 'workload' && 'kind' in partial && partial.kind !== draft.workload.kind) {
    kept = { ...kept, apiVersion: undefined, spec: {} };
    delete kept.apiVersion;
  }
  const patched = { ...draft[section], ...partial };
  // Choosing a kind or a restart policy replaces an imported Job's missing one.
  if (section === 'workload' && ('kind' in partial || 'restartPolicy' in partial)) {
    delete (patched as Partial<Draft['workload']>).restartPolicyLeftOut;
  }
  return { ...draft, [section]: patched, kept };
}

/** Sets the pod-wide account (`spec.securityContext.windowsOptions.runAsUserName`); null leaves it out. */
export function setPodUser(draft: Draft, runAsUserName: string | null): Draft {
  return patchSection(draft, 'user', { runAsUserName });
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function allContainerNames(draft: Draft): string[] {
  return [...draft.containers, ...draft.initContainers].map((c) => c.name);
}

/** Appends a container (a new empty one with a unique name unless given). */
export function addContainer(
  draft: Draft,
  list: ContainerList = 'containers',
  container?: ContainerDraft,
): Draft {
  const base = list === 'initContainers' ? 'init' : 'main';
  const added = container ?? createContainer(uniqueName(base, allContainerNames(draft)));
  return { ...draft, [list]: [...draft[list], added] };
}

/** Removes one container. */
export function removeContainer(draft: Draft, list: ContainerList, index: number): Draft {
  if (draft[list][index] === undefined) return draft;
  return { ...draft, [list]: draft[list].filter((_, i) => i !== index) };
}

/** Inserts a copy of a container right after it, under a new unique name. */
export function duplicateContainer(draft: Draft, list: ContainerList, index: number): Draft {
  const original = draft[list][index];
  if (original === undefined) return draft;
  const copy = structuredClone(original);
  copy.name = uniqueName(`${original.name}-copy`, allContainerNames(draft));
  const items = [...draft[list]];
  items.splice(index + 1, 0, copy);
  return { ...draft, [list]: items };
}

/** Moves a container to another position of the same list (init containers run in list order). */
export function moveContainer(draft: Draft, list: ContainerList, from: number, to: number): Draft {
  const items = [...draft[list]];
  const [moved] = items.splice(from, 1);
  if (moved === undefined || to < 0 || to > items.length) return draft;
  items.splice(to, 0, moved);
  return { ...draft, [list]: items };
}

/**
 * Changes some fields of a container. A kept (imported) field of the same Kubernetes name is
 * dropped, so the edit shows in the YAML.
 */
export function patchContainer(
  draft: Draft,
  list: ContainerList,
  index: number,
  partial: Partial<Omit<ContainerDraft, 'extra'>>,
): Draft {
  const current = draft[list][index];
  if (current === undefined) return draft;
  const extra = withoutKeys(current.extra, Object.keys(partial));
  return { ...draft, [list]: replaceAt(draft[list], index, { ...current, ...partial, extra }) };
}

/**
 * Sets a container's own account, overriding the pod-wide one; null inherits the pod's.
 * `securityContext.windowsOptions.runAsUserName` of that container.
 */
export function setContainerUser(
  draft: Draft,
  list: ContainerList,
  index: number,
  runAsUserName: string | null,
): Draft {
  const current = draft[list][index];
  if (current === undefined) return draft;
  return { ...draft, [list]: replaceAt(draft[list], index, { ...current, runAsUserName }) };
}

/** Appends a volume. */
export function addVolume(draft: Draft, volume: Volume): Draft {
  return { ...draft, volumes: [...draft.volumes, volume] };
}

function mapMounts(draft: Draft, update: (mounts: VolumeMount[]) => VolumeMount[]): Draft {
  const apply = (containers: ContainerDraft[]) =>
    containers.map((c) => {
      const volumeMounts = update(c.volumeMounts);
      return volumeMounts === c.volumeMounts ? c : { ...c, volumeMounts };
    });
  return {
    ...draft,
    containers: apply(draft.containers),
    initContainers: apply(draft.initContainers),
  };
}

/** Removes a volume and every mount of it (a mount of a missing volume is rejected by the API server). */
export function removeVolume(draft: Draft, index: number): Draft {
  const removed = draft.volumes[index];
  if (removed === undefined) return draft;
  const next = { ...draft, volumes: draft.volumes.filter((_, i) => i !== index) };
  return mapMounts(next, (mounts) =>
    mounts.some((m) => m.name === removed.name)
      ? mounts.filter((m) => m.name !== removed.name)
      : mounts,
  );
}

/** Replaces a volume; a new name renames every mount of it too. */
export function patchVolume(draft: Draft, index: number, volume: Volume): Draft {
  const current = draft.volumes[index];
  if (current === undefined) return draft;
  const next = { ...draft, volumes: replaceAt(draft.volumes, index, volume) };
  if (current.name === volume.name) return next;
  return mapMounts(next, (mounts) =>
    mounts.some((m) => m.name === current.name)
      ? mounts.map((m) => (m.name === current.name ? { ...m, name: volume.name } : m))
      : mounts,
  );
}

type ContainerListField = 'env' | 'ports' | 'volumeMounts';

/** Applies `update` to one list field (env, ports, volumeMounts) of one container. */
export function updateContainerItems<F extends ContainerListField>(
  draft: Draft,
  list: ContainerList,
  index: number,
  field: F,
  update: (items: ContainerDraft[F]) => ContainerDraft[F],
): Draft {
  const current = draft[list][index];
  if (current === undefined) return draft;
  return patchContainer(draft, list, index, { [field]: update(current[field]) });
}

/** Adds a volume mount to a container. */
export function addMount(
  draft: Draft,
  list: ContainerList,
  index: number,
  mount: VolumeMount,
): Draft {
  return updateContainerItems(draft, list, index, 'volumeMounts', (mounts) => [...mounts, mount]);
}

/** Removes a container's volume mount. */
export function removeMount(
  draft: Draft,
  list: ContainerList,
  index: number,
  mountIndex: number,
): Draft {
  return updateContainerItems(draft, list, index, 'volumeMounts', (mounts) =>
    mounts.filter((_, i) => i !== mountIndex),
  );
}

/**
 * Adds a port. Under hostNetwork the API server requires hostPort to equal containerPort, so it is
 * written out explicitly.
 */
export function addPort(
  draft: Draft,
  list: ContainerList,
  index: number,
  containerPort: number,
  name?: string,
): Draft {
  const port = {
    ...(name ? { name } : {}),
    containerPort,
    hostPort: containerPort,
    protocol: 'TCP',
  };
  return updateContainerItems(draft, list, index, 'ports', (ports) => [...ports, port]);
}

/** Appends a toleration. */
export function addToleration(draft: Draft, toleration: Toleration): Draft {
  return patchSection(draft, 'scheduling', {
    tolerations: [...draft.scheduling.tolerations, toleration],
  });
}

/** Removes a toleration. */
export function removeToleration(draft: Draft, index: number): Draft {
  return patchSection(draft, 'scheduling', {
    tolerations: draft.scheduling.tolerations.filter((_, i) => i !== index),
  });
}

/** The key/value row lists of the Draft. */
export type KeyValueField =
  ['workload', 'labels'] | ['workload', 'annotations'] | ['scheduling', 'nodeSelector'];

/** Replaces one key/value row list (labels, annotations, extra node selectors). */
export function setKeyValues(
  draft: Draft,
  [section, field]: KeyValueField,
  rows: KeyValue[],
): Draft {
  return section === 'workload'
    ? patchSection(draft, 'workload', { [field]: rows })
    : patchSection(draft, 'scheduling', { [field]: rows });
}
