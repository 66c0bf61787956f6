import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { runLint } from './lint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hpb-cli-'));

const BAD_POD = `apiVersion: v1
kind: Pod
metadata:
  name: Bad_Name
spec:
  securityContext:
    windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
  containers:
    - name: test
      image: image1:1.0
`;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** runLint in this process, with the real file reading; what it printed and how long it took. */
async function lintHere(args: string[]) {
  let out = '';
  let err = '';
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const code = await runLint(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    color: false,
  });
  return {
    code,
    out,
    err,
    ms: performance.now() - started,
    rssGrowthMiB: (process.memoryUsage().rss - rssBefore) / 1024 / 1024,
  };
}

function shell(command: string) {
  const run = spawnSync('sh', ['-c', command], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('lint on hostile input', { timeout: 60_000 }, () => {
  it('refuses an alias fan-out of 160 million values within 2 s', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i += 1) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    }
    const run = await lintHere([file('bomb.yaml', `${lines.join('\n')}\n`)]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/more than 200,000 values/);
    expect(run.ms).toBeLessThan(2000);
  });

  it('checks each item of a List and a PodList: a bad privileged Pod fails the lint', async () => {
    const item = BAD_POD.replace(/^/gm, '    ').replace(/^ {4}apiVersion/m, '  - apiVersion');
    for (const kind of ['List', 'PodList']) {
      const path = file(`${kind}.yaml`, `apiVersion: v1\nkind: ${kind}\nitems:\n${item}`);
      const run = await lintHere([path]);
      expect(run.code).toBe(1);
      expect(run.out).toMatch(
        new RegExp(`${kind}\\.yaml:\\d+: Pod/Bad_Name: error api-server spec\\.hostNetwork`),
      );
      expect(run.out).toMatch(/in 1 object from 1 file/);
    }
  });

  it.each(['/dev/zero', '/dev/urandom'])('stops reading %s at the size limit', async (device) => {
    const run = await lintHere([device]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/larger than 10\.0 MiB/);
    expect(run.ms).toBeLessThan(2000);
    expect(run.rssGrowthMiB).toBeLessThan(200);
  });

  it('stops reading standard input at the size limit (fmt and lint)', () => {
    for (const command of ['fmt -', 'lint -']) {
      const run = shell(`head -c 50000000 /dev/urandom | npx tsx src/cli/main.ts ${command}`);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/larger than 10\.0 MiB/);
    }
  });

  it('escapes control characters from the manifest in its text output', async () => {
    const forged = BAD_POD.replace('Bad_Name', '"Bad\\e[2K\\r0 errors, 0 warnings\\e[8m"');
    const run = await lintHere([file('forged.yaml', forged)]);
    expect([...run.out].filter((ch) => ch < ' ' && ch !== '\n')).toEqual([]);
    expect(run.out).toContain('Bad\\u{1b}[2K\\u{d}0 errors');
  });

  it('ends quietly when the reader closes the pipe', () => {
    const many = Array.from({ length: 400 }, () => BAD_POD).join('---\n');
    const path = file('many.yaml', many);
    const run = shell(`npx tsx src/cli/main.ts lint ${path} | head -c 20`);
    expect(run.stdout).toHaveLength(20);
    expect(run.stderr).toBe('');
  });

  it('reads UTF-16 with a byte-order mark, and yes/no as kubectl does', async () => {
    const text = BAD_POD.replace('containers:', 'hostNetwork: yes\n  containers:');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const run = await lintHere([file('utf16.yaml', bytes)]);
    expect(run.err).toBe('');
    expect(run.out).not.toMatch(/error [a-z-]+ spec\.hostNetwork/);
    expect(run.out).toMatch(/hostNetwork=true/);
    expect(run.out).toMatch(/Pod\/Bad_Name: error api-server metadata\.name/);
  });

  it('prints GitHub annotations with the YAML line of each finding (--format github)', async () => {
    const path = file('github.yaml', `# first line\n${BAD_POD}`);
    const run = await lintHere(['--format', 'github', path]);
    expect(run.code).toBe(1);
    const lines = run.out.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${path.replace(/[/.]/g, '\\$&')},line=5,title=Pod/Bad_Name [a-z0-9-]+::metadata\\.name: `,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=.*,line=6,.*::spec\.hostNetwork: /),
    );
    expect(lines.every((line) => line.startsWith('::'))).toBe(true);
  });

  it('prints SARIF 2.1.0 (--format sarif)', async () => {
    const run = await lintHere(['--format=sarif', file('sarif.yaml', BAD_POD)]);
    const log = JSON.parse(run.out) as {
      version: string;
      runs: Array<{
        results: Array<{
          level: string;
          locations: Array<{ physicalLocation: { region?: { startLine: number } } }>;
        }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(
      results.some(
        (r) => r.level === 'error' && r.locations[0]?.physicalLocation.region?.startLine === 4,
      ),
    ).toBe(true);
  });
});
