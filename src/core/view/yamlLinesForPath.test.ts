import { describe, expect, it } from 'vitest';

import { toYaml } from '@/core/manifest/toYaml';

import { toPathSegments, yamlLinesForPath, yamlLinesLocator } from './yamlLinesForPath';

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'demo', labels: { app: 'demo' } },
  spec: {
    securityContext: {
      windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' },
    },
    hostNetwork: true,
    containers: [
      { name: 'a', image: 'one', command: ['ping', '-t', '127.0.0.1'] },
      {
        name: 'b',
        image: 'two',
        resources: { requests: { cpu: '2' }, limits: { cpu: '1' } },
        volumeMounts: [{ name: 'logs', mountPath: 'C:\\logs' }],
      },
    ],
    nodeSelector: { 'kubernetes.io/os': 'windows' },
  },
};

/** The text of the lines a range covers. */
function linesOf(yaml: string, path: string): string[] {
  const range = yamlLinesForPath(yaml, path);
  if (!range) return [];
  return yaml.split('\n').slice(range.start - 1, range.end);
}

describe('toPathSegments', () => {
  it('splits keys, indexes and bracketed map keys', () => {
    expect(toPathSegments('spec.containers[1].resources.limits[cpu]')).toEqual([
      'spec',
      'containers',
      1,
      'resources',
      'limits',
      'cpu',
    ]);
  });
});

describe('yamlLinesForPath', () => {
  const yaml = toYaml([pod]);

  it('finds a scalar field on its own line', () => {
    expect(linesOf(yaml, 'metadata.name')).toEqual(['  name: demo']);
  });

  it('finds a list item and covers all its lines', () => {
    const lines = linesOf(yaml, 'spec.containers[0]');
    expect(lines[0]).toBe('  - name: a');
    expect(lines.at(-1)).toBe('    - 127.0.0.1');
  });

  it('finds a field inside the second container', () => {
    expect(linesOf(yaml, 'spec.containers[1].image')).toEqual(['    image: two']);
    expect(linesOf(yaml, 'spec.containers[1].resources.limits[cpu]')).toEqual(["        cpu: '1'"]);
  });

  it('covers a whole block for a path without key (requests)', () => {
    expect(linesOf(yaml, 'spec.containers[1].resources.requests')).toEqual([
      '      requests:',
      "        cpu: '2'",
    ]);
  });

  it('falls back to the deepest existing ancestor', () => {
    expect(linesOf(yaml, 'spec.containers[1].volumeMounts.subPath')[0]).toBe('    volumeMounts:');
    expect(linesOf(yaml, 'spec.containers[0].workingDir')[0]).toBe('  - name: a');
  });

  it('reads quoted keys and keys holding dots and slashes', () => {
    expect(linesOf(yaml, 'spec.nodeSelector[kubernetes.io/os]')).toEqual([
      '    kubernetes.io/os: windows',
    ]);
  });

  it('looks in the workload document of a multi-document stream', () => {
    const stream = toYaml([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns' } }, pod]);
    const range = yamlLinesForPath(stream, 'metadata.name');
    expect(range).toBeDefined();
    expect(stream.split('\n')[(range?.start ?? 0) - 1]).toBe('  name: demo');
    expect(range?.start).toBeGreaterThan(4);
  });

  it('gives undefined when the first segment is missing', () => {
    expect(yamlLinesForPath(yaml, 'status.phase')).toBeUndefined();
  });

  it('works with a controller template path', () => {
    const ds = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'd' },
      spec: { template: { spec: pod.spec } },
    };
    expect(linesOf(toYaml([ds]), 'spec.template.spec.containers[1].name')).toEqual([
      '      - name: b',
    ]);
  });
});

describe('yamlLinesLocator', () => {
  it('locates a field of each of 20,000 containers in about the time it takes to read the text', () => {
    const count = 20_000;
    const containers = Array.from({ length: count }, (_, i) => ({ name: `c${i}`, image: 'x' }));
    const yaml = toYaml([{ apiVersion: 'v1', kind: 'Pod', spec: { containers } }]);
    const started = performance.now();
    const locate = yamlLinesLocator(yaml);
    const ranges = containers.map((_, i) => locate(`spec.containers[${i}].image`));
    // Reading each path from the top of the text took seconds here; an index takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1500);
    const lines = yaml.split('\n');
    expect(lines[ranges[count - 1]!.start - 1]).toBe('    image: x');
    expect(lines[ranges[0]!.start - 2]).toBe('  - name: c0');
  });
});
