import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { ephemeralContainersOnCreate } from './ephemeralContainersOnCreate';

const spec = { ephemeralContainers: [{ name: 'debug', image: 'i:1' }] };

// ValidatePodCreate and ValidatePodTemplateSpec.
describe('ephemeral-containers-on-create', () => {
  it('rejects ephemeral containers on a Pod', () => {
    expect(runRule(ephemeralContainersOnCreate, pod(spec))).toEqual(
      hits(['spec.ephemeralContainers', 'cannot be set on create']),
    );
  });

  it('rejects them in a pod template', () => {
    const context = { kind: 'DaemonSet', isPod: false, isTemplate: true };
    expect(runRule(ephemeralContainersOnCreate, pod(spec), { context })).toEqual(
      hits(['spec.ephemeralContainers', 'ephemeral containers not allowed in pod template']),
    );
  });

  it('accepts pods without them', () => {
    expect(runRule(ephemeralContainersOnCreate, pod({ ephemeralContainers: [] }))).toEqual([]);
  });
});
