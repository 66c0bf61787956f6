import { describe, expect, it } from 'vitest';

import { createLineHighlighter, highlightYaml, highlightYamlLines } from './highlightYaml';

const YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a b"\n  labels: {}\n';

describe('highlightYamlLines', () => {
  it('gives one list of runs per line whose texts are exactly that line', () => {
    const lines = highlightYamlLines(YAML);
    expect(lines.map((runs) => runs.map((r) => r.text).join(''))).toEqual(YAML.split('\n'));
  });

  it('colours like the whole-document highlighter', () => {
    const keys = (runs: Array<{ text: string; className: string }>) =>
      runs.filter((r) => r.className === 'y-key').map((r) => r.text);
    expect(highlightYamlLines(YAML).flatMap(keys)).toEqual(keys(highlightYaml(YAML)));
    expect(highlightYamlLines(YAML).flatMap(keys)).toContain('apiVersion');
  });
});

describe('createLineHighlighter', () => {
  const doc = (name: string, extra: string[]) =>
    [
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      `  name: ${name}`,
      '  labels:',
      `    app: "${name}"`,
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      ...extra.map((e) => `        - name: ${e}\n          image: "C:\\\\x\\\\${e}"`),
      '',
    ].join('\n');

  it('gives the same runs as a full highlight after every edit', () => {
    const next = createLineHighlighter();
    const edits = [
      doc('agent', ['a', 'b']),
      doc('agentx', ['a', 'b']),
      doc('agentxy', ['a', 'b']),
      doc('agent', ['a', 'b']),
      doc('agent', ['a', 'b', 'c']),
      doc('agent', ['b']),
      doc('', []),
      'x',
      '',
      doc('z', ['q']),
    ];
    for (const yaml of edits) expect(next(yaml), yaml).toEqual(highlightYamlLines(yaml));
  });

  it('keeps the runs of unchanged lines, so their rendering can be skipped', () => {
    const next = createLineHighlighter();
    const before = next(doc('agent', ['a', 'b']));
    const after = next(doc('agent2', ['a', 'b']));
    expect(after[0]).toBe(before[0]);
    expect(after[after.length - 2]).toBe(before[before.length - 2]);
    expect(after[3]).not.toBe(before[3]);
  });
});
