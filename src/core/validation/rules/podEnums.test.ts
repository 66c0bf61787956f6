import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { podEnums } from './podEnums';

describe('pod-enum-values', () => {
  it.each([
    [
      'terminationMessagePolicy',
      { containers: [{ name: 'c', image: 'i:1', terminationMessagePolicy: 'Unknown' }] },
      hits([
        'spec.containers[0].terminationMessagePolicy',
        'Unsupported value: "Unknown": supported values: "File", "FallbackToLogsOnError"',
      ]),
    ],
    [
      'imagePullPolicy',
      { containers: [{ name: 'c', image: 'i:1', imagePullPolicy: 'always' }] },
      hits(['spec.containers[0].imagePullPolicy', 'Unsupported value: "always"']),
    ],
    [
      'restartPolicy',
      { restartPolicy: 'Sometimes' },
      hits(['spec.restartPolicy', 'Unsupported value: "Sometimes"']),
    ],
    [
      'dnsPolicy',
      { dnsPolicy: 'clusterFirst' },
      hits(['spec.dnsPolicy', 'Unsupported value: "clusterFirst"']),
    ],
  ])('an unknown %s is rejected', (_name, spec, expected) => {
    expect(runRule(podEnums, pod(spec))).toEqual(expected);
  });

  it('accepts omitted values (defaulted)', () => {
    expect(runRule(podEnums, pod({ dnsPolicy: 'ClusterFirstWithHostNet' }))).toEqual([]);
  });
});
