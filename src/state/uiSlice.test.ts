import { describe, expect, it, vi } from 'vitest';

import { useAppStore } from './store';
import { itemKey } from '@/core/view/itemKeys';

describe('list item expansion', () => {
  it('opens the item that holds a field when the user is taken to it', () => {
    useAppStore.setState({ expanded: { [itemKey('containers', 4)]: false } });
    useAppStore.getState().actions.goToField('spec.template.spec.containers[4].image');
    expect(useAppStore.getState().expanded).toEqual({ 'containers[4]': true });
  });

  it('remembers an item opened or closed by hand', () => {
    useAppStore.setState({ expanded: {} });
    useAppStore.getState().actions.setExpanded(itemKey('volumes', 7), true);
    useAppStore.getState().actions.setExpanded(itemKey('volumes', 2), false);
    expect(useAppStore.getState().expanded).toEqual({ 'volumes[7]': true, 'volumes[2]': false });
  });
});

describe('the theme choice', () => {
  it('is remembered under the key MUI used, and survives a storage that refuses writes', () => {
    useAppStore.getState().actions.setThemeMode('dark');
    expect(localStorage.getItem('hpb-theme')).toBe('dark');
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    useAppStore.getState().actions.setThemeMode('light');
    expect(useAppStore.getState().themeMode).toBe('light');
    setItem.mockRestore();
  });
});
