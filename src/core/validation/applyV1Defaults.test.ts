import { describe, expect, it } from 'vitest';

import { applyPodDefaults, applyV1Defaults, isLatestOrUntagged } from './applyV1Defaults';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('applyV1Defaults', () => {
  const input = deepFreeze({
    metadata: { name: 'p' },
    spec: {
      hostNetwork: true,
      initContainers: [
        { name: 'i', image: 'i:1', ports: [{ containerPort: 53, protocol: 'UDP' }] },
      ],
      containers: [
        {
          name: 'c',
          image: 'img',
          ports: [{ containerPort: 9182 }, { containerPort: 80, hostPort: 8080 }],
          resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '100m' } },
          livenessProbe: { exec: { command: ['x'] } },
        },
      ],
      volumes: [{ name: 'empty' }, { name: 'h', hostPath: { path: 'C:\\x' } }],
    },
  });

  it('defaults as the v1 API does (rules 24, 25, 27, 29) without touching the input', () => {
    const { spec } = applyV1Defaults(input);
    expect(spec.containers[0]?.ports).toEqual([
      { containerPort: 9182, hostPort: 9182, protocol: 'TCP' },
      { containerPort: 80, hostPort: 8080, protocol: 'TCP' },
    ]);
    expect(spec.initContainers?.[0]?.ports).toEqual([
      { containerPort: 53, hostPort: 53, protocol: 'UDP' },
    ]);
    expect(spec.containers[0]?.resources?.requests).toEqual({ cpu: '100m', memory: '1Gi' });
    expect(spec.containers[0]?.imagePullPolicy).toBe('Always');
    expect(spec.initContainers?.[0]?.imagePullPolicy).toBe('IfNotPresent');
    expect(spec.containers[0]?.terminationMessagePolicy).toBe('File');
    expect(spec.containers[0]?.livenessProbe).toMatchObject({
      successThreshold: 1,
      periodSeconds: 10,
    });
    expect(spec.volumes).toEqual([
      { name: 'empty', emptyDir: {} },
      { name: 'h', hostPath: { path: 'C:\\x', type: '' } },
    ]);
    expect(spec).toMatchObject({
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      securityContext: {},
    });
    expect(input.spec.containers[0]?.ports[0]).toEqual({ containerPort: 9182 });
  });

  it('leaves hostPort alone without hostNetwork', () => {
    const { spec } = applyV1Defaults({
      spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] },
    });
    expect(spec.containers[0]?.ports?.[0]).toEqual({ containerPort: 80, protocol: 'TCP' });
  });

  it.each([
    [null],
    ['text'],
    [42],
    [{ spec: { containers: 'x', volumes: { a: 1 } } }],
    [{ spec: { containers: [null, 3] } }],
  ])('gives %j a decodable shape', (garbage) => {
    const result = applyV1Defaults(garbage);
    expect(result.metadata).toEqual(expect.any(Object));
    expect(Array.isArray(result.spec.containers ?? [])).toBe(true);
  });

  it('survives self-referencing input', () => {
    const loop: Record<string, unknown> = { name: 'c' };
    loop.self = loop;
    expect(() => applyV1Defaults({ spec: { containers: [loop] } })).not.toThrow();
  });

  it.each([
    ['image', true],
    ['image:latest', true],
    ['registry:5000/image', true],
    ['registry:5000/image:1.0', false],
    ['image@sha256:abc', false],
  ])('isLatestOrUntagged(%j) is %s', (image, expected) => {
    expect(isLatestOrUntagged(image)).toBe(expected);
  });
});

describe('applyV1Defaults: Pod-only defaults and Go zero values', () => {
  const template = {
    spec: {
      hostNetwork: true,
      restartPolicy: '',
      dnsPolicy: null,
      containers: [
        {
          name: 'c',
          image: 'i:1',
          terminationMessagePolicy: '',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          resources: { limits: { cpu: '1' } },
          startupProbe: { exec: { command: ['x'] }, successThreshold: 0, periodSeconds: 5 },
        },
      ],
      volumes: [{ name: 'cm', configMap: { name: 'cm' } }],
    },
  };

  it('leaves hostPort and requests alone on a controller template', () => {
    const { spec } = applyV1Defaults(template, { pod: false });
    expect(spec.containers[0]?.ports?.[0]).toEqual({ containerPort: 80, protocol: 'TCP' });
    expect(spec.containers[0]?.resources).toEqual({ limits: { cpu: '1' } });
  });

  it('applies them to a Pod, and applyPodDefaults adds them to a defaulted template', () => {
    const asPod = applyV1Defaults(template);
    const created = applyPodDefaults(applyV1Defaults(template, { pod: false }));
    for (const { spec } of [asPod, created]) {
      expect(spec.containers[0]?.ports?.[0]?.hostPort).toBe(80);
      expect(spec.containers[0]?.resources?.requests).toEqual({ cpu: '1' });
    }
  });

  it('treats "", null and 0 as unset, as Go decoding does', () => {
    const { spec } = applyV1Defaults(template);
    expect(spec.restartPolicy).toBe('Always');
    expect(spec.dnsPolicy).toBe('ClusterFirst');
    expect(spec.containers[0]?.terminationMessagePolicy).toBe('File');
    expect(spec.containers[0]?.startupProbe).toMatchObject({
      successThreshold: 1,
      periodSeconds: 5,
    });
  });

  it('copies only what it changes', () => {
    const input = { metadata: { name: 'p' }, spec: template.spec };
    const { metadata, spec } = applyV1Defaults(input, { pod: false });
    expect(metadata).toBe(input.metadata);
    expect(spec.volumes?.[0]).toBe(template.spec.volumes[0]);
    expect(spec.containers[0]?.ports).toBe(template.spec.containers[0]?.ports);
    expect(spec.containers[0]).not.toBe(template.spec.containers[0]);
    const unchanged = applyV1Defaults(input, { pod: false });
    expect(
      applyPodDefaults({
        ...unchanged,
        spec: { ...unchanged.spec, hostNetwork: false, containers: [] },
      }).spec.containers,
    ).toEqual([]);
  });
});
