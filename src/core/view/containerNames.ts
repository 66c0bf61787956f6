import type { ContainerList } from '@/core/model/draftOps';

/** How the form speaks of a container list: its heading, what it is, its add button. */
export interface ContainerListText {
  title: string;
  description: string;
  /** "containers", "init containers": what the list's page controls count. */
  noun: string;
  add: string;
}

/** How the form speaks of each container list. */
export const CONTAINER_LISTS: Record<ContainerList, ContainerListText> = {
  containers: {
    title: 'Containers',
    description: 'Run side by side for the life of the pod.',
    noun: 'containers',
    add: 'Add container',
  },
  initContainers: {
    title: 'Init containers',
    description:
      'Run one after another, to completion, before the containers start: node preparation, downloads.',
    noun: 'init containers',
    add: 'Add init container',
  },
};

/**
 * "container main", or "Init container 2" with `capital` (by position while unnamed): what names a
 * container's card and controls.
 */
export function containerWho(
  list: ContainerList,
  name: string,
  index: number,
  { capital = false } = {},
): string {
  const noun = list === 'initContainers' ? 'init container' : 'container';
  const who = `${noun} ${name || index + 1}`;
  return capital ? who.charAt(0).toUpperCase() + who.slice(1) : who;
}
