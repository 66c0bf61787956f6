import { describe, expect, it } from 'vitest';

import { DNS1123_LABEL_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { volumeName } from './volumeName';

// Ported from TestValidateVolumes (name cases).
describe('volume-name', () => {
  it.each([
    ['missing name', [{ emptyDir: {} }], hits(['spec.volumes[0].name', 'Required value'])],
    [
      'not a DNS label',
      [{ name: 'Logs_Dir', emptyDir: {} }],
      hits(['spec.volumes[0].name', DNS1123_LABEL_MESSAGE]),
    ],
    [
      'dotted',
      [{ name: 'a.b', emptyDir: {} }],
      hits(['spec.volumes[0].name', 'must not contain dots']),
    ],
    [
      'duplicate',
      [
        { name: 'logs', emptyDir: {} },
        { name: 'logs', emptyDir: {} },
      ],
      hits(['spec.volumes[1].name', 'Duplicate value: "logs"']),
    ],
  ])('%s is rejected', (_name, volumes, expected) => {
    expect(runRule(volumeName, pod({ volumes }))).toEqual(expected);
  });

  it('accepts distinct valid names', () => {
    expect(
      runRule(
        volumeName,
        pod({ volumes: [{ name: 'logs' }, { name: 'config', configMap: { name: 'c' } }] }),
      ),
    ).toEqual([]);
  });
});
