import { describe, expect, it } from 'vitest';

import { LABEL_VALUE_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { nodeSelectorLabels } from './nodeSelectorLabels';

describe('node-selector-labels', () => {
  it('rejects a bad value on spec.nodeSelector', () => {
    expect(
      runRule(nodeSelectorLabels, pod({ nodeSelector: { 'kubernetes.io/os': 'windows server' } })),
    ).toEqual(hits(['spec.nodeSelector', LABEL_VALUE_MESSAGE]));
  });

  it('accepts the Windows selector', () => {
    expect(
      runRule(nodeSelectorLabels, pod({ nodeSelector: { 'kubernetes.io/os': 'windows' } })),
    ).toEqual([]);
  });
});
