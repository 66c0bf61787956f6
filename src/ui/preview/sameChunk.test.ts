import { describe, expect, it } from 'vitest';

import type { YamlSegment } from './highlightYaml';
import { sameChunk, type YamlChunkProps } from './sameChunk';

const lines = ['a: 1', 'b: 2', 'c: 3', 'd: 4'];
const colours: YamlSegment[][] = lines.map((text) => [{ text, className: 'y-key' }]);

const chunk = (overrides: Partial<YamlChunkProps> = {}): YamlChunkProps => ({
  lines,
  colours,
  inView: true,
  index: 1,
  start: 2,
  count: 2,
  endsDocument: true,
  lineHeight: 20,
  ...overrides,
});

describe('sameChunk', () => {
  it('ignores changes to lines outside the chunk', () => {
    const edited = ['a: changed', 'b: 2', 'c: 3', 'd: 4'];
    const recoloured = [[{ text: 'a: changed', className: '' }], ...colours.slice(1)];
    expect(sameChunk(chunk(), chunk({ lines: edited, colours: recoloured }))).toBe(true);
  });

  it('sees a changed line or colour inside the chunk', () => {
    expect(sameChunk(chunk(), chunk({ lines: ['a: 1', 'b: 2', 'c: 3', 'd: 5'] }))).toBe(false);
    const recoloured = [...colours.slice(0, 3), [{ text: 'd: 4', className: '' }]];
    expect(sameChunk(chunk(), chunk({ colours: recoloured }))).toBe(false);
  });

  it('sees the highlighter arrive, a moved chunk, and the document end moving', () => {
    expect(sameChunk(chunk({ colours: null }), chunk())).toBe(false);
    expect(sameChunk(chunk(), chunk({ start: 1 }))).toBe(false);
    expect(sameChunk(chunk(), chunk({ endsDocument: false }))).toBe(false);
    expect(sameChunk(chunk({ colours: null }), chunk({ colours: null }))).toBe(true);
  });

  it('ignores colours in a chunk out of view, and sees it come into view', () => {
    const recoloured = [...colours.slice(0, 3), [{ text: 'd: 4', className: '' }]];
    const away = chunk({ inView: false });
    expect(sameChunk(away, chunk({ inView: false, colours: recoloured }))).toBe(true);
    expect(sameChunk(away, chunk({ inView: false, colours: null }))).toBe(true);
    expect(sameChunk(away, chunk())).toBe(false);
  });
});
