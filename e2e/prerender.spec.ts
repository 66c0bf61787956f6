import { expect, test, waitForApp } from './fixtures';

test.describe('the prerendered page', () => {
  test('shows the start screen and the section navigation before any script runs', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Choose a starting point' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Docs example/ })).toBeVisible();
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
    await expect(page.locator('[data-layout]')).toHaveCount(0);
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

  test('a phone shows the form below the preset gallery, ready to type in', async ({
    page,
    builder,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitForApp(page);
    await expect(page.getByRole('heading', { name: 'Choose a starting point' })).toBeVisible();
    // The form renders as it comes near the screen: a person scrolls down to it.
    await page.locator('#form').scrollIntoViewIfNeeded();
    await expect(builder.field('Name')).toHaveValue('hostprocess-example');
    // The findings count is on its tab, and typing reaches the YAML.
    await expect(builder.tab('Findings')).toHaveText(/Findings\s*\d+/);
    await builder.fill('Name', 'typed-on-a-phone');
    await builder.tab('YAML').click();
    await expect(builder.yamlPreview).toContainText('name: typed-on-a-phone');
  });

  test('on a phone, "Skip to the form" renders the form and moves focus into it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the form' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('form', { name: 'Workload form' })).toBeFocused();
    await page.keyboard.press('Tab');
    // The Kind cards come first; Tab lands on the chosen one.
    await expect(page.getByRole('radio', { name: /^Pod/ })).toBeFocused();
  });

  test('a window widened before the app starts gets the desktop layout', async ({
    page,
    builder,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // When the page asks for the app's code, it shows a phone's layout: widen the window then.
    let widened = false;
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      if (!widened) {
        widened = true;
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      await route.continue();
    });
    await page.goto('./');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.locator('[data-layout]')).toHaveCount(0);
    await builder.fill('Name', 'widened-before-start');
    await expect(builder.yamlPreview).toContainText('name: widened-before-start');
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

  test("a first visit's page asks for one small script, which loads the app after its first paint", async ({
    request,
  }) => {
    // Scripts fetched while the page is still unpainted delay its first paint on a slow phone.
    const html = await (await request.get('./')).text();
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(1);
    expect(html).not.toContain('modulepreload');
    const entry = await request.get(new URL(scripts[0]!, 'http://host/').pathname.slice(1));
    expect((await entry.body()).length).toBeLessThan(8192);
  });
});
