import { load } from 'js-yaml';

import { draftActions, notice } from './draftActions';
import { expect, test } from './fixtures';

test.describe('presets', () => {
  test('the start screen lists every preset with its kind and account', async ({ page }) => {
    await page.goto('./');
    const gallery = page.getByRole('region', { name: 'Choose a starting point' });
    const cards = gallery.getByRole('list', { name: 'Presets' }).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card.getByRole('heading')).not.toBeEmpty();
      await expect(card.getByText(/^(Pod|DaemonSet|Deployment|Job)$/)).toBeVisible();
      await expect(
        card.getByText(/^(LocalService|NetworkService|LocalSystem|Local usergroup .+)$/),
      ).toBeVisible();
      const upstream = card.getByRole('link', { name: /^Upstream: / });
      await expect(upstream).toHaveAttribute('href', /^https:\/\//);
      await expect(upstream).toHaveAttribute('target', '_blank');
    }
  });

  test('each preset link loads its preset in a fresh page', async ({ builder, page }) => {
    test.slow(); // one full page load per preset
    await page.goto('./');
    const links = page
      .getByRole('region', { name: 'Choose a starting point' })
      .getByRole('list', { name: 'Presets' })
      .getByRole('link')
      .filter({ has: page.getByRole('heading') });
    const presets = await Promise.all(
      (await links.all()).map(async (link) => ({
        href: (await link.getAttribute('href')) ?? '',
        title: (await link.getByRole('heading').textContent()) ?? '',
        kind: (await link.getByText(/^(Pod|DaemonSet|Deployment|Job)$/).textContent()) ?? '',
      })),
    );
    expect(presets.length).toBeGreaterThan(0);
    for (const { href, title, kind } of presets) {
      expect(href).toMatch(/^#\/preset\/[a-z0-9-]+$/);
      expect(href.length).toBeLessThan(100);
      await page.goto('about:blank');
      await page.goto(`./${href}`);
      await expect(notice(page)).toContainText(`Loaded the preset “${title}”`);
      const doc = load(await builder.yaml().then((yaml) => yaml.split(/^---$/m).at(-1) ?? '')) as {
        kind: string;
      };
      expect(doc.kind).toBe(kind);
      expect(new URL(page.url()).hash).toBe('');
      await page.evaluate(() => localStorage.clear());
    }
  });

  test('the Presets menu loads a preset as one undoable step', async ({ builder, page }) => {
    await builder.open();
    await builder.fill('Name', 'mine');
    const before = await builder.yaml();
    const actions = draftActions(page);
    await actions.presets.click();
    const items = page.getByRole('menu', { name: 'Presets' }).getByRole('menuitem');
    const first = items.first();
    await first.click();
    await expect(notice(page)).toContainText('Loaded the preset');
    expect(await builder.yaml()).not.toBe(before);
    await actions.undo.click();
    expect(await builder.yaml()).toBe(before);
  });

  test('an unknown preset link says so and keeps the draft', async ({ builder, page }) => {
    await builder.open();
    await builder.fill('Name', 'mine');
    await page.evaluate(() => {
      window.location.hash = '#/preset/does-not-exist';
    });
    await expect(notice(page)).toContainText('There is no preset called “does-not-exist”');
    await expect(builder.field('Name')).toHaveValue('mine');
  });
});
