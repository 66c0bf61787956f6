import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ChoiceCards } from './ChoiceCards';

const OPTIONS = [
  { value: 'a', title: 'Alpha', description: 'First choice' },
  { value: 'b', title: 'Beta', description: 'Second choice', detail: <code>runAs: b</code> },
  { value: 'c', title: 'Gamma', description: 'Third choice' },
] as const;

function Harness({ onPick }: { onPick: (v: string) => void }) {
  const [value, setValue] = useState<'a' | 'b' | 'c'>('a');
  return (
    <ChoiceCards
      label="Pick one"
      options={OPTIONS}
      value={value}
      onChange={(next) => {
        setValue(next);
        onPick(next);
      }}
    />
  );
}

describe('ChoiceCards', () => {
  it('is one radio group: each card is a radio named by its title and described by its text', () => {
    render(<Harness onPick={() => undefined} />);
    expect(screen.getByRole('radiogroup')).toBeInTheDocument();
    const beta = screen.getByRole('radio', { name: 'Beta' });
    expect(beta).toHaveAccessibleDescription('Second choice runAs: b');
    expect(screen.getByRole('radio', { name: 'Alpha' })).toBeChecked();
  });

  it('picks a card on click anywhere on it, on Enter and on Space', async () => {
    const onPick = vi.fn();
    render(<Harness onPick={onPick} />);
    await userEvent.click(screen.getByText('Third choice'));
    expect(screen.getByRole('radio', { name: 'Gamma' })).toBeChecked();

    screen.getByRole('radio', { name: 'Beta' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('radio', { name: 'Beta' })).toBeChecked();

    screen.getByRole('radio', { name: 'Alpha' }).focus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('radio', { name: 'Alpha' })).toBeChecked();
    expect(onPick.mock.calls.map(([v]) => v as string)).toEqual(['c', 'b', 'a']);
  });
});
