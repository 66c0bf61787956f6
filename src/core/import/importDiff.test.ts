import { describe, expect, it } from 'vitest';

import { importDiff } from './importDiff';

describe('importDiff', () => {
  it('is empty for the same objects in another key order', () => {
    expect(importDiff([{ a: 1, b: { c: 2 } }], [{ b: { c: 2 }, a: 1 }])).toStrictEqual([]);
  });

  it('names added, removed and changed fields by document and path', () => {
    const pasted = [{ kind: 'Namespace' }, { spec: { hostNetwork: false, x: 1 } }];
    const written = [{ kind: 'Namespace' }, { spec: { hostNetwork: true, y: 2 } }];
    expect(importDiff(pasted, written)).toStrictEqual([
      { document: 1, path: 'spec.hostNetwork', change: 'changed' },
      { document: 1, path: 'spec.x', change: 'removed' },
      { document: 1, path: 'spec.y', change: 'added' },
    ]);
  });

  it('lines up the items of a kind: List, and reports extra documents whole', () => {
    const list = { kind: 'List', items: [{ a: 1 }, { b: 2 }] };
    expect(importDiff([list], [{ a: 1 }, { b: 2 }])).toStrictEqual([]);
    expect(importDiff([{ a: 1 }], [{ kind: 'Namespace' }, { a: 1 }])[0]).toMatchObject({
      document: 0,
    });
    expect(importDiff([{ a: 1 }], [{ a: 1 }, { b: 2 }])).toStrictEqual([
      { document: 1, path: '', change: 'added' },
    ]);
  });
});
