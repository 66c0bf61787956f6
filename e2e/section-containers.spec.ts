import { expect, test } from './fixtures';

const BASE_IMAGE =
  'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0';

test.describe('Containers section', () => {
  test('add, duplicate, reorder and remove containers; add an init container', async ({
    builder,
    page,
  }) => {
    await builder.open();
    const section = builder.section('Containers');
    await section.getByRole('button', { name: 'Add container' }).click();
    await section.getByRole('button', { name: 'Duplicate container test' }).click();
    const names = async () => (await builder.podSpec()).containers.map((c) => c.name);
    expect(await names()).toEqual(['test', 'test-copy', 'main']);

    await section.getByRole('button', { name: 'Move container main up' }).click();
    expect(await names()).toEqual(['test', 'main', 'test-copy']);
    await expect(section.getByRole('button', { name: 'Move container test up' })).toBeDisabled();
    await section.getByRole('button', { name: 'Remove container test-copy' }).click();
    expect(await names()).toEqual(['test', 'main']);

    await section.getByRole('button', { name: 'Add init container' }).click();
    expect((await builder.podSpec()).initContainers?.map((c) => c.name)).toEqual(['init']);
    await expect(section.getByRole('article')).toHaveCount(3);
    await page.getByRole('textbox', { name: 'Container name' }).nth(1).fill('helper');
    expect(await names()).toEqual(['test', 'helper']);
  });

  test('image suggestions, command and arguments, working dir, pull policy', async ({
    builder,
    page,
  }) => {
    await builder.open();
    const card = builder.section('Containers').getByRole('article', { name: 'container test' });
    const image = card.getByRole('combobox', { name: 'Image' });
    await image.fill('');
    await image.click();
    await page.getByRole('option', { name: BASE_IMAGE }).click();
    await card
      .getByRole('textbox', { name: 'Command' })
      .fill('powershell -Command "Get-Date; Start-Sleep 60"');
    await card.getByRole('textbox', { name: 'Arguments' }).fill('-NoProfile');
    await card.getByRole('textbox', { name: 'Working directory' }).fill('C:\\hpc');
    await card.getByRole('combobox', { name: 'Pull policy' }).selectOption('Always');
    await expect(
      card.getByRole('list', { name: 'Command as a list' }).getByRole('listitem'),
    ).toHaveCount(3);
    const [container] = (await builder.podSpec()).containers;
    expect(container).toMatchObject({
      image: BASE_IMAGE,
      command: ['powershell', '-Command', 'Get-Date; Start-Sleep 60'],
      args: ['-NoProfile'],
      workingDir: 'C:\\hpc',
      imagePullPolicy: 'Always',
    });
  });

  test('environment variables from each source, ports, and the account override', async ({
    builder,
  }) => {
    await builder.open();
    const card = builder.section('Containers').getByRole('article', { name: 'container test' });
    for (let i = 0; i < 3; i += 1) {
      await card.getByRole('button', { name: 'Add variable to container test' }).click();
    }
    const names = card.getByRole('textbox', { name: 'Variable name' });
    const sources = card.getByRole('combobox', { name: 'Source' });
    await names.nth(0).fill('LOG_LEVEL');
    await card.getByRole('textbox', { name: 'Variable value' }).first().fill('info');
    await names.nth(1).fill('NODE_NAME');
    await sources.nth(1).selectOption('fieldRef');
    await names.nth(2).fill('TOKEN');
    await sources.nth(2).selectOption('secretKeyRef');
    await card.getByRole('textbox', { name: 'Secret' }).fill('agent-secret');
    await card.getByRole('textbox', { name: 'Key' }).fill('token');

    await card.getByRole('button', { name: 'Add port to container test' }).click();
    await card.getByRole('textbox', { name: 'Port', exact: true }).fill('9182');
    await card.getByRole('textbox', { name: 'Port name' }).fill('metrics');

    await card
      .getByRole('combobox', { name: 'Run as (this container)' })
      .selectOption('LocalSystem');

    const [container] = (await builder.podSpec()).containers;
    expect(container?.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
      { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'agent-secret', key: 'token' } } },
    ]);
    expect(container?.ports).toEqual([
      { name: 'metrics', containerPort: 9182, hostPort: 9182, protocol: 'TCP' },
    ]);
    expect(container?.securityContext?.windowsOptions?.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
  });
});
