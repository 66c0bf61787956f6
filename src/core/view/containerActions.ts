import type { Draft } from '@/core/model/draft';
import {
  duplicateContainer,
  moveContainer,
  removeContainer,
  type ContainerList,
} from '@/core/model/draftOps';

/** One button of a container's card: what it is, its name, and the change it makes. */
export interface ContainerAction {
  id: 'up' | 'down' | 'duplicate' | 'remove';
  /** "Move container main up": the button's name and hint. */
  label: string;
  disabled: boolean;
  change: (draft: Draft) => Draft;
}

/** The buttons of the card of container `index` of `count`, named after `who`. */
export function containerActions(
  list: ContainerList,
  index: number,
  count: number,
  who: string,
): ContainerAction[] {
  return [
    {
      id: 'up',
      label: `Move ${who} up`,
      disabled: index === 0,
      change: (d) => moveContainer(d, list, index, index - 1),
    },
    {
      id: 'down',
      label: `Move ${who} down`,
      disabled: index === count - 1,
      change: (d) => moveContainer(d, list, index, index + 1),
    },
    {
      id: 'duplicate',
      label: `Duplicate ${who}`,
      disabled: false,
      change: (d) => duplicateContainer(d, list, index),
    },
    {
      id: 'remove',
      label: `Remove ${who}`,
      disabled: false,
      change: (d) => removeContainer(d, list, index),
    },
  ];
}
