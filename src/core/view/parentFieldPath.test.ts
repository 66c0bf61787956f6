import { describe, expect, it } from 'vitest';

import { isAtOrBelow, parentFieldPath } from './parentFieldPath';

describe('parentFieldPath', () => {
  it('climbs one key or index at a time', () => {
    expect(parentFieldPath('spec.containers[0].image')).toBe('spec.containers[0]');
    expect(parentFieldPath('spec.containers[0]')).toBe('spec.containers');
    expect(parentFieldPath('spec')).toBeUndefined();
  });
  it('knows what lies below a path', () => {
    expect(isAtOrBelow('spec.containers[0].image', 'spec.containers')).toBe(true);
    expect(isAtOrBelow('spec.containersX', 'spec.containers')).toBe(false);
  });
});
