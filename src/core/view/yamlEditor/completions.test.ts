import { describe, expect, it } from 'vitest';

import { schemaData } from '@/core/schema/schemaData';

import { completionsAt } from './completions';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
  - name: main
    imagePullPolicy: 
    securityContext:
      windowsOptions:
        runAsUserName: 
  restartPolicy: Al
  hostN`;

function at(text: string) {
  const lines = POD.split('\n');
  const index = lines.findIndex((line) => line.startsWith(text));
  return completionsAt(schemaData, POD, index + 1, lines[index]!);
}

describe('completionsAt', () => {
  it('offers the enum values of imagePullPolicy', () => {
    expect(at('    imagePullPolicy')?.options.map((o) => o.label)).toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
  });

  it('offers the four account strings for runAsUserName, quoted where YAML needs it', () => {
    const found = at('        runAsUserName');
    expect(found?.options.map((o) => o.label)).toEqual([
      'NT AUTHORITY\\Local service',
      'NT AUTHORITY\\NetworkService',
      'NT AUTHORITY\\SYSTEM',
      'hpc-localgroup',
    ]);
    expect(found?.options[0]?.apply).toBe('"NT AUTHORITY\\\\Local service"');
  });

  it('replaces the value typed so far', () => {
    const found = at('  restartPolicy');
    expect(found?.from).toBe('  restartPolicy: '.length);
    expect(found?.options.map((o) => o.label)).toContain('Always');
  });

  it('offers the keys of the mapping being written', () => {
    const found = at('  hostN');
    expect(found?.from).toBe(2);
    const labels = found?.options.map((o) => o.label);
    expect(labels).toContain('hostNetwork');
    expect(labels).toContain('containers');
    expect(labels).not.toContain('image');
  });

  it('offers nothing for a free-text field', () => {
    expect(at('  name: demo')).toBeNull();
  });
});
