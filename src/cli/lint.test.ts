import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = 'src/core/validation/fixtures';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function lint(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/main.ts', 'lint', ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('lint (CLI)', { timeout: 90_000, concurrent: true }, () => {
  it('exits 0 on a clean manifest and prints a summary', async () => {
    const run = await lint(`${fixtures}/csi-proxy.yaml`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, 2 warnings, 1 info in 1 object from 1 file$/m);
  });

  it('exits 1 on an error, one line per finding', async () => {
    const run = await lint(`${fixtures}/invalid/hostprocess-pod-errors.yaml`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${fixtures}/invalid/hostprocess-pod-errors.yaml:6: Pod/Bad_Name: error api-server spec.hostNetwork: hostNetwork must be true if pod contains any hostProcess containers.`,
    );
    expect(run.stdout).toMatch(
      /: Pod\/Bad_Name: error api-server metadata\.name: a lowercase RFC 1123 subdomain/,
    );
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('exits 2 with line and column when a file is not YAML, or missing', async () => {
    const broken = await lint(`${fixtures}/invalid/not-yaml.yaml`);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /not-yaml\.yaml: Not valid YAML or JSON at line \d+, column \d+: /,
    );
    const missing = await lint(`${fixtures}/no-such-file.yaml`, `${fixtures}/csi-proxy.yaml`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.yaml: ENOENT');
  });

  it('prints one JSON entry per workload with --json, using the target flags', async () => {
    const run = await lint(
      '--json',
      '--containerd',
      '1.6',
      '--windows',
      '2019',
      `${fixtures}/windows-exporter.yaml`,
      `${fixtures}/invalid/hostprocess-pod-errors.yaml`,
    );
    expect(run.code).toBe(1);
    const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(
      entries.map(({ file, kind, name, podSecurityLevel }) => ({
        file,
        kind,
        name,
        podSecurityLevel,
      })),
    ).toEqual([
      {
        file: `${fixtures}/windows-exporter.yaml`,
        kind: 'DaemonSet',
        name: 'windows-exporter',
        podSecurityLevel: 'privileged',
      },
      {
        file: `${fixtures}/invalid/hostprocess-pod-errors.yaml`,
        kind: 'Pod',
        name: 'Bad_Name',
        podSecurityLevel: 'privileged',
      },
    ]);
    // The ltsc2022 init image cannot be pulled on Windows Server 2019 nodes.
    expect(entries[0]?.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'image-windows-version',
        path: 'spec.template.spec.initContainers[0].image',
      }),
    );
    // The exporter reaches its config through %CONTAINER_SANDBOX_MOUNT_POINT%, as containerd 1.6 needs.
    expect(entries[0]?.findings).not.toContainEqual(
      expect.objectContaining({ ruleId: 'containerd-1-6-mount-paths' }),
    );
  });

  it('rejects a Windows Server version it does not know with exit 2', async () => {
    const run = await lint('--windows', '2016', `${fixtures}/csi-proxy.yaml`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--windows must be 2019, 2022 or 2025');
  });

  it('prints the rule and schema versions with --version', async () => {
    const run = await lint('--version');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^hostprocess-pod-builder \d+\.\d+\.\d+$/m);
    expect(run.stdout).toMatch(/^schema: Kubernetes 1\.\d+$/m);
  });

  it('rejects an unknown option with exit 2', async () => {
    const run = await lint('--containerd', '2.0', `${fixtures}/csi-proxy.yaml`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--containerd must be 1.6 or 1.7+');
  });
});
