import { describe, expect, it } from 'vitest';

import { DNS1123_LABEL_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { containerNameDnsLabel } from './containerNameDnsLabel';

const ctr = (name: unknown): Record<string, unknown> => ({ name, image: 'image:1' });

// Ported from TestValidateContainers / TestValidateInitContainers / TestValidateEphemeralContainers.
describe('container-name-dns-label', () => {
  it.each([
    [
      'zero-length name',
      { containers: [ctr('')] },
      hits(['spec.containers[0].name', 'Required value']),
    ],
    [
      'name > 63 characters',
      { containers: [ctr('a'.repeat(64))] },
      hits(['spec.containers[0].name', 'must be no more than 63 characters']),
    ],
    [
      'name not a DNS label',
      { containers: [ctr('a.b.c')] },
      hits(['spec.containers[0].name', 'must not contain dots']),
    ],
    [
      'upper case',
      { containers: [ctr('Main')] },
      hits(['spec.containers[0].name', DNS1123_LABEL_MESSAGE]),
    ],
    [
      'name not unique',
      { containers: [ctr('abc'), ctr('abc')] },
      hits(['spec.containers[1].name', 'Duplicate value: "abc"']),
    ],
    [
      'init container clashes with a container',
      { initContainers: [ctr('app')], containers: [ctr('app')] },
      hits(['spec.initContainers[0].name', 'Duplicate value: "app"']),
    ],
    [
      'ephemeral container clashes',
      { containers: [ctr('app')], ephemeralContainers: [ctr('app')] },
      hits(['spec.ephemeralContainers[0].name', 'Duplicate value: "app"']),
    ],
  ])('%s is rejected', (_name, spec, expected) => {
    expect(runRule(containerNameDnsLabel, pod(spec))).toEqual(expected);
  });

  it('accepts distinct valid names', () => {
    expect(
      runRule(
        containerNameDnsLabel,
        pod({ initContainers: [ctr('init')], containers: [ctr('main'), ctr('side-car-2')] }),
      ),
    ).toEqual([]);
  });
});
