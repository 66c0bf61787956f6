import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { podOsName } from './podOsName';

// Ported from TestValidateOS.
describe('pod-os-name', () => {
  it.each([
    ['empty os', { os: {} }, hits(['spec.os.name', 'cannot be empty'])],
    ['empty name', { os: { name: '' } }, hits(['spec.os.name', 'cannot be empty'])],
    [
      'dummyOS',
      { os: { name: 'dummyOS' } },
      hits(['spec.os', 'Unsupported value: "dummyOS": supported values: "linux", "windows"']),
    ],
    [
      'Windows (wrong case)',
      { os: { name: 'Windows' } },
      hits(['spec.os', 'Unsupported value: "Windows"']),
    ],
  ])('%s is rejected', (_name, spec, expected) => {
    expect(runRule(podOsName, pod(spec))).toEqual(expected);
  });

  it.each([[{ os: { name: 'windows' } }], [{ os: { name: 'linux' } }], [{}]])(
    '%j is accepted',
    (spec) => {
      expect(runRule(podOsName, pod(spec))).toEqual([]);
    },
  );
});
