// Chromium for the browser tests, the bench and Lighthouse: Debian's build when it is installed (this
// machine cannot download Playwright's browsers), started with flags that keep it off the closed
// network; and what `ensureBrowser` does on a given machine, a pure decision so each case is tested.
import { existsSync } from 'node:fs';

/** Debian's Chromium, or the binary HPB_CHROMIUM names (also how tests simulate its absence). */
export const systemChromiumPath = () => process.env.HPB_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = (
  '--no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking ' +
  '--disable-component-update --disable-sync --disable-quic --no-first-run'
).split(' ');

/** Playwright launch options: Debian's Chromium with our flags, or Playwright's own browser. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  return existsSync(systemChromiumPath())
    ? { executablePath: systemChromiumPath(), args: CHROMIUM_ARGS }
    : {};
}

/** What the machine offers, as `ensureBrowser` finds it. */
export interface MachineFacts {
  /** Debian's chromium (or the one HPB_CHROMIUM names) is installed. */
  systemChromium: boolean;
  /** Playwright's own Chromium is already downloaded. */
  playwrightChromium: boolean;
  /** Playwright's download host answers. */
  canDownload: boolean;
  /** Running as root on Debian with apt-get on the PATH. */
  rootOnDebian: boolean;
}

/** The next step: nothing to do, one of two installs, or stop with a one-line instruction. */
export type SetupStep = 'ready' | 'install-playwright' | 'install-debian' | 'give-up';

/**
 * Playwright's Chromium is preferred where it can be downloaded (the version the tests were
 * written against); Debian's package where apt can install it; otherwise the user is told.
 */
export function nextSetupStep(facts: MachineFacts): SetupStep {
  if (facts.systemChromium || facts.playwrightChromium) return 'ready';
  if (facts.canDownload) return 'install-playwright';
  if (facts.rootOnDebian) return 'install-debian';
  return 'give-up';
}

/** The one line printed when nothing can be installed. */
export const INSTALL_INSTRUCTION =
  "No Chromium for the browser tests: install Debian's (`sudo apt-get install -y chromium`) or Playwright's (`npx playwright install chromium`), or set HPB_CHROMIUM to a Chromium binary.";
