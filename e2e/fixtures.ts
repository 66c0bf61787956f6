import { test as base, expect } from '@playwright/test';

import { BuilderPage } from './BuilderPage';

interface Fixtures {
  builder: BuilderPage;
  /** Console errors and warnings and uncaught page errors seen during the test. */
  consoleProblems: string[];
}

/** Every test gets a builder page and fails on any console error or uncaught exception. */
export const test = base.extend<Fixtures>({
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await use(problems);
    expect(problems, 'console errors/warnings').toEqual([]);
  },
  builder: async ({ page, consoleProblems }, use) => {
    void consoleProblems;
    await use(new BuilderPage(page));
  },
});

export { expect };
