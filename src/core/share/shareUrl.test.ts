import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';
import { decodeShare } from '@/core/share/shareCodec';
import { parseShareRoute } from '@/core/share/shareRoute';
import { toShareUrl } from '@/core/share/shareUrl';

describe('toShareUrl', () => {
  it('keeps the page, sub-path and query, and holds the draft after the #', () => {
    const draft = createDraft();
    const page = { origin: 'https://example.org', pathname: '/tools/hpc/', search: '?v=2' };
    const url = new URL(toShareUrl(draft, page));
    expect(`${url.origin}${url.pathname}${url.search}`).toBe('https://example.org/tools/hpc/?v=2');
    const route = parseShareRoute(url.hash);
    expect(route.kind).toBe('share');
    expect(decodeShare(route.kind === 'share' ? route.code : '')).toEqual({ ok: true, draft });
  });
});
