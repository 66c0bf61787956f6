import { describe, expect, it } from 'vitest';

import { findingMarks, fixLabel } from './findingMarks';
import { readEditorText } from './readEditorText';

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: typed
spec:
  selector:
    matchLabels:
      app: typed
  template:
    metadata:
      labels:
        app: typed
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
      - name: main
        image: example
`;

describe('readEditorText', () => {
  it('reads text through the importer into a Draft', () => {
    const reading = readEditorText(DAEMONSET);
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.draft.workload.kind).toBe('DaemonSet');
    expect(reading.draft.workload.name).toBe('typed');
    expect(reading.draft.user.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
  });

  it('names the line of a syntax error', () => {
    const broken = DAEMONSET.replace('  name: typed', '  name: [typed');
    const reading = readEditorText(broken);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem.line).toBeGreaterThanOrEqual(4);
    expect(reading.problem.message).toMatch(/Not valid YAML/);
  });

  it('gives no line for a problem that is not on one', () => {
    const reading = readEditorText('apiVersion: v1\nkind: ConfigMap\n');
    expect(reading).toMatchObject({ ok: false, problem: { line: undefined } });
  });
});

describe('findingMarks', () => {
  it('puts each finding on the lines of its field path', () => {
    const finding = {
      ruleId: 'x',
      severity: 'warning' as const,
      stage: 'node' as const,
      path: 'spec.template.spec.hostNetwork',
      message: 'm',
      docUrl: 'https://kubernetes.io/',
    };
    const [mark] = findingMarks(DAEMONSET, [finding]);
    expect(mark).toMatchObject({ start: 14, end: 14 });
    expect(fixLabel(finding)).toBeUndefined();
    expect(
      fixLabel({
        ...finding,
        fix: {
          kind: 'rename-key',
          label: 'rename “a” to “b”',
          parentPath: 'spec',
          from: 'a',
          to: 'b',
        },
      }),
    ).toBe('Fix: rename “a” to “b”');
  });
});
