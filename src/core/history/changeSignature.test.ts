import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';

import { changeSignature } from './changeSignature';

describe('changeSignature', () => {
  const draft = createDraft();

  it('is empty when nothing changed', () => {
    expect(changeSignature(draft, draft)).toBe('');
    expect(changeSignature(draft, createDraft())).toBe('');
  });

  it('names the one field a keystroke changed', () => {
    const next = { ...draft, workload: { ...draft.workload, name: 'x' } };
    expect(changeSignature(draft, next)).toBe('workload.name');
  });

  it('names nested list fields by index', () => {
    const [first] = draft.containers;
    const next = { ...draft, containers: [{ ...first!, image: 'other' }] };
    expect(changeSignature(draft, next)).toBe('containers.0.image');
  });

  it('treats a list that changed length as one change of the list', () => {
    const next = { ...draft, volumes: [{ name: 'v', emptyDir: {} }] };
    expect(changeSignature(draft, next)).toBe('volumes');
  });

  it('lists several changed fields in a stable order', () => {
    const next = {
      ...draft,
      workload: { ...draft.workload, namespace: 'b', name: 'a' },
      user: { runAsUserName: null },
    };
    expect(changeSignature(draft, next)).toBe(
      'user.runAsUserName|workload.name|workload.namespace',
    );
  });

  it('summarises a wholesale replacement as *', () => {
    const before = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i + 1]));
    expect(changeSignature(before, after)).toBe('*');
  });

  it('sees a type change as a change of that field', () => {
    expect(changeSignature({ a: { b: 1 } }, { a: [1] })).toBe('a');
    expect(changeSignature({ a: null }, { a: {} })).toBe('a');
  });
});
