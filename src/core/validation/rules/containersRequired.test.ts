import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { containersRequired } from './containersRequired';

describe('containers-required', () => {
  it.each([[{ containers: [] }], [{ containers: undefined }], [{ containers: 'not a list' }]])(
    '%j is rejected',
    (spec) => {
      expect(runRule(containersRequired, pod(spec))).toEqual(
        hits(['spec.containers', 'Required value']),
      );
    },
  );

  it('accepts one container', () => {
    expect(runRule(containersRequired, pod())).toEqual([]);
  });
});
