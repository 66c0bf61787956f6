import { draftActions, notice, rawShareCode } from './draftActions';
import { BuilderPage } from './BuilderPage';
import { expect, test, waitForApp } from './fixtures';

test.describe('journey 3: share a draft as a link', () => {
  test('a modified draft opens identically in a fresh browser', async ({
    builder,
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open();
    await builder.fill('Name', 'shared-exporter');
    await builder.account(/^NetworkService/).check();
    await builder.fill('Working directory', 'C:\\hpc\\exporter');
    await builder.fill('Memory limit', '200Mi');
    await expect(builder.yamlPreview).toContainText('memory: 200Mi');
    const yaml = await builder.yaml();

    await draftActions(page).share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this draft' });
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/#\/s\/v1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(2000);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByText('Link copied')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const problems: string[] = [];
    other.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    other.on('pageerror', (error) => problems.push(error.message));
    await other.goto(link);
    await waitForApp(other);
    const otherPreview = other.getByRole('textbox', { name: 'YAML editor' });
    await expect(otherPreview).toContainText('shared-exporter');
    expect(await new BuilderPage(other).yaml()).toBe(yaml);
    await expect(other.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
      'shared-exporter',
    );
    await expect(other.getByRole('radio', { name: /^NetworkService/ })).toBeChecked();
    await expect(other.getByRole('textbox', { name: 'Working directory' })).toHaveValue(
      'C:\\hpc\\exporter',
    );
    await expect(notice(other)).toContainText('Opened the shared draft');
    expect(new URL(other.url()).hash, 'the address is tidied after loading').toBe('');
    await other.waitForTimeout(600); // past the autosave debounce
    await other.reload();
    await waitForApp(other);
    await expect(otherPreview).toContainText('shared-exporter');
    expect(await new BuilderPage(other).yaml(), 'the opened draft survives a reload').toBe(yaml);
    expect(problems).toEqual([]);
    await fresh.close();
  });

  test.describe('broken and hostile links keep the draft and say why', () => {
    const hostile: Array<[string, () => string, RegExp]> = [
      ['random text', () => '#/s/hello%20world', /not a share link/],
      [
        'truncated',
        () =>
          `#/s/${rawShareCode(JSON.stringify({ workload: { name: 'a-rather-long-name' }, containers: [] })).slice(0, 40)}`,
        /damaged|truncated/,
      ],
      ['5 MB long', () => `#/s/v1.${'A'.repeat(5 * 1024 * 1024)}`, /too long/],
      ['unknown version', () => `#/s/v9.${rawShareCode('{}').slice(3)}`, /format v9/],
      [
        'valid JSON with wrong types',
        () => `#/s/${rawShareCode('{"workload":{"name":42},"containers":"none"}')}`,
        /valid draft/,
      ],
      [
        'nesting 5,000 levels deep',
        () =>
          `#/s/${rawShareCode(`{"kept":{"podSpec":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}}`)}`,
        /nests more than 1,000 levels/,
      ],
    ];

    test('__proto__ and constructor keys open as plain data, polluting nothing', async ({
      builder,
      page,
    }) => {
      await builder.open();
      await page.evaluate(
        (hash) => {
          window.location.hash = hash;
        },
        `#/s/${rawShareCode('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"workload":{"name":"odd-keys"}}')}`,
      );
      await expect(notice(page)).toContainText('Opened the shared draft');
      await expect(builder.field('Name')).toHaveValue('odd-keys');
      expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
    });

    for (const [kind, fragment, reason] of hostile) {
      test(kind, async ({ builder, page }) => {
        await builder.open();
        await builder.fill('Name', 'keep-me');
        await expect(builder.yamlPreview).toContainText('name: keep-me');
        const yaml = await builder.yaml();

        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, fragment());

        // Chromium takes seconds to take in a 5 MB URL before the app sees it; more on a busy machine.
        await expect(notice(page)).toContainText('This share link cannot be opened', {
          timeout: 15_000,
        });
        await expect(notice(page)).toContainText(reason);
        await expect(notice(page)).toContainText('Your draft is unchanged');
        expect(await builder.yaml()).toBe(yaml);
        await expect(builder.field('Name')).toHaveValue('keep-me');
        expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
        await expect(draftActions(page).undo).toBeEnabled();
      });
    }

    test('a hostile link opened in a fresh browser leaves the default draft', async ({
      builder,
      page,
    }) => {
      await page.goto(`./#/s/${rawShareCode('[1,2,3]')}`);
      await expect(notice(page)).toContainText('This share link cannot be opened');
      await expect(builder.field('Name')).toHaveValue('hostprocess-example');
    });
  });
});
