// `tsx scripts/ensureBrowser.ts`: makes sure a Chromium is there for the browser tests, the bench and
// Lighthouse, or stops within a minute with one line that says what to install. Run first by
// `npm test`, `npm run bench` and `npm run lighthouse`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { INSTALL_INSTRUCTION, systemChromiumPath } from './browserSetup';

/** apt on a machine without a mirror gives up within this, so the whole run stays under a minute. */
const APT_TIMEOUT_OPTIONS = ['-o', 'Acquire::http::Timeout=10', '-o', 'Acquire::Retries=0'];

const run = (command: string, args: string[], env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
const canReach = (url: string) =>
  fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(8_000) }).then(
    (response) => response.status < 500,
    () => false,
  );

/**
 * Playwright's Chromium where it can be downloaded (the version the tests were written against),
 * else Debian's package where apt can install it. False when neither can be installed.
 */
async function install(): Promise<boolean> {
  if (await canReach(process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev')) {
    console.log('Installing Playwright’s Chromium for the browser tests…');
    return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
  }
  const rootOnDebian =
    process.getuid?.() === 0 &&
    existsSync('/etc/debian_version') &&
    run('/bin/sh', ['-c', 'command -v apt-get >/dev/null']);
  if (!rootOnDebian) return false;
  console.log('Installing Debian’s chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    run('apt-get', [...APT_TIMEOUT_OPTIONS, 'update', '-qq'], env) &&
    run('apt-get', [...APT_TIMEOUT_OPTIONS, 'install', '-y', '-qq', 'chromium'], env) &&
    existsSync(systemChromiumPath())
  );
}

const installed = existsSync(systemChromiumPath()) || existsSync(chromium.executablePath());
if (!installed && !(await install())) {
  console.error(INSTALL_INSTRUCTION);
  process.exit(1);
}
