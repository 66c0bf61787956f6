import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { workloadRestartPolicy } from './workloadRestartPolicy';

const template = (kind: string) => ({ context: { kind, isPod: false, isTemplate: true } });

describe('workload-restart-policy', () => {
  it('rejects a Job whose policy defaults to Always', () => {
    expect(runRule(workloadRestartPolicy, pod(), template('Job'))).toEqual(
      hits([
        'spec.restartPolicy',
        'Unsupported value: "Always": supported values: "OnFailure", "Never"',
      ]),
    );
  });

  it('rejects a DaemonSet with restartPolicy Never', () => {
    expect(
      runRule(workloadRestartPolicy, pod({ restartPolicy: 'Never' }), template('DaemonSet')),
    ).toEqual(
      hits(['spec.restartPolicy', 'Unsupported value: "Never": supported values: "Always"']),
    );
  });

  it.each([
    ['Job', { restartPolicy: 'OnFailure' }],
    ['CronJob', { restartPolicy: 'Never' }],
    ['DaemonSet', {}],
  ])('accepts a %s with %j', (kind, spec) => {
    expect(runRule(workloadRestartPolicy, pod(spec), template(kind))).toEqual([]);
  });

  it('does not apply to a Pod', () => {
    expect(runRule(workloadRestartPolicy, pod({ restartPolicy: 'Never' }))).toEqual([]);
  });
});
