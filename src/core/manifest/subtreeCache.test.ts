import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { markStable } from './stableObjects';
import { toYaml } from './toYaml';

/** A deep copy with every object that is a list item registered as stable (and so cached). */
function withStableListItems(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => {
      const copy = withStableListItems(item);
      return typeof copy === 'object' && copy !== null ? markStable(copy) : copy;
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: withStableListItems(member),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

const trickyString = fc.string({
  unit: fc.constantFrom(
    '\\',
    '"',
    "'",
    ': ',
    '#',
    '- ',
    ' ',
    '\n',
    '\t',
    '...',
    '---',
    'a',
    '1',
    '&',
    '*',
    '|',
    'qzSubtree7fK2',
    '0z\n',
  ),
});

const leaf = fc.oneof(
  trickyString,
  fc.constantFrom('yes', 'on', '0x1F', '1e3', '.inf', '~', 'null', '', 'x\n\n', '\n'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom('name', 'containers', 'metadata', 'image', 'env'), trickyString),
      tie('node'),
      { maxKeys: 4 },
    ),
  ),
})).node;

describe('toYaml with stable (cached) list items', () => {
  it('writes byte for byte what a full dump writes, for any tree', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), (docs) => {
        const expected = toYaml(docs);
        const stable = docs.map(withStableListItems);
        expect(toYaml(stable)).toBe(expected);
        // Second time from the cache.
        expect(toYaml(stable)).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('reuses one stable item at different depths and under different keys', () => {
    const item = markStable({ image: 'i', name: 'c', command: ['a', 'b'] });
    const plain = { image: 'i', name: 'c', command: ['a', 'b'] };
    const shape = (x: object) => ({
      spec: { containers: [x, x], template: { spec: { containers: [x] }, other: [[x], x] } },
      top: [x],
    });
    expect(toYaml([shape(item), [item, [item]]])).toBe(toYaml([shape(plain), [plain, [plain]]]));
  });

  it('keeps the document end marker of an item that ends the document open', () => {
    const plain = { script: 'line\n\n' };
    const expected = toYaml([{ list: [plain] }]);
    expect(expected.endsWith('\n...\n')).toBe(true);
    expect(toYaml([{ list: [markStable({ ...plain })] }])).toBe(expected);
  });

  it('is not fooled by content that looks like its placeholders', () => {
    const doc = (x: object) => ({ list: [x, '- qzSubtree7fK20z', 'qzSubtree7fK21z'] });
    expect(toYaml([doc(markStable({ a: 1 }))])).toBe(toYaml([doc({ a: 1 })]));
  });
});
