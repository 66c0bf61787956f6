import { describe, expect, it } from 'vitest';

import { LABEL_VALUE_MESSAGE, QUALIFIED_NAME_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { metadataLabels } from './metadataLabels';

// Ported from TestValidatePod/bad label and ValidateLabels.
describe('metadata-labels', () => {
  it.each([
    [
      'bad key',
      { 'NoUppercaseOrSpecialCharsLike=Equals': 'bar' },
      hits(['metadata.labels', `name part ${QUALIFIED_NAME_MESSAGE}`]),
    ],
    ['empty prefix', { '/name': 'v' }, hits(['metadata.labels', 'prefix part must be non-empty'])],
    [
      'empty name',
      { 'example.com/': 'v' },
      hits(['metadata.labels', 'name part must be non-empty']),
    ],
    ['bad value', { app: 'has space' }, hits(['metadata.labels', LABEL_VALUE_MESSAGE])],
    [
      'long value',
      { app: 'a'.repeat(64) },
      hits(['metadata.labels', 'must be no more than 63 bytes']),
    ],
  ])('%s is rejected', (_name, labels, expected) => {
    expect(runRule(metadataLabels, pod({}, { name: 'p', labels }))).toEqual(expected);
  });

  it('says characters for clusters before 1.35', () => {
    const template = pod({}, { name: 'p', labels: { app: 'a'.repeat(64) } });
    expect(
      runRule(metadataLabels, template, {
        target: { kubernetesVersion: '1.34', containerd: '1.7+', windows: '2022' },
      }),
    ).toEqual(hits(['metadata.labels', 'must be no more than 63 characters']));
  });

  it.each([
    [{ app: 'kube-proxy', 'k8s-app': '', 'example.com/My_Name.1': 'Value_1' }],
    [undefined],
  ])('%j is accepted', (labels) => {
    expect(runRule(metadataLabels, pod({}, { name: 'p', labels }))).toEqual([]);
  });
});
