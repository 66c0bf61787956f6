import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { envVarNames } from './envVarNames';

const withEnv = (env: unknown[]): Record<string, unknown> =>
  pod({ containers: [{ name: 'c', image: 'i:1', env }] });
const OLD = {
  target: { kubernetesVersion: '1.29', containerd: '1.7+' as const, windows: '2022' as const },
};

// Ported from TestValidateEnv (strict cases for old clusters, relaxed for current ones).
describe('env-var-names', () => {
  it('requires a name', () => {
    expect(runRule(envVarNames, withEnv([{ name: '', value: 'x' }]))).toEqual(
      hits(['spec.containers[0].env[0].name', 'Required value']),
    );
  });

  it.each([['a=b'], ['tab\there'], ['café']])('%j is rejected on current clusters', (name) => {
    expect(runRule(envVarNames, withEnv([{ name }]))).toEqual(
      hits([
        'spec.containers[0].env[0].name',
        "a valid environment variable name must consist only of printable ASCII characters other than '='",
      ]),
    );
  });

  it.each([['ev!1'], ['1st'], ['with space'], ['Path']])(
    '%j is accepted on current clusters',
    (name) => {
      expect(runRule(envVarNames, withEnv([{ name }]))).toEqual([]);
    },
  );

  it.each([['ev!1'], ['1st']])('%j is rejected before 1.32', (name) => {
    expect(runRule(envVarNames, withEnv([{ name }]), OLD)).toEqual(
      hits([
        'spec.containers[0].env[0].name',
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
      ]),
    );
  });
});
