// `tsx scripts/ensureBrowser.ts`: makes sure a Chromium is there for the browser tests, the bench and
// Lighthouse, or stops within a minute with one line that says what to install. Run first by
// `npm test`, `npm run bench` and `npm run lighthouse`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

import { chromium } from '@playwright/test';

import { INSTALL_INSTRUCTION, nextSetupStep, type MachineFacts } from './browserSetup';
import { systemChromiumPath } from './chromiumLaunch';

const PROBE_TIMEOUT_MS = 8_000;
/** apt on a machine without a mirror gives up within this, so the whole run stays under a minute. */
const APT_TIMEOUT_OPTIONS = ['-o', 'Acquire::http::Timeout=10', '-o', 'Acquire::Retries=0'];

async function canReach(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return response.status < 500;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return spawnSync('/bin/sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

async function machineFacts(): Promise<MachineFacts> {
  const playwrightChromium = existsSync(chromium.executablePath());
  const systemChromium = existsSync(systemChromiumPath());
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev';
  return {
    systemChromium,
    playwrightChromium,
    canDownload: !systemChromium && !playwrightChromium && (await canReach(host)),
    rootOnDebian:
      process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get'),
  };
}

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

const step = nextSetupStep(await machineFacts());
let installed = false;
if (step === 'ready') process.exit(0);
if (step === 'install-playwright') {
  console.log('Installing Playwright’s Chromium for the browser tests…');
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  installed = run(process.execPath, [cli, 'install', 'chromium']);
}
if (step === 'install-debian') {
  console.log('Installing Debian’s chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', [...APT_TIMEOUT_OPTIONS, 'update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', [...APT_TIMEOUT_OPTIONS, 'install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    installed = existsSync(systemChromiumPath());
  } catch {
    installed = false;
  }
}
if (!installed) {
  console.error(INSTALL_INSTRUCTION);
  process.exit(1);
}
