/** The command-line flags every Chromium launch of this project uses. */
export const CHROMIUM_ARGS: string[];
/** Playwright launch options: Debian's Chromium with our flags, or Playwright's own browser. */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] };
/** Debian's Chromium, or the binary HPB_CHROMIUM names. */
export function systemChromiumPath(): string;
