import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './fixtures';
import { dismissStartScreen } from './qualityHelpers';

test.describe('hints', () => {
  test.beforeEach(async ({ builder, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await builder.open();
    await dismissStartScreen(page);
  });

  test('a mouse over a button shows its hint below it; the hint stays while the pointer moves onto it', async ({
    page,
  }) => {
    const share = page.getByRole('button', { name: 'Share', exact: true });
    await share.hover();
    const hint = page.getByRole('tooltip');
    await expect(hint).toHaveText('Share as a link');
    const button = (await share.boundingBox())!;
    const box = (await hint.boundingBox())!;
    expect(box.y).toBeGreaterThan(button.y + button.height);
    expect(Math.abs(box.x + box.width / 2 - (button.x + button.width / 2))).toBeLessThan(2);

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(300);
    await expect(hint).toBeVisible();
    await page.mouse.move(10, 600);
    await expect(hint).toHaveCount(0);
  });

  test('the hint of the last button stays inside the window', async ({ page }) => {
    await page.getByRole('link', { name: 'HostProcess documentation' }).hover();
    const hint = page.getByRole('tooltip');
    await expect(hint).toHaveText('HostProcess documentation (kubernetes.io)');
    const box = (await hint.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  test('a button in a form section has its hint right below it', async ({ page }) => {
    const duplicate = page.getByRole('button', { name: /^Duplicate container/ }).first();
    // Mid-screen, so the hint has room below the button.
    await duplicate.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const hint = page.getByRole('tooltip');
    // Findings that arrive late can still move the section; a hint opened before that stays where
    // it opened, as MUI's do, so the pointer comes back as a person's would.
    await expect(async () => {
      await page.mouse.move(0, 0);
      await expect(hint).toHaveCount(0);
      await duplicate.hover();
      await expect(hint).toHaveText(/^Duplicate container/);
      const button = (await duplicate.boundingBox())!;
      const box = (await hint.boundingBox())!;
      // The section's containment must not move it away from its button.
      expect(box.y - (button.y + button.height)).toBeGreaterThan(0);
      expect(box.y - (button.y + button.height)).toBeLessThan(30);
      expect(Math.abs(box.x + box.width / 2 - (button.x + button.width / 2))).toBeLessThan(2);
    }).toPass({ timeout: 15_000 });
  });

  test('keyboard focus shows the hint as the button’s description; Escape hides it; no axe violations meanwhile', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'New draft' }).focus();
    await page.keyboard.press('Tab');
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await expect(importButton).toBeFocused();
    await expect(page.getByRole('tooltip')).toHaveText('Import YAML or JSON');
    await expect(importButton).toHaveAccessibleDescription('Import YAML or JSON');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await expect(importButton).toBeFocused();
  });
});
