import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { imageRequired } from './imageRequired';

const TEMPLATE = { context: { kind: 'DaemonSet', isPod: false, isTemplate: true } };

// Ported from TestValidateContainers (image) and TestValidatePod/image whitespace.
describe('image-required', () => {
  it.each([
    [
      'missing image',
      { containers: [{ name: 'c' }] },
      hits(['spec.containers[0].image', 'Required value']),
    ],
    [
      'empty init image',
      { initContainers: [{ name: 'i', image: '' }] },
      hits(['spec.initContainers[0].image', 'Required value']),
    ],
    [
      'leading space',
      { containers: [{ name: 'c', image: ' image:1' }] },
      hits(['spec.containers[0].image', 'must not have leading or trailing whitespace']),
    ],
    [
      'trailing space',
      { containers: [{ name: 'c', image: 'image:1 ' }] },
      hits(['spec.containers[0].image', 'must not have leading or trailing whitespace']),
    ],
  ])('%s is rejected on a Pod', (_name, spec, expected) => {
    expect(runRule(imageRequired, pod(spec))).toEqual(expected);
  });

  it('allows surrounding whitespace in a template (the check is Pod-only)', () => {
    expect(
      runRule(imageRequired, pod({ containers: [{ name: 'c', image: ' image:1' }] }), TEMPLATE),
    ).toEqual([]);
  });

  it('still requires the image in a template', () => {
    expect(runRule(imageRequired, pod({ containers: [{ name: 'c' }] }), TEMPLATE)).toEqual(
      hits(['spec.containers[0].image', 'Required value']),
    );
  });
});
