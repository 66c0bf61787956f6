import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { volumeMounts } from './volumeMounts';

const volumes = [
  { name: 'abc', emptyDir: {} },
  { name: 'host', hostPath: { path: 'C:\\data' } },
];
const withMounts = (
  mounts: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> =>
  pod({ volumes, containers: [{ name: 'c', image: 'i:1', volumeMounts: mounts, ...extra }] });
const M = 'spec.containers[0].volumeMounts';

// Ported from TestValidateVolumeMounts and TestValidateMountPropagation.
describe('volume-mounts', () => {
  it.each([
    [
      'empty name (Required and Not found, as ValidateVolumeMounts reports it)',
      [{ name: '', mountPath: '/foo' }],
      hits([`${M}[0].name`, 'Required value'], [`${M}[0].name`, 'Not found: ""']),
    ],
    [
      'name not found',
      [{ name: 'missing', mountPath: '/foo' }],
      hits([`${M}[0].name`, 'Not found: "missing"']),
    ],
    [
      'empty mountPath',
      [{ name: 'abc', mountPath: '' }],
      hits([`${M}[0].mountPath`, 'Required value']),
    ],
    [
      'mountPath not unique',
      [
        { name: 'abc', mountPath: 'C:\\data' },
        { name: 'host', mountPath: 'C:\\data' },
      ],
      hits([`${M}[1].mountPath`, 'must be unique']),
    ],
    [
      'absolute subPath',
      [{ name: 'abc', mountPath: '/bar', subPath: '/baz' }],
      hits([`${M}.subPath`, 'must be a relative path']),
    ],
    [
      'subPath with ..',
      [{ name: 'abc', mountPath: '/bar', subPath: 'baz/../bat' }],
      hits([`${M}.subPath`, "must not contain '..'"]),
    ],
    [
      'subPath and subPathExpr',
      [{ name: 'abc', mountPath: '/bar', subPath: 'a', subPathExpr: '$(POD)' }],
      hits([`${M}[0].subPathExpr`, 'subPathExpr and subPath are mutually exclusive']),
    ],
    [
      'Bidirectional without privileged',
      [{ name: 'host', mountPath: '/bar', mountPropagation: 'Bidirectional' }],
      hits([
        `${M}.mountPropagation`,
        'Bidirectional mount propagation is available only to privileged containers',
      ]),
    ],
  ])('%s is rejected', (_name, mounts, expected) => {
    expect(runRule(volumeMounts, withMounts(mounts))).toEqual(expected);
  });

  it('reports a mount of an invalid volume as not found', () => {
    const template = pod({
      volumes: [{ name: 'bad', hostPath: {} }],
      containers: [{ name: 'c', image: 'i:1', volumeMounts: [{ name: 'bad', mountPath: '/x' }] }],
    });
    expect(runRule(volumeMounts, template)).toEqual(hits([`${M}[0].name`, 'Not found: "bad"']));
  });

  it.each([
    [
      'Windows drive paths',
      [
        { name: 'abc', mountPath: 'd:' },
        { name: 'host', mountPath: 'G:\\mount' },
      ],
    ],
    [
      'relative subPaths',
      [
        { name: 'abc', mountPath: '/a', subPath: '.baz' },
        { name: 'host', mountPath: '/b', subPath: '..baz' },
      ],
    ],
    ['HostToContainer', [{ name: 'abc', mountPath: '/a', mountPropagation: 'HostToContainer' }]],
  ])('%s are accepted', (_name, mounts) => {
    expect(runRule(volumeMounts, withMounts(mounts))).toEqual([]);
  });

  it('accepts Bidirectional in a privileged container', () => {
    const template = withMounts(
      [{ name: 'abc', mountPath: '/a', mountPropagation: 'Bidirectional' }],
      { securityContext: { privileged: true } },
    );
    expect(runRule(volumeMounts, template)).toEqual([]);
  });
});
