import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { QuantityField } from './QuantityField';

function Harness({
  resource,
  initial,
  onQuantity,
}: {
  resource: string;
  initial: string;
  onQuantity: (q: string) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <QuantityField
      label="Limit"
      resource={resource}
      path="spec.containers[0].resources.limits[cpu]"
      value={value}
      onChange={(next) => {
        setValue(next);
        onQuantity(next);
      }}
    />
  );
}

describe('QuantityField', () => {
  it('shows a stored quantity as number and unit', () => {
    render(<Harness resource="memory" initial="256Mi" onQuantity={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Limit' })).toHaveValue('256');
    expect(screen.getByRole('combobox', { name: 'Limit unit' })).toHaveValue('Mi');
  });

  it('stores the number with the picked unit, and keeps a unit picked while empty', async () => {
    const onQuantity = vi.fn();
    render(<Harness resource="memory" initial="" onQuantity={onQuantity} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Limit unit' }), 'Gi');
    await userEvent.type(screen.getByRole('textbox', { name: 'Limit' }), '2');
    expect(onQuantity).toHaveBeenLastCalledWith('2Gi');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Limit unit' }), 'Mi');
    expect(onQuantity).toHaveBeenLastCalledWith('2Mi');
  });

  it('offers millicores and cores for cpu; emptying the number unsets the field', async () => {
    const onQuantity = vi.fn();
    render(<Harness resource="cpu" initial="500m" onQuantity={onQuantity} />);
    const unit = screen.getByRole('combobox', { name: 'Limit unit' });
    expect([...unit.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['m', 'cores']);
    await userEvent.selectOptions(unit, '');
    expect(onQuantity).toHaveBeenLastCalledWith('500');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Limit' }));
    expect(onQuantity).toHaveBeenLastCalledWith('');
  });

  it('shows an inline error', () => {
    render(
      <QuantityField
        label="Request"
        resource="cpu"
        path="p"
        value="2"
        onChange={() => undefined}
        localError="More than the limit (1)"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Request' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('More than the limit (1)');
  });
});
