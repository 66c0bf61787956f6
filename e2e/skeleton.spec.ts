import { readFile } from 'node:fs/promises';

import { load } from 'js-yaml';

import { expect, test } from './fixtures';

test.describe('walking skeleton: one HostProcess pod end to end', () => {
  test('the default draft is the documentation example', async ({ builder }) => {
    await builder.open();
    const doc = load(await builder.yaml()) as Record<string, unknown>;
    expect(doc).toMatchObject({
      apiVersion: 'v1',
      kind: 'Pod',
      spec: {
        hostNetwork: true,
        securityContext: {
          windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
        },
        containers: [
          { name: 'test', image: 'image1:latest', command: ['ping', '-t', '127.0.0.1'] },
        ],
        nodeSelector: { 'kubernetes.io/os': 'windows' },
      },
    });
  });

  test('changing the pod name updates the YAML', async ({ builder }) => {
    await builder.open();
    await builder.fill('Name', 'my-hpc-pod');
    await expect(builder.yamlPreview).toContainText('name: my-hpc-pod');
  });

  test('each account writes its exact runAsUserName', async ({ builder }) => {
    await builder.open();
    const accounts: Array<[RegExp, string]> = [
      [/^LocalSystem/, 'NT AUTHORITY\\SYSTEM'],
      [/^NetworkService/, 'NT AUTHORITY\\NetworkService'],
      [/^LocalService/, 'NT AUTHORITY\\Local service'],
    ];
    for (const [name, runAsUserName] of accounts) {
      await builder.account(name).check();
      const doc = load(await builder.yaml()) as {
        spec: { securityContext: { windowsOptions: { runAsUserName: string } } };
      };
      expect(doc.spec.securityContext.windowsOptions.runAsUserName).toBe(runAsUserName);
    }
    await builder.account(/^Local usergroup/).check();
    await builder.fill('Group name', 'hpc-localgroup');
    await expect(builder.yamlPreview).toContainText('runAsUserName: hpc-localgroup');
  });

  test('an invalid pod name gets an error on metadata.name until fixed', async ({ builder }) => {
    await builder.open();
    await builder.fill('Name', 'Bad_Name');
    const finding = builder.finding('metadata.name');
    await expect(finding).toBeVisible();
    await expect(builder.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await builder.fill('Name', 'good-name');
    await expect(finding).toHaveCount(0);
  });

  test('Download saves exactly the previewed YAML as <name>.yaml', async ({ builder, page }) => {
    await builder.open();
    await builder.fill('Name', 'download-me');
    await expect(builder.yamlPreview).toContainText('name: download-me');
    const preview = await builder.yaml();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('download-me.yaml');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toBe(preview);
    expect(load(text)).toMatchObject({ kind: 'Pod', metadata: { name: 'download-me' } });
  });

  test('Copy puts the YAML on the clipboard', async ({ builder, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText('YAML copied to the clipboard')).toBeVisible();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await builder.yaml());
  });
});
