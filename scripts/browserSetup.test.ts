import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { INSTALL_INSTRUCTION, nextSetupStep, type MachineFacts } from './browserSetup';

const none: MachineFacts = {
  systemChromium: false,
  playwrightChromium: false,
  canDownload: false,
  rootOnDebian: false,
};

describe('nextSetupStep', () => {
  it.each<[string, Partial<MachineFacts>, string]>([
    ['Debian chromium installed', { systemChromium: true }, 'ready'],
    ['Playwright chromium installed', { playwrightChromium: true }, 'ready'],
    ['download possible', { canDownload: true, rootOnDebian: true }, 'install-playwright'],
    ['root on Debian, offline', { rootOnDebian: true }, 'install-debian'],
    ['nothing possible', {}, 'give-up'],
  ])('%s → %s', (_, facts, step) => expect(nextSetupStep({ ...none, ...facts })).toBe(step));
});

describe('scripts/ensureBrowser.ts', { timeout: 90_000 }, () => {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const ensure = (env: Record<string, string>) => {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ensureBrowser.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    return { ...run, seconds: (performance.now() - started) / 1000 };
  };

  it('passes at once where a Chromium is installed', () => {
    const run = ensure({});
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('stops within a minute with one line where no Chromium is there and none can be installed', () => {
    // No system Chromium, no Playwright browsers, no download host, no apt-get on the PATH.
    const bin = mkdtempSync(join(tmpdir(), 'hpb-path-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = ensure({
      HPB_CHROMIUM: '/nonexistent/chromium',
      PLAYWRIGHT_BROWSERS_PATH: mkdtempSync(join(tmpdir(), 'hpb-browsers-')),
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
      PATH: bin,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(INSTALL_INSTRUCTION);
    expect(run.seconds).toBeLessThan(60);
  });
});
