import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { decodeSavedDraft, encodeSavedDraft } from '@/core/share/savedDraft';

import { importManifests } from './importManifests';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  securityContext:
    windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
  hostNetwork: true
  containers:
  - name: c
    image: i
`;

/**
 * `run`'s result and the CPU time it took (user + system, in ms): unlike wall-clock time, it does
 * not grow when other processes share the machine.
 */
function timed<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, ms: (used.user + used.system) / 1000 };
}

describe('importManifests on hostile and heavy input', () => {
  it('keeps __proto__ and constructor keys as data, through import, YAML and autosave', () => {
    const text = `${POD}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  annotations: {constructor: kept}
data:
  __proto__: '{"polluted": true}'
  constructor: c
`;
    const result = importManifests(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const yaml = toYaml(toManifests(result.draft));
    expect(yaml).toMatch(/__proto__: '\{"polluted": true\}'/);
    expect(yaml).toMatch(/constructor: kept/);
    const saved = decodeSavedDraft(encodeSavedDraft(result.draft));
    expect(saved.kind).toBe('ok');
    if (saved.kind !== 'ok') return;
    expect(toYaml(toManifests(saved.draft))).toBe(yaml);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [configMap] = saved.draft.kept.documentsAfter as Array<{ data: object }>;
    expect(Object.getPrototypeOf(configMap?.data)).toBe(Object.prototype);
  });

  it('reads a ConfigMap with 125,000 keys within 2 s', () => {
    const keys = Array.from({ length: 125_000 }, (_, i) => `  k${i.toString(36)}: ""`).join('\n');
    const text = `${POD}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${keys}\n`;
    const { result, ms } = timed(() => importManifests(text));
    expect(result.ok ? '' : result.reason).toBe('');
    expect(ms).toBeLessThan(2000);
  });

  it('refuses YAML nested 1,001 levels deep, naming the depth', () => {
    const text = `${POD}  extra: ${'['.repeat(1001)}${']'.repeat(1001)}\n`;
    const { result, ms } = timed(() => importManifests(text));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/1,000 levels/) as unknown,
    });
    expect(ms).toBeLessThan(2000);
  });

  it('refuses an alias fan-out of 160 million values in milliseconds', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i += 1) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    }
    const { result, ms } = timed(() => importManifests(`${lines.join('\n')}\n`));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/200,000 values/) as unknown,
    });
    expect(ms).toBeLessThan(2000);
  });

  it('refuses one object larger than etcd stores (1.5 MiB), naming the limit', () => {
    const text = `${POD}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: ${'x'.repeat(1_700_000)}\n`;
    expect(importManifests(text)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Document 2 .*1\.6 MiB.*1\.5 MiB/) as unknown,
    });
  });

  it('reads yes/on and octal as kubectl does', () => {
    const result = importManifests(POD.replace('hostNetwork: true', 'hostNetwork: yes'));
    expect(result.ok && toYaml(toManifests(result.draft))).toMatch(/hostNetwork: true/);
  });
});
