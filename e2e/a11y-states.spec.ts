import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { dismissStartScreen } from './qualityHelpers';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** Picks a theme through the header toggle (system → light → dark), as a person would. */
async function chooseTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Theme:/ });
  for (let i = 0; i < 3; i++) {
    if ((await toggle.getAttribute('aria-label')) === `Theme: ${theme}`) break;
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute('aria-label', `Theme: ${theme}`);
  // The page itself follows: CssBaseline sets the root's colour scheme from the theme.
  await expect(page.locator('html')).toHaveCSS('color-scheme', theme);
  // The toggle's tooltip is transient UI, not part of the state under test.
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
}

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const viewport of VIEWPORTS) {
  for (const theme of THEMES) {
    test(`whole page, ${theme} theme, ${viewport.name} (${viewport.width}px): no axe violations`, async ({
      builder,
      page,
    }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await builder.open();
      await dismissStartScreen(page);
      await chooseTheme(page, theme);
      await expectNoViolations(page);
    });
  }
}

const DIALOGS = [
  { button: 'Import', title: 'Import YAML or JSON' },
  { button: 'Share', title: 'Share this draft' },
] as const;

for (const theme of THEMES) {
  for (const { button, title } of DIALOGS) {
    test(`${button} dialog open, ${theme} theme: no axe violations`, async ({ builder, page }) => {
      await builder.open();
      await dismissStartScreen(page);
      await chooseTheme(page, theme);
      const opener = page.getByRole('button', { name: button, exact: true });
      await opener.click();
      await expect(page.getByRole('dialog', { name: title })).toBeVisible();
      await expectNoViolations(page);
    });
  }
}
