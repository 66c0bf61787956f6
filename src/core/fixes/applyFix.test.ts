import { describe, expect, it } from 'vitest';

import type { Finding } from '@/core/validation/types';

import { applyFix, applyFixes } from './applyFix';
import { parseFieldPath } from './fieldPath';

describe('parseFieldPath', () => {
  it.each([
    ['spec.containers[0].ports', ['spec', 'containers', 0, 'ports']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
    ['spec', ['spec']],
  ])('%s', (path, steps) => {
    expect(parseFieldPath(path)).toEqual(steps);
  });
});

describe('applyFix', () => {
  const pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    spec: { hostNetwrok: true, containers: [{ name: 'a', volumeMount: [], image: 'x' }] },
  };

  it('renames a key in place, keeping its position and the input untouched', () => {
    const fixed = applyFix(pod, {
      kind: 'rename-key',
      label: 'rename',
      parentPath: 'spec.containers[0]',
      from: 'volumeMount',
      to: 'volumeMounts',
    }) as typeof pod & { spec: { containers: Array<Record<string, unknown>> } };
    expect(Object.keys(fixed.spec.containers[0] ?? {})).toEqual(['name', 'volumeMounts', 'image']);
    expect(pod.spec.containers[0]).toHaveProperty('volumeMount');
  });

  it('renames at the top of spec', () => {
    const fixed = applyFix(pod, {
      kind: 'rename-key',
      label: 'rename',
      parentPath: 'spec',
      from: 'hostNetwrok',
      to: 'hostNetwork',
    });
    expect(fixed).toMatchObject({ spec: { hostNetwork: true } });
  });

  it.each([
    ['spec.containers[3]', 'volumeMount'],
    ['spec.nothing', 'x'],
    ['spec', 'missing'],
  ])('gives undefined when %s no longer holds %s', (parentPath, from) => {
    expect(
      applyFix(pod, { kind: 'rename-key', label: 'rename', parentPath, from, to: 'y' }),
    ).toBeUndefined();
  });

  it('drops the misspelt key when the right one already says the same', () => {
    const both = { spec: { hostNetwrok: true, hostNetwork: true } };
    expect(
      applyFix(both, {
        kind: 'rename-key',
        label: 'rename',
        parentPath: 'spec',
        from: 'hostNetwrok',
        to: 'hostNetwork',
      }),
    ).toEqual({ spec: { hostNetwork: true } });
  });

  it('refuses to overwrite an existing key with another value', () => {
    const both = { spec: { a: 1, b: 2 } };
    expect(
      applyFix(both, {
        kind: 'rename-key',
        label: 'rename',
        parentPath: 'spec',
        from: 'a',
        to: 'b',
      }),
    ).toBeUndefined();
  });
});

describe('applyFix set and remove', () => {
  const pod = { spec: { hostNetwork: false, containers: [{ name: 'a', image: 'x' }] } };

  it('sets a value in place, keeping the key order and the input untouched', () => {
    const fixed = applyFix(pod, { kind: 'set', label: 's', path: 'spec.hostNetwork', value: true });
    expect(fixed).toStrictEqual({
      spec: { hostNetwork: true, containers: [{ name: 'a', image: 'x' }] },
    });
    expect(Object.keys((fixed as typeof pod).spec)).toStrictEqual(['hostNetwork', 'containers']);
    expect(pod.spec.hostNetwork).toBe(false);
  });

  it('creates the maps a set needs, with a bracketed map key', () => {
    const fixed = applyFix(pod, {
      kind: 'set',
      label: 's',
      path: 'spec.nodeSelector[kubernetes.io/os]',
      value: 'windows',
    });
    expect(fixed).toMatchObject({ spec: { nodeSelector: { 'kubernetes.io/os': 'windows' } } });
  });

  it('never grows a list', () => {
    expect(
      applyFix(pod, { kind: 'set', label: 's', path: 'spec.containers[3].name', value: 'b' }),
    ).toBeUndefined();
  });

  it('removes a field, and gives undefined when it is not there', () => {
    expect(applyFix(pod, { kind: 'remove', label: 'r', path: 'spec.containers[0].image' })).toEqual(
      { spec: { hostNetwork: false, containers: [{ name: 'a' }] } },
    );
    expect(
      applyFix(pod, { kind: 'remove', label: 'r', path: 'spec.containers[0].missing' }),
    ).toBeUndefined();
  });
});

describe('applyFixes', () => {
  const finding = (fix: Finding['fix'], documentIndex = 0): Finding => ({
    ruleId: 'r',
    severity: 'warning',
    stage: 'guidance',
    path: 'spec',
    message: 'm',
    docUrl: 'https://kubernetes.io/',
    fix,
    documentIndex,
  });
  const path = 'spec.securityContext.windowsOptions.runAsUserName';
  const doc = {
    spec: { securityContext: { windowsOptions: { runAsUserName: 'nt authority\\x' } } },
  };

  it('applies one fix per field in a batch: a second repair of the same field waits', () => {
    const first = finding({ kind: 'set', label: 'a', path, value: 'NT AUTHORITY\\X' });
    const second = finding({ kind: 'set', label: 'b', path, value: 'NT AUTHORITY\\x' });
    const result = applyFixes([doc], [first, second]);
    expect(result.applied).toStrictEqual([first]);
    expect(result.documents[0]).toMatchObject({
      spec: { securityContext: { windowsOptions: { runAsUserName: 'NT AUTHORITY\\X' } } },
    });
  });

  it('applies fixes of different fields and documents together, skipping those that do not fit', () => {
    const fixes = [
      finding({ kind: 'set', label: 'a', path: 'spec.hostNetwork', value: true }),
      finding({ kind: 'remove', label: 'b', path: 'spec.missing' }),
      finding({ kind: 'set', label: 'c', path: 'spec.hostNetwork', value: true }, 1),
    ];
    const result = applyFixes([doc, {}], fixes);
    expect(result.applied.map((f) => f.fix?.label)).toStrictEqual(['a', 'c']);
    expect(result.documents[1]).toStrictEqual({ spec: { hostNetwork: true } });
  });
});
