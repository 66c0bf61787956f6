import { describe, expect, it } from 'vitest';

import { undoShortcut, type KeyPress } from './undoShortcut';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('undoShortcut', () => {
  it('reads Ctrl or Cmd with Z as undo, with Shift as redo', () => {
    expect(undoShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcut(press('z', { metaKey: true }))).toBe('undo');
    expect(undoShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcut(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
  });

  it('reads Ctrl+Y as redo, but not Cmd+Y or Ctrl+Shift+Y', () => {
    expect(undoShortcut(press('y', { ctrlKey: true }))).toBe('redo');
    expect(undoShortcut(press('y', { metaKey: true }))).toBeNull();
    expect(undoShortcut(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('leaves plain keys, Alt combinations and other letters alone', () => {
    expect(undoShortcut(press('z'))).toBeNull();
    expect(undoShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcut(press('x', { ctrlKey: true }))).toBeNull();
  });
});
