import { beforeEach, describe, expect, it } from 'vitest';

import { patchSection } from '@/core/model/draftOps';
import { createDraft } from '@/core/model/draft';
import { PRESETS } from '@/core/presets';
import { encodeShare } from '@/core/share/shareCodec';

import { useAppStore } from './store';
import { openLink, startUrlSync } from './urlSync';

const store = () => useAppStore.getState();
const notice = () => useAppStore.getState().notice;

beforeEach(() => {
  useAppStore.setState({ notice: null });
  window.history.replaceState(null, '', '/app/?x=1');
});

describe('openLink', () => {
  it('ignores plain anchors', async () => {
    const before = store().draft;
    expect(await openLink('#containers')).toBe('none');
    expect(store().draft).toBe(before);
    expect(notice()).toBeNull();
  });

  it('loads every preset by its short link, as one undo step', async () => {
    for (const preset of PRESETS) {
      const before = store().draft;
      expect(await openLink(`#/preset/${preset.id}`)).toBe('loaded');
      expect(store().draft).toEqual(preset.draft);
      expect(notice()).toMatchObject({ severity: 'success', undoable: true });
      store().actions.undo();
      expect(store().draft).toBe(before);
    }
  });

  it('loads a share link in both spellings', async () => {
    const shared = { ...createDraft(), workload: { ...createDraft().workload, name: 'shared' } };
    expect(await openLink(`#/s/${encodeShare(shared)}`)).toBe('loaded');
    expect(store().draft.workload.name).toBe('shared');
    store().actions.hydrate(createDraft());
    expect(await openLink(`#share=${encodeShare(shared)}`)).toBe('loaded');
    expect(store().draft.workload.name).toBe('shared');
  });

  it.each([
    ['an unknown preset', '#/preset/no-such-preset', /no preset called “no-such-preset”/],
    ['an unknown route', '#/elsewhere', /does not point to a preset/],
    ['random text', '#/s/garbage', /cannot be opened/],
    ['an unknown version', '#/s/v9.AAAA', /format v9/],
  ])('refuses %s, says so, and keeps the draft', async (_, fragment, message) => {
    store().actions.apply((d) => patchSection(d, 'workload', { name: 'mine' }));
    const before = store().draft;
    expect(await openLink(fragment)).toBe('refused');
    expect(store().draft).toBe(before);
    expect(notice()?.severity).toBe('error');
    expect(notice()?.message).toMatch(message);
    expect(notice()?.message).toMatch(/Your draft is unchanged/);
  });
});

describe('startUrlSync', () => {
  it('opens the start link, then tidies the address, keeping path and query', async () => {
    window.history.replaceState(null, '', `/app/?x=1#/s/${encodeShare(createDraft())}`);
    const { hadLink, opened, stop } = startUrlSync();
    expect(hadLink).toBe(true);
    expect(await opened).toBe('loaded');
    expect(window.location.hash).toBe('');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/app/?x=1');
    stop();
  });

  it('tidies a refused link too', async () => {
    window.history.replaceState(null, '', '/app/#/s/nonsense');
    const { hadLink, opened, stop } = startUrlSync();
    expect(hadLink).toBe(true);
    expect(await opened).toBe('refused');
    expect(window.location.hash).toBe('');
    stop();
  });

  it('follows links opened later in the same tab', async () => {
    const { hadLink, opened, stop } = startUrlSync();
    expect(hadLink).toBe(false);
    expect(await opened).toBe('none');
    const [preset] = PRESETS;
    window.history.replaceState(null, '', `/app/#/preset/${preset!.id}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store().draft).toEqual(preset!.draft);
    stop();
  });
});
