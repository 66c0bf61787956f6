import { describe, expect, it } from 'vitest';

import { itemKey, itemKeysIn, useUiStore } from './useUiStore';

describe('list item expansion', () => {
  it('finds the containers and volumes a field path lies in', () => {
    expect(itemKeysIn('spec.template.spec.containers[12].env[0].value')).toEqual([
      'containers[12]',
    ]);
    expect(itemKeysIn('spec.initContainers[1].image')).toEqual(['initContainers[1]']);
    expect(itemKeysIn('spec.volumes[3].hostPath.path')).toEqual(['volumes[3]']);
    expect(itemKeysIn('metadata.name')).toEqual([]);
  });

  it('opens the item that holds a field when the user is taken to it', () => {
    useUiStore.setState({ expanded: { [itemKey('containers', 4)]: false } });
    useUiStore.getState().actions.goToField('spec.template.spec.containers[4].image');
    expect(useUiStore.getState().expanded).toEqual({ 'containers[4]': true });
  });

  it('remembers an item opened or closed by hand', () => {
    useUiStore.setState({ expanded: {} });
    useUiStore.getState().actions.setExpanded(itemKey('volumes', 7), true);
    useUiStore.getState().actions.setExpanded(itemKey('volumes', 2), false);
    expect(useUiStore.getState().expanded).toEqual({ 'volumes[7]': true, 'volumes[2]': false });
  });
});
