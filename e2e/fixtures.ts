import { test as base, expect, type Page } from '@playwright/test';

import { BuilderPage } from './BuilderPage';

interface Fixtures {
  builder: BuilderPage;
  /** Console errors and warnings and uncaught page errors seen during the test. */
  consoleProblems: string[];
}

/**
 * Waits until the app has taken over the prerendered page: before that the page holds both
 * layouts (one hidden) and answers no input.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/**
 * Every test gets a builder page and fails on any console error or uncaught exception. Going to
 * the app or reloading it waits until the app runs, as a person waits for the page to respond.
 */
export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (!url.startsWith('about:')) await waitForApp(page);
      return response;
    };
    page.reload = async (options) => {
      const response = await reload(options);
      await waitForApp(page);
      return response;
    };
    await use(page);
  },
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
