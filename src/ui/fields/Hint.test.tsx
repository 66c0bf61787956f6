import IconButton from '@mui/material/IconButton';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { Hint } from './Hint';

function Toolbar({ onPointerEnter }: { onPointerEnter?: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <Hint title={copied ? 'Copied' : 'Copy the command'}>
        <IconButton
          aria-label="Copy"
          onClick={() => setCopied(true)}
          onPointerEnter={onPointerEnter}
        >
          ⧉
        </IconButton>
      </Hint>
    </>
  );
}

describe('Hint', () => {
  it('renders nothing but its control until it is wanted', () => {
    render(<Toolbar />);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).not.toHaveAttribute('aria-describedby');
  });

  it('shows on keyboard focus as the control’s description, and goes on blur', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.tab();
    await user.tab();
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect(copy).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Copy the command');
    expect(copy).toHaveAccessibleDescription('Copy the command');
    await user.tab({ shift: true });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(copy).not.toHaveAttribute('aria-describedby');
  });

  it('goes on Escape while the control keeps focus', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toHaveFocus();
  });

  it('shows on mouse hover after a short delay, keeps the control’s own handler, and follows a new title', async () => {
    const user = userEvent.setup();
    const onPointerEnter = vi.fn();
    render(<Toolbar onPointerEnter={onPointerEnter} />);
    const copy = screen.getByRole('button', { name: 'Copy' });
    await user.hover(copy);
    expect(onPointerEnter).toHaveBeenCalled();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy the command');
    await user.click(copy);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Copied');
    await user.unhover(copy);
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('does not show for a touch: a tap would leave it behind', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    // The finger stays down: a hint shown on touch would be up now.
    await user.pointer({ keys: '[TouchA>]', target: screen.getByRole('button', { name: 'Copy' }) });
    await act(() => new Promise((resolve) => setTimeout(resolve, 250)));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});
