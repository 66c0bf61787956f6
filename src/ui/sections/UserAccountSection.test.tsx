import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { useAppStore } from '@/state/store';

import { UserAccountSection } from './UserAccountSection';

describe('UserAccountSection', () => {
  it('writes the exact runAsUserName of the card picked', async () => {
    render(<UserAccountSection />);
    await userEvent.click(screen.getByRole('radio', { name: 'NetworkService' }));
    expect(useAppStore.getState().draft.user.runAsUserName).toBe('NT AUTHORITY\\NetworkService');
  });

  it('warns about LocalSystem', async () => {
    render(<UserAccountSection />);
    // Choosing LocalSystem adds the warning beside the cards.
    const before = screen.queryAllByText(/has full control of the node/).length;
    await userEvent.click(screen.getByRole('radio', { name: 'LocalSystem' }));
    expect(screen.queryAllByText(/has full control of the node/).length).toBeGreaterThan(before);
  });

  it('for a group: names it, shows the node commands, and adds the preparer once', async () => {
    render(<UserAccountSection />);
    await userEvent.click(screen.getByRole('radio', { name: 'Local usergroup' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Group name' }), 'hpc-group');
    expect(useAppStore.getState().draft.user.runAsUserName).toBe('hpc-group');
    expect(screen.getByText('net localgroup hpc-group /add')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a preparer init container' }));
    const { initContainers } = useAppStore.getState().draft;
    expect(initContainers).toHaveLength(1);
    expect(initContainers[0]?.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
    expect(screen.getByRole('button', { name: 'Preparer init container added' })).toBeDisabled();
  });
});
