import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = fileURLToPath(
  new URL('../core/validation/fixtures/csi-proxy.yaml', import.meta.url),
);

describe('the packed command-line tool', { timeout: 180_000 }, () => {
  it('runs lint and fmt from its tarball alone, installed offline with an empty cache', () => {
    const work = mkdtempSync(join(tmpdir(), 'hpb-pack-'));
    // An empty cache and --offline: anything the tarball needed besides itself would fail here.
    const env = {
      ...process.env,
      npm_config_cache: join(work, 'cache'),
      npm_config_update_notifier: 'false',
    };
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    const tarball = join(work, packed.trim().split('\n').at(-1) ?? '');
    const app = join(work, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"consumer","private":true}');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: app,
      env,
    });
    const bin = join(app, 'node_modules/.bin/hostprocess-pod-builder');

    const lint = spawnSync(bin, ['lint', manifest], { cwd: app, encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info in 1 object from 1 file$/m);
    expect(lint.status).toBe(0);

    const fmt = spawnSync(bin, ['fmt', '-'], {
      cwd: app,
      encoding: 'utf8',
      input:
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: i}]\n',
    });
    expect(fmt.status).toBe(0);
    expect(fmt.stdout).toMatch(/^kind: Pod$/m);

    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(listing).toMatch(/package\/dist-cli\/main\.js/);
    expect(listing).not.toMatch(/package\/src\//);
  });
});
