import { load } from 'js-yaml';

import { expect, test } from './fixtures';
import { dismissStartScreen, recordCspViolations } from './qualityHelpers';

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  'javascript:alert(1)',
] as const;

test.describe('security and privacy', () => {
  // alert(), confirm() and prompt() would mean an injected script ran.
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  test.afterEach(() => {
    expect(dialogs, 'dialogs opened by a script').toEqual([]);
  });

  test('no request leaves the site through a whole journey, under a strict CSP', async ({
    builder,
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const cspViolations = await recordCspViolations(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    await builder.open();
    await dismissStartScreen(page);
    await builder.fill('Name', 'journey');
    await builder.account(/^NetworkService/).check();
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('journey.yaml');
    await expect(builder.yamlPreview).toContainText('name: journey');

    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(await cspViolations()).toEqual([]);

    const foreign = requests.filter(
      (url) => /^https?:/.test(url) && new URL(url).origin !== origin,
    );
    expect(foreign, 'requests to another origin').toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });

  test('XSS payloads typed into every text field stay text', async ({ builder, page }) => {
    await builder.open();
    await dismissStartScreen(page);

    const boxes = page.getByRole('textbox');
    let filled = 0;
    for (let i = 0; i < Math.min(await boxes.count(), 80); i++) {
      const box = boxes.nth(i);
      if (!(await box.isVisible()) || !(await box.isEditable())) continue;
      await box.fill(PAYLOADS[i % PAYLOADS.length] ?? '');
      filled += 1;
    }
    expect(filled, 'text fields found').toBeGreaterThan(2);
    await expect(builder.yamlPreview.locator('img, script')).toHaveCount(0);
    // The YAML editor is a text field too: its payload is no manifest, so the form kept the last
    // draft; a form edit writes the YAML again.
    await builder.fill('Name', 'written-by-the-form');
    await builder.fill('Name', PAYLOADS[0]);

    const doc = load(await builder.yaml()) as { metadata: { name: string } };
    expect(doc.metadata.name).toBe(PAYLOADS[0]);
    expect(await builder.yaml()).toContain('onerror=alert(1)');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(builder.yamlPreview.locator('img, script')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  });

  test('XSS payloads in imported YAML stay text', async ({ builder, page }) => {
    await builder.open();
    await dismissStartScreen(page);
    const importButton = page.getByRole('button', { name: 'Import', exact: true });

    const manifest = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: ${JSON.stringify(PAYLOADS[0])}`,
      '  annotations:',
      `    note: ${JSON.stringify(PAYLOADS[1])}`,
      'spec:',
      '  containers:',
      '    - name: test',
      `      image: ${JSON.stringify(PAYLOADS[2])}`,
      '      env:',
      '        - name: PAYLOAD',
      `          value: ${JSON.stringify(PAYLOADS[1])}`,
    ].join('\n');
    await importButton.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(manifest);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();

    const yaml = await builder.yaml();
    const doc = load(yaml) as {
      metadata: { name: string; annotations: Record<string, string> };
      spec: { containers: { image: string; env: { value: string }[] }[] };
    };
    expect(doc.metadata.name).toBe(PAYLOADS[0]);
    expect(doc.metadata.annotations.note).toBe(PAYLOADS[1]);
    expect(doc.spec.containers[0]?.image).toBe(PAYLOADS[2]);
    expect(doc.spec.containers[0]?.env[0]?.value).toBe(PAYLOADS[1]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(builder.yamlPreview.locator('img, script')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  });
});
