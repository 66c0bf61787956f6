import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { createDraft } from '@/core/model/draft';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../core/import/fixtures/${name}`, import.meta.url));

function cli(args: string[], input?: string) {
  const run = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'fmt', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const upstream = (name: string) => `${root}../shared/upstream-manifests/${name}`;

describe('cli fmt', { timeout: 30_000 }, () => {
  it.each(['07-calico-windows-vxlan.yaml', '04-sigwt-flannel-overlay.yml'])(
    'gives back the upstream %s unchanged: its node affinity is not joined by a node selector',
    (name) => {
      const run = cli([upstream(name)]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const input = loadAll(readFileSync(upstream(name), 'utf8')).filter((doc) => doc !== null);
      expect(loadAll(run.stdout)).toStrictEqual(input);
    },
  );

  it('prints the YAML the app would download for a file', () => {
    const run = cli([fixture('csi-proxy.yaml')]);
    expect(run.code).toBe(0);
    expect(loadAll(run.stdout)).toStrictEqual(
      loadAll(readFileSync(fixture('csi-proxy.yaml'), 'utf8')),
    );
    expect(
      run.stdout.startsWith('apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: csi-proxy\n'),
    ).toBe(true);
  });

  it('reads standard input with -', () => {
    const json = JSON.stringify(toManifests(createDraft())[0]);
    const run = cli(['-'], json);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(toYaml(toManifests(createDraft())));
  });

  it('prints the reason and exits 2 on bad input', () => {
    const run = cli(['-'], 'a: [1\nb: 2');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/line 2, column 1/);
  });

  it('exits 2 on a missing file', () => {
    const run = cli(['does-not-exist.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does-not-exist\.yaml/);
  });
});
