import { describe, expect, it } from 'vitest';

import { parseShareRoute, presetFragment, shareFragment } from './shareRoute';

describe('parseShareRoute', () => {
  it.each([
    ['', { kind: 'none' }],
    ['#', { kind: 'none' }],
    ['#/', { kind: 'none' }],
    ['#user-account', { kind: 'none' }],
    ['#/preset/windows-exporter', { kind: 'preset', id: 'windows-exporter' }],
    ['#/preset/windows-exporter/', { kind: 'preset', id: 'windows-exporter' }],
    ['#/preset/a%20b', { kind: 'preset', id: 'a b' }],
    ['#/s/v1.abc', { kind: 'share', code: 'v1.abc' }],
    ['#share=v1.abc', { kind: 'share', code: 'v1.abc' }],
    ['#/s/', { kind: 'share', code: '' }],
    ['#/preset/', { kind: 'unknown', fragment: '#/preset/' }],
    ['#/preset/%E0%A4%A', { kind: 'unknown', fragment: '#/preset/%E0%A4%A' }],
    ['#/nothing-here', { kind: 'unknown', fragment: '#/nothing-here' }],
  ])('reads %j', (fragment, route) => {
    expect(parseShareRoute(fragment)).toEqual(route);
  });

  it('round-trips the fragments it builds', () => {
    expect(parseShareRoute(presetFragment('csi proxy/1'))).toEqual({
      kind: 'preset',
      id: 'csi proxy/1',
    });
    expect(parseShareRoute(shareFragment('v1.x-_'))).toEqual({ kind: 'share', code: 'v1.x-_' });
  });

  it('cuts an unknown route short in what it echoes back', () => {
    const route = parseShareRoute(`#/${'x'.repeat(10_000)}`);
    expect(route.kind).toBe('unknown');
    expect(route.kind === 'unknown' && route.fragment.length).toBeLessThanOrEqual(81);
  });
});
