import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { windowsPodForbiddenFields } from './windowsPodForbiddenFields';

const FORBIDDEN = 'cannot be set for a windows pod';
const windows = { os: { name: 'windows' } };

// Ported from TestValidateWindowsPodSecurityContext, TestValidateWindowsSecurityContext and
// TestValidateOSFields: forbidden when non-nil, whatever the value.
describe('windows-pod-forbidden-fields', () => {
  it.each([
    [
      'spec.securityContext.seLinuxOptions',
      { securityContext: { seLinuxOptions: { role: 'dummyRole' } } },
    ],
    [
      'spec.securityContext.appArmorProfile',
      { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } },
    ],
    [
      'spec.securityContext.seccompProfile',
      { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
    ],
    ['spec.securityContext.runAsUser', { securityContext: { runAsUser: 1000 } }],
    ['spec.securityContext.runAsGroup', { securityContext: { runAsGroup: 0 } }],
    ['spec.securityContext.fsGroup', { securityContext: { fsGroup: 2000 } }],
    [
      'spec.securityContext.fsGroupChangePolicy',
      { securityContext: { fsGroupChangePolicy: 'Always' } },
    ],
    ['spec.securityContext.supplementalGroups', { securityContext: { supplementalGroups: [] } }],
    [
      'spec.securityContext.sysctls',
      { securityContext: { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '0' }] } },
    ],
    ['spec.hostPID', { hostPID: true }],
    ['spec.hostIPC', { hostIPC: true }],
    ['spec.hostUsers', { hostUsers: true }],
    ['spec.shareProcessNamespace', { shareProcessNamespace: false }],
  ])('%s is forbidden', (path, spec) => {
    expect(runRule(windowsPodForbiddenFields, pod({ ...windows, ...spec }))).toEqual(
      hits([path, FORBIDDEN]),
    );
  });

  it.each([
    ['privileged', false],
    ['allowPrivilegeEscalation', false],
    ['readOnlyRootFilesystem', false],
    ['capabilities', { drop: ['ALL'] }],
    ['seccompProfile', { type: 'RuntimeDefault' }],
    ['runAsUser', 1000],
    ['procMount', 'Default'],
  ])('container securityContext.%s is forbidden', (field, value) => {
    const template = pod({
      ...windows,
      initContainers: [{ name: 'i', image: 'i:1', securityContext: { [field]: value } }],
    });
    expect(runRule(windowsPodForbiddenFields, template)).toEqual(
      hits([`spec.initContainers[0].securityContext.${field}`, FORBIDDEN]),
    );
  });

  it.each([
    ['without spec.os', { securityContext: { runAsUser: 1000 }, hostPID: true }],
    ['on linux', { os: { name: 'linux' }, securityContext: { runAsUser: 1000 } }],
    [
      'allowed windows fields',
      {
        ...windows,
        hostNetwork: true,
        hostPID: false,
        securityContext: { runAsNonRoot: true, windowsOptions: { hostProcess: true } },
      },
    ],
  ])('%s is accepted', (_name, spec) => {
    expect(runRule(windowsPodForbiddenFields, pod(spec))).toEqual([]);
  });
});
