import { describe, expect, it } from 'vitest';

import { toFieldPath, yamlKeyAt, yamlPlaceAt } from './yamlPathAt';

const DAEMONSET = `apiVersion: v1
kind: Namespace
metadata:
  name: tools
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: exporter
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: main
        image: example
        ports:
          - containerPort: 80
      - name: second
        # a comment between keys
        imagePullPolicy: Always
`;

function lineOf(text: string): number {
  return DAEMONSET.split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('yamlKeyAt', () => {
  it('gives the full path of a key, its kind and its columns', () => {
    const key = yamlKeyAt(DAEMONSET, lineOf('hostNetwork'));
    expect(key).toMatchObject({
      kind: 'DaemonSet',
      segments: ['spec', 'template', 'spec', 'hostNetwork'],
      key: 'hostNetwork',
      from: 6,
      to: 17,
    });
  });

  it('counts list items, in both list styles, across comments', () => {
    expect(yamlKeyAt(DAEMONSET, lineOf('image: example'))?.segments).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'image',
    ]);
    expect(yamlKeyAt(DAEMONSET, lineOf('containerPort'))?.segments).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'ports',
      0,
      'containerPort',
    ]);
    expect(toFieldPath(yamlKeyAt(DAEMONSET, lineOf('imagePullPolicy'))?.segments ?? [])).toBe(
      'spec.template.spec.containers[1].imagePullPolicy',
    );
  });

  it('reads each document on its own', () => {
    expect(yamlKeyAt(DAEMONSET, lineOf('name: tools'))).toMatchObject({
      kind: 'Namespace',
      segments: ['metadata', 'name'],
    });
  });

  it('is undefined on a line without a key', () => {
    expect(yamlKeyAt(DAEMONSET, lineOf('# a comment'))).toBeUndefined();
    expect(yamlKeyAt(DAEMONSET, 999)).toBeUndefined();
  });
});

describe('yamlPlaceAt', () => {
  it('gives the mapping a new key at a column would join', () => {
    const text = `${DAEMONSET}        `;
    const last = text.split('\n').length;
    expect(yamlPlaceAt(text, last, 8)).toEqual({
      kind: 'DaemonSet',
      segments: ['spec', 'template', 'spec', 'containers', 1],
    });
    expect(yamlPlaceAt(text, last, 6).segments).toEqual(['spec', 'template', 'spec']);
    expect(yamlPlaceAt(text, last, 0).segments).toEqual([]);
  });
});
