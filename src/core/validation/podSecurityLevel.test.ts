import { describe, expect, it } from 'vitest';

import { applyV1Defaults } from './applyV1Defaults';
import { podSecurityLevel } from './podSecurityLevel';
import { hostProcessPod, pod, windowsContainer } from './support/testPods';

const level = (template: unknown) => podSecurityLevel(applyV1Defaults(template));

// Ported from pod-security-admission TestWindowsHostProcess and the fixtures of
// test/fixtures_windowsHostProcess.go and restricted/v1.37/pass/base_windows.yaml.
describe('podSecurityLevel', () => {
  it('names pod and containers as TestWindowsHostProcess does', () => {
    const template = pod({
      hostNetwork: true,
      securityContext: { windowsOptions: { hostProcess: true } },
      initContainers: [windowsContainer('a'), windowsContainer('b', { hostProcess: false })],
      containers: [
        windowsContainer('c'),
        windowsContainer('d', { hostProcess: false }),
        windowsContainer('e', { hostProcess: true }),
        windowsContainer('f', { hostProcess: true }),
      ],
    });
    expect(level(template).failing).toContainEqual({
      check: 'windowsHostProcess',
      reason: 'hostProcess',
      detail:
        'pod and containers "e", "f" must not set securityContext.windowsOptions.hostProcess=true',
    });
  });

  it('puts every HostProcess pod at privileged, failing hostProcess and host namespaces', () => {
    const result = level(hostProcessPod());
    expect(result.level).toBe('privileged');
    expect(result.failing).toEqual([
      { check: 'hostNamespaces', reason: 'host namespaces', detail: 'hostNetwork=true' },
      {
        check: 'windowsHostProcess',
        reason: 'hostProcess',
        detail: 'pod must not set securityContext.windowsOptions.hostProcess=true',
      },
    ]);
  });

  it('counts defaulted host ports and hostPath volumes', () => {
    const result = level(
      hostProcessPod({
        containers: [
          { name: 'a', image: 'i:1', ports: [{ containerPort: 9182 }, { containerPort: 80 }] },
          { name: 'b', image: 'i:1', ports: [{ containerPort: 443 }] },
        ],
        volumes: [
          { name: 'logs', hostPath: { path: 'C:\\logs' } },
          { name: 'etc', hostPath: { path: 'C:\\etc' } },
        ],
      }),
    );
    expect(result.failing).toContainEqual({
      check: 'hostPorts',
      reason: 'hostPort',
      detail: 'containers "a", "b" use hostPorts 443, 80, 9182',
    });
    expect(result.failing).toContainEqual({
      check: 'hostPathVolumes',
      reason: 'hostPath volumes',
      detail: 'volumes "logs", "etc"',
    });
  });

  it('admits a plain Windows pod with runAsNonRoot as restricted (base_windows fixture)', () => {
    expect(
      level(pod({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true } })),
    ).toEqual({ level: 'restricted', failing: [] });
  });

  it('puts an unhardened Linux pod at baseline with PSA’s restricted reasons', () => {
    const result = level(pod({ volumes: [{ name: 'data', nfs: { server: 's', path: '/' } }] }));
    expect(result.level).toBe('baseline');
    expect(result.failing.map((f) => f.reason)).toEqual([
      'allowPrivilegeEscalation != false',
      'unrestricted capabilities',
      'restricted volume types',
      'runAsNonRoot != true',
      'seccompProfile',
    ]);
    expect(result.failing[2]?.detail).toBe('volume "data" uses restricted volume type "nfs"');
    expect(result.failing[1]?.detail).toBe(
      'container "ctr" must set securityContext.capabilities.drop=["ALL"]',
    );
  });

  it.each([
    [
      { containers: [{ name: 'p', image: 'i', securityContext: { privileged: true } }] },
      'privileged',
      'container "p" must not set securityContext.privileged=true',
    ],
    [
      {
        containers: [
          {
            name: 'p',
            image: 'i',
            securityContext: { capabilities: { add: ['SYS_ADMIN', 'CHOWN', 'NET_ADMIN'] } },
          },
        ],
      },
      'non-default capabilities',
      'container "p" must not include "NET_ADMIN", "SYS_ADMIN" in securityContext.capabilities.add',
    ],
    [{ hostPID: true, hostIPC: true }, 'host namespaces', 'hostPID=true, hostIPC=true'],
    [
      { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] } },
      'forbidden sysctls',
      'kernel.msgmax',
    ],
    [
      { securityContext: { seccompProfile: { type: 'Unconfined' } } },
      'seccompProfile',
      'pod must not set securityContext.seccompProfile.type to "Unconfined"',
    ],
  ])('fails baseline for %j', (spec, reason, detail) => {
    const result = level(pod(spec));
    expect(result.level).toBe('privileged');
    expect(result.failing).toContainEqual(expect.objectContaining({ reason, detail }));
  });

  it('never throws on garbage', () => {
    expect(() =>
      podSecurityLevel({ metadata: null, spec: { containers: 'x', volumes: [1] } } as never),
    ).not.toThrow();
  });
});
