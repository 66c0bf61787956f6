import { describe, expect, it } from 'vitest';

import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

import { floatingTag } from '@/core/validation/support/imageRef';

import { imageSuggestions, PRESET_IMAGES } from './imageSuggestions';

describe('imageSuggestions', () => {
  it('starts with the HostProcess base image and includes the presets’ images once each', () => {
    const suggestions = imageSuggestions(['my/agent:1', '', HOSTPROCESS_BASE_IMAGE]);
    expect(suggestions[0]).toBe(HOSTPROCESS_BASE_IMAGE);
    for (const image of PRESET_IMAGES) if (image) expect(suggestions).toContain(image);
    expect(suggestions).toContain('my/agent:1');
    expect(suggestions).not.toContain('');
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it('suggests only pinned images: no latest, master or untagged image', () => {
    for (const image of imageSuggestions([])) expect(floatingTag(image)).toBeUndefined();
    expect(imageSuggestions([])).toContain('ghcr.io/prometheus-community/windows-exporter:0.31.8');
  });
});
