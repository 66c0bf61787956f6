// Chromium for the browser tests, the bench and Lighthouse: Debian's build when it is installed (this
// machine cannot download Playwright's browsers), started with flags that keep it off the closed
// network.
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

/** The one line `ensureBrowser` prints when nothing can be installed. */
export const INSTALL_INSTRUCTION =
  "No Chromium for the browser tests: install Debian's (`sudo apt-get install -y chromium`) or Playwright's (`npx playwright install chromium`), or set HPB_CHROMIUM to a Chromium binary.";
