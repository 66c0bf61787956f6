import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { FieldText } from './FieldText';

/** A field whose value the test can also change from outside, as undo or the YAML editor do. */
function Harness({
  initial,
  onText,
  expose,
}: {
  initial: string;
  onText: (value: string) => void;
  expose: (set: Dispatch<SetStateAction<string>>) => void;
}) {
  const [value, setValue] = useState(initial);
  expose(setValue);
  return (
    <FieldText
      label="Name"
      path="metadata.name"
      value={value}
      onChange={(next) => {
        setValue(next);
        onText(next);
      }}
    />
  );
}

function setup(initial: string) {
  const onText = vi.fn();
  let setFromOutside: Dispatch<SetStateAction<string>> = () => undefined;
  render(<Harness initial={initial} onText={onText} expose={(set) => (setFromOutside = set)} />);
  const input = screen.getByRole('textbox', { name: 'Name' });
  const label = document.querySelector('label')!;
  return { onText, input, label, change: (v: string) => act(() => setFromOutside(v)) };
}

describe('FieldText', () => {
  it('passes each typed value on, and shows it', async () => {
    const { onText, input } = setup('web');
    await userEvent.type(input, '-1');
    expect(onText.mock.calls.map((call) => call[0] as string)).toEqual(['web-', 'web-1']);
    expect(input).toHaveValue('web-1');
  });

  it('shows a value changed elsewhere, with the label above it', () => {
    const { input, label, change } = setup('');
    expect(label).toHaveAttribute('data-shrink', 'false');
    change('from-undo');
    expect(input).toHaveValue('from-undo');
    expect(label).toHaveAttribute('data-shrink', 'true');
    change('');
    expect(input).toHaveValue('');
    expect(label).toHaveAttribute('data-shrink', 'false');
  });

  it('keeps the label above an empty field while it has focus', async () => {
    const { input, label } = setup('');
    await userEvent.click(input);
    expect(label).toHaveAttribute('data-shrink', 'true');
    await userEvent.tab();
    expect(label).toHaveAttribute('data-shrink', 'false');
  });

  it('marks the input with its field path', () => {
    expect(setup('x').input).toHaveAttribute('data-path', 'metadata.name');
  });
});
