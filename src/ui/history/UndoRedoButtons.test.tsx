import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useAppStore } from '@/state/store';
import { UndoRedoButtons } from '@/ui/history/UndoRedoButtons';

const name = () => useAppStore.getState().draft.workload.name;
const rename = (value: string) =>
  useAppStore.getState().actions.load({
    ...useAppStore.getState().draft,
    workload: { ...useAppStore.getState().draft.workload, name: value },
  });

describe('UndoRedoButtons', () => {
  it('disables the buttons when there is nothing to undo or redo', () => {
    render(<UndoRedoButtons />);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  it('undoes and redoes with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, even from a text field', () => {
    render(
      <>
        <UndoRedoButtons />
        <input aria-label="Somewhere" />
      </>,
    );
    rename('one');
    rename('two');
    const field = screen.getByRole('textbox', { name: 'Somewhere' });
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(name()).toBe('one');
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    expect(name()).toBe('hostprocess-example');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(name()).toBe('one');
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(name()).toBe('two');
  });

  it('leaves Ctrl+Z alone inside dialogs (their text boxes are not the draft)', () => {
    render(
      <>
        <UndoRedoButtons />
        <div role="dialog" aria-label="Import">
          <textarea aria-label="Paste" />
        </div>
      </>,
    );
    rename('one');
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Paste' }), { key: 'z', ctrlKey: true });
    expect(name()).toBe('one');
  });

  it('the buttons undo and redo', () => {
    render(<UndoRedoButtons />);
    act(() => rename('one'));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name()).toBe('hostprocess-example');
    fireEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(name()).toBe('one');
  });
});
