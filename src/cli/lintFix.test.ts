import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { runLint } from './lint';

const UPSTREAM = join(process.cwd(), '..', 'shared', 'upstream-manifests');
const INVALID = 'src/core/validation/fixtures/invalid/hostprocess-pod-errors.yaml';

async function lintFix(text: string, ...flags: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    readText: () => Promise.resolve(text),
    out: (chunk: string) => void (stdout += chunk),
    err: (chunk: string) => void (stderr += chunk),
    color: false,
  };
  const code = await runLint(['--fix', ...flags, 'input.yaml'], io);
  let findingsWithFix = -1;
  await runLint(['--json', 'fixed.yaml'], {
    ...io,
    readText: () => Promise.resolve(stdout),
    out: (json: string) => {
      const entries = JSON.parse(json) as Array<{ findings: Array<{ fix?: unknown }> }>;
      findingsWithFix = entries.flatMap((entry) => entry.findings).filter((f) => f.fix).length;
    },
  });
  return { code, stdout, stderr, findingsWithFix };
}

const BROKEN = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  securityContext:
    runAsNonRoot: true
    windowsOptions: {hostProcess: true, runAsUserName: "nt authority\\\\system"}
  containers:
  - name: c
    image: i:1
    imagePullPolice: Always
    ports: [{containerPort: 80, hostPort: 8080}]
`;

describe('lint --fix', () => {
  it('writes YAML that parses and has no finding with a fix, and names each change on stderr', async () => {
    const run = await lintFix(BROKEN);
    expect(loadAll(run.stdout)).toHaveLength(1);
    expect(run.findingsWithFix).toBe(0);
    for (const change of [
      'fixed spec.hostNetwork: set hostNetwork: true',
      'fixed spec.securityContext.runAsNonRoot: remove runAsNonRoot: true',
      'fixed spec.containers[0].imagePullPolice: rename “imagePullPolice” to “imagePullPolicy”',
      'fixed spec.nodeSelector: add the node selector kubernetes.io/os: windows',
      'fixed spec.containers[0].ports[0].hostPort: set hostPort: 80',
    ]) {
      expect(run.stderr).toContain(change);
    }
    expect(run.stderr).toMatch(/, 0 with a fix\n$/);
    const [pod] = loadAll(run.stdout) as Array<{ spec: Record<string, unknown> }>;
    expect(pod?.spec.hostNetwork).toBe(true);
  });

  it('takes exactly one file', async () => {
    const errors: string[] = [];
    const code = await runLint(['--fix', 'a.yaml', 'b.yaml'], { err: (e) => void errors.push(e) });
    expect(code).toBe(2);
    expect(errors.join('')).toContain('--fix takes exactly one FILE');
  });

  it('fixes the invalid fixture until nothing fixable is left', async () => {
    const run = await lintFix(readFileSync(INVALID, 'utf8'));
    expect(run.findingsWithFix).toBe(0);
  });

  it.each(readdirSync(UPSTREAM).filter((name) => /\.ya?ml$/.test(name)))(
    'the upstream %s comes out parseable with no finding that has a fix',
    async (name) => {
      const run = await lintFix(readFileSync(join(UPSTREAM, name), 'utf8'));
      expect(() => loadAll(run.stdout) as unknown).not.toThrow();
      expect(run.findingsWithFix).toBe(0);
    },
  );
});
