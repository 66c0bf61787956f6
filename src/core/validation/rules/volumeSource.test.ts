import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { volumeSource } from './volumeSource';

// Ported from TestValidateVolumes / TestValidateHostPathVolumeSource.
describe('volume-source', () => {
  it.each([
    [
      'two sources',
      { name: 'v', emptyDir: {}, hostPath: { path: 'C:\\data' } },
      hits(['spec.volumes[0].hostPath', 'may not specify more than 1 volume type']),
    ],
    [
      'hostPath without path',
      { name: 'v', hostPath: {} },
      hits(['spec.volumes[0].hostPath.path', 'Required value']),
    ],
    [
      'hostPath with ..',
      { name: 'v', hostPath: { path: '/var/../etc' } },
      hits(['spec.volumes[0].hostPath.path', "must not contain '..'"]),
    ],
    [
      'unknown hostPath type',
      { name: 'v', hostPath: { path: 'C:\\data', type: 'directory' } },
      hits([
        'spec.volumes[0].hostPath.type',
        'Unsupported value: "directory": supported values: "", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"',
      ]),
    ],
  ])('%s is rejected', (_name, volume, expected) => {
    expect(runRule(volumeSource, pod({ volumes: [volume] }))).toEqual(expected);
  });

  it.each([
    ['no source (defaulted to emptyDir)', { name: 'v' }],
    ['Windows hostPath with backslash ..', { name: 'v', hostPath: { path: 'C:\\var\\..\\log' } }],
    [
      'hostPath Directory',
      { name: 'v', hostPath: { path: 'C:\\etc\\kubernetes', type: 'DirectoryOrCreate' } },
    ],
    ['..baz is not a backstep', { name: 'v', hostPath: { path: '/var/..baz' } }],
  ])('%s is accepted', (_name, volume) => {
    expect(runRule(volumeSource, pod({ volumes: [volume] }))).toEqual([]);
  });
});
