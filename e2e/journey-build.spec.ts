import { readFile } from 'node:fs/promises';

import { load } from 'js-yaml';

import { expect, test } from './fixtures';

const BASE_IMAGE =
  'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0';

test('journey 1: build a DaemonSet with a volume and limits, see no errors, download it', async ({
  builder,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await builder.open();
  await builder.dismissStartScreen();

  await page.getByRole('radio', { name: 'DaemonSet', exact: true }).check();
  await builder.fill('Name', 'windows-agent');
  await builder.account(/^NetworkService/).check();

  const containers = await builder.goToSection('Containers');
  await containers.getByRole('combobox', { name: 'Image' }).fill(BASE_IMAGE);

  const volumes = await builder.goToSection('Volumes');
  await volumes.getByRole('button', { name: 'Add volume' }).click();
  await page.getByRole('menuitem', { name: /^Host path/ }).click();
  await builder.fill('Host path', 'C:\\ProgramData\\agent');
  await volumes.getByRole('button', { name: 'Mount volume host into a container' }).click();
  await builder.fill('Mount path', 'C:\\agent');

  await builder.goToSection('Resources');
  await builder.fill('CPU limit', '500');
  await builder.fill('Memory limit', '256');

  await expect(builder.yamlPreview).toContainText('memory: 256Mi');
  await expect(builder.findingsOf('Error')).toHaveCount(0);
  await expect(builder.sectionNav.getByText(/error/)).toHaveCount(0);

  const spec = await builder.podSpec();
  expect((await builder.workload()).kind).toBe('DaemonSet');
  expect(spec.securityContext?.windowsOptions?.runAsUserName).toBe('NT AUTHORITY\\NetworkService');
  expect(spec.volumes).toEqual([
    { name: 'host', hostPath: { path: 'C:\\ProgramData\\agent', type: 'DirectoryOrCreate' } },
  ]);
  expect(spec.containers[0]).toMatchObject({
    image: BASE_IMAGE,
    volumeMounts: [{ name: 'host', mountPath: 'C:\\agent' }],
    resources: { limits: { cpu: '500m', memory: '256Mi' } },
  });

  await builder.goToSection('Review');
  const preview = await builder.yaml();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    builder.button('Download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('windows-agent.yaml');
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toBe(preview);
  expect(load(text)).toMatchObject({ kind: 'DaemonSet', metadata: { name: 'windows-agent' } });

  await builder.button('Copy').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(preview);
});
