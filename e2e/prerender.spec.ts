import { expect, test, waitForApp } from './fixtures';

test.describe('the prerendered page', () => {
  test('shows the builder, its YAML and the start screen before any script runs', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Choose a starting point' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
      'hostprocess-example',
    );
    // (Playwright parses <noscript> as if scripts ran, so its note is checked in the source.)
    expect(await page.content()).toContain('needs JavaScript to edit');
    // Only the layout that fits the screen is shown.
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'View' })).toBeHidden();
    await context.close();
  });

  test('hydrates without a mismatch, keeps one layout and answers input', async ({
    page,
    builder,
  }) => {
    await builder.open();
    await expect(page.locator('[data-prerendered]')).toHaveCount(0);
    await expect(page.locator('#root')).toHaveCount(1);
    await builder.fill('Name', 'typed-after-hydration');
    await expect(builder.yamlPreview).toContainText('name: typed-after-hydration');
  });

  test('a phone keeps the tabs, and the layout still follows a resize', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await expect(page.getByRole('tablist', { name: 'View' })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'View' })).toHaveCount(0);
  });

  test('a returning visitor never gets the prerendered example instead of their draft', async ({
    page,
    builder,
  }) => {
    await builder.open();
    await builder.fill('Name', 'my-own-draft');
    await page.waitForTimeout(600); // past the autosave debounce
    await page.reload();
    await waitForApp(page);
    await expect(builder.field('Name')).toHaveValue('my-own-draft');
    await expect(page.getByRole('heading', { name: 'Choose a starting point' })).toHaveCount(0);
  });
});
