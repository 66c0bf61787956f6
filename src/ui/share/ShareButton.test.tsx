import { render, screen, waitFor } from '@testing-library/react';
import { patchSection } from '@/core/model/draftOps';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { decodeShare } from '@/core/share/shareCodec';
import { parseShareRoute } from '@/core/share/shareRoute';
import { useAppStore } from '@/state/store';
import { ShareButton } from '@/ui/share/ShareButton';

describe('ShareButton', () => {
  it('offers a link that holds the whole current draft, and copies it', async () => {
    const user = userEvent.setup();
    useAppStore.getState().actions.apply((d) => patchSection(d, 'workload', { name: 'to-share' }));
    render(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const link = (await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Share link' }))
      .value;
    const route = parseShareRoute(new URL(link).hash);
    expect(route.kind).toBe('share');
    const decoded = decodeShare(route.kind === 'share' ? route.code : '');
    expect(decoded).toEqual({ ok: true, draft: useAppStore.getState().draft });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(screen.getByText(`${link.length.toLocaleString('en')} characters`)).toBeInTheDocument();

    // Opened again, the dialog starts fresh: no stale "copied" message.
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('dialog', { name: 'Share this draft' })).toBeInTheDocument();
    expect(screen.queryByText('Link copied')).not.toBeInTheDocument();
  });
});
