import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { INSTALL_INSTRUCTION } from './browserSetup';

describe('scripts/ensureBrowser.ts', { timeout: 90_000 }, () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  // Spawned, not run synchronously: a test may serve a download host meanwhile.
  const ensure = async (env: Record<string, string>) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ensureBrowser.ts'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const [status] = (await once(child, 'close')) as [number | null];
    return { status, stdout, stderr, seconds: (performance.now() - started) / 1000 };
  };
  /** No system Chromium, no Playwright browsers, no apt-get or npx on the PATH. */
  const nothingInstalled = () => {
    const bin = mkdtempSync(join(tmpdir(), 'hpb-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    return {
      HPB_CHROMIUM: '/nonexistent/chromium',
      PLAYWRIGHT_BROWSERS_PATH: mkdtempSync(join(tmpdir(), 'hpb-browsers-')),
      PATH: bin,
    };
  };

  it('passes at once where a Chromium is installed', async () => {
    const run = await ensure({});
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stops within a minute with one line where no Chromium is there and none can be installed', async () => {
    const run = await ensure({
      ...nothingInstalled(),
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(INSTALL_INSTRUCTION);
    expect(run.seconds).toBeLessThan(60);
  });

  it('installs Playwright’s Chromium where its download host answers', async () => {
    const host = createServer((_, response) => response.end()).listen(0, '127.0.0.1');
    await once(host, 'listening');
    const { port } = host.address() as AddressInfo;
    try {
      const run = await ensure({
        ...nothingInstalled(),
        PLAYWRIGHT_DOWNLOAD_HOST: `http://127.0.0.1:${port}`,
      });
      expect(run.stdout).toContain('Installing Playwright’s Chromium');
      // npx is not on this PATH: the install fails and the one line follows.
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(INSTALL_INSTRUCTION);
    } finally {
      host.close();
    }
  });
});
