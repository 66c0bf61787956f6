import { describe, expect, it } from 'vitest';

import { createDraft, type Draft } from '@/core/model/draft';
import { addContainer, patchContainer } from '@/core/model/draftOps';
import { containerActions } from '@/core/view/containerActions';

function threeContainers(): Draft {
  let draft = createDraft();
  while (draft.containers.length < 3) draft = addContainer(draft, 'containers');
  return ['a', 'b', 'c'].reduce(
    (d, name, i) => patchContainer(d, 'containers', i, { name }),
    draft,
  );
}

const names = (draft: Draft) => draft.containers.map((c) => c.name);

describe('containerActions', () => {
  it('names each button after the container', () => {
    const labels = containerActions('containers', 1, 3, 'container b').map((a) => a.label);
    expect(labels).toEqual([
      'Move container b up',
      'Move container b down',
      'Duplicate container b',
      'Remove container b',
    ]);
  });

  it('cannot move the first up or the last down', () => {
    const first = containerActions('containers', 0, 3, 'container a');
    const last = containerActions('containers', 2, 3, 'container c');
    expect(first.find((a) => a.id === 'up')?.disabled).toBe(true);
    expect(first.find((a) => a.id === 'down')?.disabled).toBe(false);
    expect(last.find((a) => a.id === 'down')?.disabled).toBe(true);
  });

  it('moves, duplicates and removes that container', () => {
    const draft = threeContainers();
    const run = (id: string) =>
      names(
        containerActions('containers', 1, 3, 'b')
          .find((a) => a.id === id)!
          .change(draft),
      );
    expect(run('up')).toEqual(['b', 'a', 'c']);
    expect(run('down')).toEqual(['a', 'c', 'b']);
    expect(run('duplicate')).toHaveLength(4);
    expect(run('remove')).toEqual(['a', 'c']);
  });
});
