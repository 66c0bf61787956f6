import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';

import { dismissNotice, useNoticeStore } from '@/state/noticeStore';
import { useCodeOnDemand } from '@/ui/hooks/useCodeOnDemand';
import { preloadable } from '@/ui/layout/preloadable';

function Opener({ code }: { code: ReturnType<typeof preloadable<{ label: string }>> }) {
  const part = useCodeOnDemand(code);
  return (
    <>
      <button type="button" onClick={() => void part.load()}>
        Open
      </button>
      {part.Component && <part.Component label="the part" />}
    </>
  );
}

describe('useCodeOnDemand', () => {
  beforeEach(() => dismissNotice());

  it('renders nothing until asked, then the loaded part, which stays', async () => {
    const code = preloadable(() =>
      Promise.resolve(({ label }: { label: string }) => <p>{label}</p>),
    );
    render(<Opener code={code} />);
    expect(screen.queryByText('the part')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(useNoticeStore.getState().notice).toBeNull();
  });

  it('says so when the code cannot be fetched, and the page keeps working', async () => {
    const code = preloadable<{ label: string }>(() =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    );
    render(<Opener code={code} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    await expect
      .poll(() => useNoticeStore.getState().notice?.message)
      .toMatch(/could not be loaded/);
    expect(useNoticeStore.getState().notice?.severity).toBe('error');
    expect(screen.getByRole('button', { name: 'Open' })).toBeInTheDocument();
  });
});
