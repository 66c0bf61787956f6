import type { Page } from '@playwright/test';

import { draftActions, notice, rawShareCode } from './draftActions';
import { expect, test } from './fixtures';

/** A share link's draft with `count` containers, named so the preview shows when it opened. */
function manyContainers(count: number, name = 'many-containers'): string {
  const containers = Array.from({ length: count }, (_, i) => ({ name: `c${i}`, image: 'img:1' }));
  return JSON.stringify({ workload: { kind: 'Pod', name }, containers });
}

/** JavaScript heap in use after a garbage collection, in MiB (Chromium's own count). */
async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/**
 * Milliseconds from a keystroke in the Name field to the YAML preview showing it, timed inside the
 * page (from the input event to the DOM change), as the bench does.
 */
async function keystrokeMs(page: Page): Promise<number> {
  const name = page.getByRole('textbox', { name: 'Name', exact: true }).first();
  await name.focus();
  await page.keyboard.press('End');
  const expected = `name: ${await name.inputValue()}x`;
  await page.evaluate((text) => {
    const pre = document.querySelector('[aria-label="YAML editor"]')!;
    const result: { started: number; ms: number | null } = { started: 0, ms: null };
    Object.assign(window, { __keystroke: result });
    window.addEventListener('input', () => (result.started = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      if (result.started === 0 || !(pre.textContent ?? '').includes(text)) return;
      observer.disconnect();
      result.ms = performance.now() - result.started;
    });
    observer.observe(pre, { childList: true, subtree: true, characterData: true });
  }, expected);
  await page.keyboard.press('x');
  const timing = page
    .waitForFunction(
      () => (window as unknown as { __keystroke: { ms: number | null } }).__keystroke.ms,
      null,
      {
        timeout: 30_000,
      },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
  return Math.round(await timing);
}

/** Saves a recognisable draft, so each test can prove it survived. */
async function ownDraft(
  page: Page,
  builder: { open: () => Promise<void>; fill: (l: string, v: string) => Promise<void> },
) {
  await builder.open();
  await builder.fill('Name', 'my-own-draft');
  await expect(page.getByRole('textbox', { name: 'YAML editor' })).toContainText(
    'name: my-own-draft',
  );
  await page.waitForTimeout(600); // past the autosave debounce
}

test.describe('hostile and heavy input', () => {
  test.setTimeout(120_000);
  test('a 100-character link nested thousands of levels deep is refused; the draft survives', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    const idle = await heapMiB(page);
    const code = rawShareCode(`{"kept":{"podSpec":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}}`);
    expect(code.length).toBeLessThan(150);
    const started = Date.now();
    await page.goto(`./#/s/${code}`);
    await expect(notice(page)).toContainText('nests more than 1,000 levels');
    await builder.fill('Name', 'my-own-draft-still');
    console.log(
      `deep link: refused and answering in ${Date.now() - started} ms, heap +${((await heapMiB(page)) - idle).toFixed(1)} MiB`,
    );
    await page.waitForTimeout(600);
    await page.reload();
    await expect(builder.field('Name')).toHaveValue('my-own-draft-still');
  });

  test('5,000 containers open in under 5 s and a keystroke stays under 200 ms', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    const idle = await heapMiB(page);
    const code = rawShareCode(manyContainers(5000));
    const started = Date.now();
    await page.goto(`./#/s/${code}`);
    // The editor draws only the lines near the screen: read its whole text.
    await expect.poll(() => builder.yaml(), { timeout: 30_000 }).toContain('name: c4999');
    const openMs = Date.now() - started;
    await expect(
      page.getByRole('navigation', { name: 'Pages of containers' }).first(),
    ).toBeVisible();
    const samples: number[] = [];
    for (let i = 0; i < 5; i += 1) samples.push(await keystrokeMs(page));
    const heap = (await heapMiB(page)) - idle;
    console.log(
      `5,000 containers: opened in ${openMs} ms; keystrokes ${samples.join(', ')} ms; heap +${heap.toFixed(1)} MiB`,
    );
    // The budgets are 5 s and 200 ms (npm run bench checks the keystroke); this machine is shared
    // by several test runs at once, so the test allows for a busy machine.
    expect(openMs).toBeLessThan(8000);
    expect(samples.sort((a, b) => a - b)[2]).toBeLessThan(400);
    expect(heap).toBeLessThan(200);
  });

  test('a 140-character link of 20,000 containers opens without taking the page down', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    const idle = await heapMiB(page);
    const code = rawShareCode(`{"containers":[${Array(20_000).fill('{}').join(',')}]}`);
    expect(code.length).toBeLessThan(200);
    const started = Date.now();
    await page.goto(`./#/s/${code}`);
    await expect(page.getByRole('heading', { name: 'Containers (20000)' })).toBeVisible({
      timeout: 20_000,
    });
    const openMs = Date.now() - started;
    const key = await keystrokeMs(page);
    const heap = (await heapMiB(page)) - idle;
    console.log(
      `20,000 containers: opened in ${openMs} ms; keystroke ${key} ms; heap +${heap.toFixed(1)} MiB`,
    );
    expect(heap).toBeLessThan(200);
  });

  test('importing 10,000 containers (800 KiB of YAML) opens and stays responsive', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    const idle = await heapMiB(page);
    const containers = Array.from(
      { length: 10_000 },
      (_, i) =>
        `  - name: container-${i}\n    image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n`,
    ).join('');
    const yaml = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ten-thousand\nspec:\n  hostNetwork: true\n  containers:\n${containers}`;
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    const started = Date.now();
    // As a paste arrives: the whole text in one input event (Playwright's fill inserts it in a way
    // that costs Chromium minutes on a 283 KB text area, which no paste does).
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).evaluate((box, text) => {
      Reflect.set(HTMLTextAreaElement.prototype, 'value', text, box);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, yaml);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 30_000 });
    await expect.poll(() => builder.yaml(), { timeout: 30_000 }).toContain('container-9999');
    const openMs = Date.now() - started;
    const key = await keystrokeMs(page);
    const heap = (await heapMiB(page)) - idle;
    console.log(
      `import of 10,000 containers (${Math.round(yaml.length / 1024)} KiB): ${openMs} ms; keystroke ${key} ms; heap +${heap.toFixed(1)} MiB`,
    );
    expect(heap).toBeLessThan(200);
  });

  test('pasting 5 MB into the import box is refused at once, the page answering', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    const box = dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' });
    const started = Date.now();
    await box.evaluate((element) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', `kind: Pod\n# ${'x'.repeat(5 * 1024 * 1024)}`);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    });
    await expect(
      dialog.getByText(/The pasted text is 5\.0 MiB; the limit is 2\.0 MiB/),
    ).toBeVisible();
    await box.fill('kind: Pod');
    const answered = Date.now() - started;
    console.log(`5 MB paste: refused and answering in ${answered} ms`);
    expect(answered).toBeLessThan(1000);
    await page.keyboard.press('Escape');
    await expect(builder.field('Name')).toHaveValue('my-own-draft');
  });

  test('a deflate bomb link is refused quickly and the draft stays', async ({ builder, page }) => {
    await ownDraft(page, builder);
    const { deflateRawSync } = await import('node:zlib');
    const bomb = `v1.${deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 0x20)).toString('base64url')}`;
    const started = Date.now();
    await page.goto(`./#/s/${bomb}`);
    await expect(notice(page)).toContainText('too large to expand');
    await builder.fill('Name', 'my-own-draft-2');
    console.log(
      `deflate bomb (${bomb.length} characters): refused and answering in ${Date.now() - started} ms`,
    );
    await page.waitForTimeout(600);
    await page.reload();
    await expect(builder.field('Name')).toHaveValue('my-own-draft-2');
  });

  test('__proto__ and constructor keys survive import, reload and a share link', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(
      `apiVersion: v1
kind: Pod
metadata:
  name: odd-keys
  annotations:
    constructor: kept
    __proto__: also-kept
spec:
  hostNetwork: true
  containers:
  - name: c
    image: i
`,
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const preview = builder.yamlPreview;
    await expect(preview).toContainText('constructor: kept');
    await expect(preview).toContainText('__proto__: also-kept');
    await page.waitForTimeout(600);
    await page.reload();
    await expect(preview).toContainText('__proto__: also-kept');
    await expect(notice(page)).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
  });

  test('unreadable saved content is kept and can be downloaded from the notice', async ({
    builder,
    page,
  }) => {
    const broken = '{"app":"hostprocess-pod-builder","version":1,"draft":';
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('hpb-draft', text);
      }
    }, broken);
    await page.goto('./');
    await expect(notice(page)).toContainText('could not be read');
    const download = page.waitForEvent('download');
    await notice(page).getByRole('button', { name: 'Download' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('unreadable-draft.json');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(await file.path(), 'utf8')).toBe(broken);
    await expect(builder.field('Name')).toHaveValue('hostprocess-example');
  });

  test('a start after a crash opens the last good draft and says what happened', async ({
    builder,
    page,
  }) => {
    await ownDraft(page, builder);
    await page.evaluate(() =>
      localStorage.setItem(
        'hpb-draft.crash',
        JSON.stringify({
          message: 'Maximum call stack size exceeded',
          at: new Date().toISOString(),
        }),
      ),
    );
    await page.reload();
    await expect(notice(page)).toContainText(
      'The app stopped on an error last time (Maximum call stack size exceeded). It reopened your last draft that worked',
    );
    await expect(builder.field('Name')).toHaveValue('my-own-draft');
    expect(await page.evaluate(() => localStorage.getItem('hpb-draft.crash'))).toBeNull();
  });
});
