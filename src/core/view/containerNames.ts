import type { ContainerList } from '@/core/model/draftOps';

/** "containers" or "init containers": what a list's page controls count. */
export function containerNoun(list: ContainerList): string {
  return list === 'initContainers' ? 'init containers' : 'containers';
}

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
