import type { EnvVar, Volume } from 'kubernetes-types/core/v1';
import { describe, expect, it } from 'vitest';

import { ENV_SOURCE_FIELDS, ENV_SOURCES, withEnvSource } from './envSources';
import { formValue, withFormValue, type FormField } from './formFields';
import { createVolume, VOLUME_KINDS, VOLUME_SOURCE_FIELDS } from './volumeKinds';

const field = (at: string, extra: Partial<FormField<Volume>> = {}): FormField<Volume> => ({
  label: at,
  at,
  ...extra,
});

describe('form fields described as data', () => {
  const hostPath: Volume = { name: 'h', hostPath: { path: 'C:\\data', type: 'Directory' } };

  it('reads text, numbers and switches at their path', () => {
    expect(formValue(hostPath, field('hostPath.path'))).toBe('C:\\data');
    expect(formValue(hostPath, field('hostPath.missing'))).toBe('');
    const token = createVolume('serviceAccountToken', 't');
    const seconds = field('projected.sources[0].serviceAccountToken.expirationSeconds', {
      input: 'number',
    });
    expect(formValue(token, seconds)).toBe(3600);
    expect(formValue(hostPath, field('hostPath.path', { input: 'number' }))).toBeNull();
    expect(formValue(hostPath, field('hostPath.readOnly', { input: 'switch' }))).toBe(false);
  });

  it('writes a copy, keeping the other keys in their place', () => {
    const next = withFormValue(hostPath, field('hostPath.path'), 'D:\\logs');
    expect(next).toEqual({ name: 'h', hostPath: { path: 'D:\\logs', type: 'Directory' } });
    expect(Object.keys(next.hostPath ?? {})).toEqual(['path', 'type']);
    expect(hostPath.hostPath?.path).toBe('C:\\data');
  });

  it('leaves emptied optional text, empty numbers and off switches out; keeps required text', () => {
    expect(withFormValue(hostPath, field('hostPath.type', { optional: true }), '')).toEqual({
      name: 'h',
      hostPath: { path: 'C:\\data' },
    });
    expect(withFormValue(hostPath, field('hostPath.path'), '').hostPath).toEqual({
      path: '',
      type: 'Directory',
    });
    const claim: Volume = { name: 'c', persistentVolumeClaim: { claimName: 'x', readOnly: true } };
    const readOnly = field('persistentVolumeClaim.readOnly', { input: 'switch' });
    expect(withFormValue(claim, readOnly, false)).toEqual({
      name: 'c',
      persistentVolumeClaim: { claimName: 'x' },
    });
    expect(
      withFormValue({ ...claim, persistentVolumeClaim: { claimName: 'x' } }, readOnly, true),
    ).toEqual(claim);
    const token = createVolume('serviceAccountToken', 't');
    const seconds = field('projected.sources[0].serviceAccountToken.expirationSeconds', {
      input: 'number',
    });
    expect(withFormValue(token, seconds, null).projected?.sources?.[0]).toEqual({
      serviceAccountToken: { path: 'token' },
    });
  });

  it('removing a key that is not there changes nothing', () => {
    const empty: Volume = { name: 'e', emptyDir: {} };
    expect(withFormValue(empty, field('emptyDir.sizeLimit', { optional: true }), '')).toBe(empty);
  });

  it.each(VOLUME_KINDS.map((k) => k.id))('every %s source input edits the new volume', (kind) => {
    const volume = createVolume(kind, 'v');
    for (const f of VOLUME_SOURCE_FIELDS[kind]) {
      const value = f.input === 'number' ? 900 : f.input === 'switch' ? true : 'x';
      const shown = typeof f.input === 'object' ? 'x' : value;
      expect(formValue(withFormValue(volume, f, value), f), f.label).toBe(shown);
    }
  });

  it('the host path input warns at once about a named pipe', () => {
    const [path] = VOLUME_SOURCE_FIELDS.hostPath;
    const pipe: Volume = { name: 'p', hostPath: { path: '\\\\.\\pipe\\docker_engine' } };
    expect(path?.warning?.(pipe)).toMatch(/named pipe/i);
    expect(path?.warning?.(hostPath)).toBeUndefined();
  });

  it.each(ENV_SOURCES.map((s) => s.value))('every %s env input edits its source', (source) => {
    const env: EnvVar = withEnvSource({ name: 'A' }, source);
    for (const f of ENV_SOURCE_FIELDS[source]) {
      const next = withFormValue(env, f, 'typed');
      expect(formValue(next, f)).toBe('typed');
      expect(next.name).toBe('A');
    }
  });
});
