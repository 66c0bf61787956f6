import { describe, expect, it } from 'vitest';

import { didYouMean, editDistance } from './didYouMean';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['hostnetwrok', 'hostnetwork', 1],
    ['volumemount', 'volumemounts', 1],
    ['ab', 'ba', 1],
  ])('%s → %s = %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });
});

describe('didYouMean', () => {
  const podFields = ['hostNetwork', 'hostPID', 'hostIPC', 'hostUsers', 'containers', 'volumes'];

  it('prefers a case-insensitive match over closer edits', () => {
    expect(didYouMean('runAsUsername', ['runAsUserName', 'runAsUser', 'runAsGroup'])).toEqual([
      'runAsUserName',
    ]);
    expect(didYouMean('HOSTNETWORK', podFields)).toEqual(['hostNetwork']);
  });

  it('finds swapped, missing and extra letters', () => {
    expect(didYouMean('hostNetwrok', podFields)).toEqual(['hostNetwork']);
    expect(didYouMean('container', podFields)).toEqual(['containers']);
    expect(didYouMean('volumess', podFields)).toEqual(['volumes']);
  });

  it('returns every equally close name, and nothing when all are far', () => {
    expect(didYouMean('hostPIC', podFields)).toEqual(['hostPID', 'hostIPC']);
    expect(didYouMean('x', podFields)).toEqual([]);
    expect(didYouMean('nodeName', podFields)).toEqual([]);
  });
});
