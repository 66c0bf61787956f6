import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { KeyValue } from '@/core/model/draft';

import { KeyValueEditor } from './KeyValueEditor';

function Harness({
  initial,
  onRows,
}: {
  initial: KeyValue[];
  onRows?: (rows: KeyValue[]) => void;
}) {
  const [rows, setRows] = useState(initial);
  return (
    <KeyValueEditor
      label="Labels"
      path="metadata.labels"
      value={rows}
      syntax="labels"
      addLabel="Add label"
      onChange={(next) => {
        setRows(next);
        onRows?.(next);
      }}
    />
  );
}

describe('KeyValueEditor', () => {
  it('adds a row, edits key and value, and reports the rows', async () => {
    const onRows = vi.fn();
    render(<Harness initial={[]} onRows={onRows} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add label' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Labels 1 key' }), 'app');
    await userEvent.type(screen.getByRole('textbox', { name: 'Labels 1 value' }), 'agent');
    expect(onRows).toHaveBeenLastCalledWith([{ key: 'app', value: 'agent' }]);
  });

  it('shows an inline error under a bad key and a bad label value, and clears it when fixed', async () => {
    render(<Harness initial={[{ key: 'bad key', value: 'not ok!' }]} />);
    const key = screen.getByRole('textbox', { name: 'Labels 1 key' });
    const value = screen.getByRole('textbox', { name: 'Labels 1 value' });
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription(/name part must consist of alphanumeric characters/);
    expect(value).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(key);
    await userEvent.type(key, 'good-key');
    expect(key).toHaveAttribute('aria-invalid', 'false');
  });

  it('flags a repeated key and removes rows', async () => {
    const onRows = vi.fn();
    render(
      <Harness
        initial={[
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ]}
        onRows={onRows}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Labels 1 key' })).toHaveAccessibleDescription(
      /Repeated key/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove labels 1' }));
    expect(onRows).toHaveBeenLastCalledWith([{ key: 'a', value: '2' }]);
    expect(screen.getByRole('textbox', { name: 'Labels 1 key' })).toHaveAttribute(
      'aria-invalid',
      'false',
    );
  });

  it('shows locked rows read-only', () => {
    render(
      <KeyValueEditor
        label="Node selectors"
        path="spec.nodeSelector"
        value={[]}
        lockedRows={[{ key: 'kubernetes.io/os', value: 'windows' }]}
        syntax="labels"
        addLabel="Add node selector"
        onChange={() => undefined}
      />,
    );
    expect(
      screen.getByRole('textbox', { name: 'Node selectors kubernetes.io/os key (always written)' }),
    ).toBeDisabled();
  });
});
