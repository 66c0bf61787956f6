import { expect, test } from './fixtures';

test.describe('journey 2: run as a local usergroup', () => {
  test('shows how to prepare the node and adds a preparer init container', async ({
    builder,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open();
    await builder.dismissStartScreen();
    const section = await builder.goToSection('User account');
    await builder.account(/^Local usergroup/).check();
    await builder.fill('Group name', 'hpc-localgroup');
    await expect(builder.yamlPreview).toContainText('runAsUserName: hpc-localgroup');

    const panel = section.getByRole('region', { name: 'Prepare the node' });
    await expect(panel.locator('code').first()).toHaveText('net localgroup hpc-localgroup /add');
    await expect(panel.locator('code').nth(1)).toContainText('/grant "hpc-localgroup:(OI)(CI)M"');
    await panel.getByRole('button', { name: 'Copy group creation command' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('net localgroup hpc-localgroup /add');

    await panel.getByRole('button', { name: 'Add a preparer init container' }).click();
    await expect(
      panel.getByRole('button', { name: 'Preparer init container added' }),
    ).toBeDisabled();
    const spec = await builder.podSpec();
    expect(spec.initContainers).toHaveLength(1);
    expect(spec.initContainers?.[0]).toMatchObject({
      name: 'prepare-usergroup',
      image: 'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0',
      securityContext: { windowsOptions: { runAsUserName: 'NT AUTHORITY\\SYSTEM' } },
    });
    expect(spec.initContainers?.[0]?.command?.join(' ')).toBe(
      'cmd /c net localgroup hpc-localgroup >nul 2>&1 || net localgroup hpc-localgroup /add',
    );
    await expect(
      builder
        .section('Containers')
        .getByRole('article', { name: 'init container prepare-usergroup' }),
    ).toBeVisible();
    await expect(builder.findingsOf('Error')).toHaveCount(0);
  });

  test('validates the group name', async ({ builder }) => {
    await builder.open();
    await builder.account(/^Local usergroup/).check();
    await builder.fill('Group name', 'bad/group');
    const path = 'spec.securityContext.windowsOptions.runAsUserName';
    await expect(builder.finding(path).filter({ hasText: 'usergroup' })).toBeVisible();
    await expect(builder.field('Group name')).toHaveAttribute('aria-invalid', 'true');
    await builder.fill('Group name', 'good-group');
    await expect(builder.field('Group name')).toHaveAttribute('aria-invalid', 'false');
    await expect(builder.findingsOf('Error')).toHaveCount(0);
  });

  test('the chosen group survives a detour through a built-in account', async ({ builder }) => {
    await builder.open();
    await builder.account(/^Local usergroup/).check();
    await builder.fill('Group name', 'log-readers');
    await builder.account(/^LocalService/).check();
    await expect(builder.yamlPreview).toContainText('NT AUTHORITY\\\\Local service');
    await builder.account(/^Local usergroup/).check();
    await expect(builder.field('Group name')).toHaveValue('log-readers');
  });
});
