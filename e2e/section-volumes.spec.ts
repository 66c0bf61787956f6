import { expect, test } from './fixtures';

test.describe('Volumes section', () => {
  test('adds every volume type with its explanation', async ({ builder, page }) => {
    await builder.open();
    const section = builder.section('Volumes');
    const types = [
      ['Host path', 'hostPath'],
      ['Empty directory', 'emptyDir'],
      ['ConfigMap', 'configMap'],
      ['Secret', 'secret'],
      ['Persistent volume claim', 'persistentVolumeClaim'],
      ['Service account token', 'projected'],
    ] as const;
    for (const [title] of types) {
      await section.getByRole('button', { name: 'Add volume' }).click();
      const item = page.getByRole('menuitem', { name: new RegExp(`^${title}`) });
      await expect(item).toContainText(/\w+ \w+ \w+/);
      await item.click();
    }
    const volumes = (await builder.podSpec()).volumes ?? [];
    expect(volumes.map((v) => Object.keys(v).find((k) => k !== 'name'))).toEqual(
      types.map(([, source]) => source),
    );
    await section.getByRole('button', { name: 'Remove volume scratch' }).click();
    expect((await builder.podSpec()).volumes).toHaveLength(5);
  });

  test('mounts into containers, with path help for the target nodes', async ({ builder, page }) => {
    await builder.open();
    await builder.section('Containers').getByRole('button', { name: 'Add container' }).click();
    const section = builder.section('Volumes');
    await section.getByRole('button', { name: 'Add volume' }).click();
    await page.getByRole('menuitem', { name: /^ConfigMap/ }).click();
    await builder.fill('ConfigMap name', 'agent-config');
    await section.getByRole('button', { name: 'Mount volume config into a container' }).click();
    await builder.fill('Mount path', 'C:\\etc\\agent');
    await section.getByRole('checkbox', { name: 'Read-only' }).check();
    // Containerd 1.7+ on Windows Server 2022 (the default target) binds the volume at its path.
    await expect(section).toContainText('finds it at C:\\etc\\agent');
    await expect(section).toContainText('$env:CONTAINER_SANDBOX_MOUNT_POINT\\etc\\agent');
    await expect(section).toContainText('bindfltapi.dll');
    let spec = await builder.podSpec();
    expect(spec.containers[0]?.volumeMounts).toEqual([
      { name: 'config', mountPath: 'C:\\etc\\agent', readOnly: true },
    ]);

    await section
      .getByRole('combobox', { name: 'Container' })
      .selectOption({ label: 'Container main' });
    spec = await builder.podSpec();
    expect(spec.containers[0]?.volumeMounts).toBeUndefined();
    expect(spec.containers[1]?.volumeMounts).toEqual([
      { name: 'config', mountPath: 'C:\\etc\\agent', readOnly: true },
    ]);

    await builder.fill('Volume name', 'settings');
    expect((await builder.podSpec()).containers[1]?.volumeMounts?.[0]?.name).toBe('settings');
  });

  test('a named pipe host path is flagged at once and by the validator', async ({
    builder,
    page,
  }) => {
    await builder.open();
    const section = builder.section('Volumes');
    await section.getByRole('button', { name: 'Add volume' }).click();
    await page.getByRole('menuitem', { name: /^Host path/ }).click();
    await builder.fill('Host path', '\\\\.\\pipe\\containerd-containerd');
    await expect(builder.field('Host path')).toHaveAccessibleDescription(/named pipe/i);
    await expect(builder.finding('spec.volumes[0].hostPath.path')).toBeVisible();
  });
});
