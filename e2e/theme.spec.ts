import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { dismissStartScreen } from './qualityHelpers';

/** The page's background colour, as painted. */
function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

const DARK_BACKGROUND = 'rgb(18, 18, 18)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

test.describe('colour scheme', () => {
  test('the toggle cycles system → light → dark, the page follows, and the choice is remembered', async ({
    page,
    builder,
  }) => {
    await builder.open();
    await dismissStartScreen(page);
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await expect(toggle).toHaveAccessibleName('Theme: system');

    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: light');
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
    expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);

    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: dark');
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
    expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
    // The form keeps working in the new scheme.
    await builder.fill('Name', 'dark-and-typed');
    await expect(builder.yamlPreview).toContainText('name: dark-and-typed');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
  });

  test.describe('a first visit with a dark system scheme', () => {
    test.use({ colorScheme: 'dark' });

    test('gets the builder dark, answering input, without a hydration error', async ({
      page,
      builder,
    }) => {
      await builder.open();
      await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
      expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
      await expect(page.getByRole('heading', { name: 'Choose a starting point' })).toBeVisible();
      await expect(page.locator('[data-layout]')).toHaveCount(0);
      await dismissStartScreen(page);
      await builder.fill('Name', 'dark-first-visit');
      await expect(builder.yamlPreview).toContainText('name: dark-first-visit');
    });
  });
});
