import { expect, test } from './fixtures';

test.describe('Workload section', () => {
  test('kind cards switch the object and show kind-specific settings', async ({
    builder,
    page,
  }) => {
    await builder.open();
    const section = builder.section('Workload');
    await page.getByRole('radio', { name: 'DaemonSet', exact: true }).check();
    expect(await builder.workload()).toMatchObject({ apiVersion: 'apps/v1', kind: 'DaemonSet' });
    await builder.fill('Max unavailable during rollout', '25%');
    expect((await builder.workload()).spec).toMatchObject({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } },
    });

    await page.getByRole('radio', { name: 'Deployment', exact: true }).check();
    await builder.fill('Replicas', '3');
    expect((await builder.workload()).spec).toMatchObject({ replicas: 3 });

    await page.getByRole('radio', { name: 'Job', exact: true }).check();
    await expect(section.getByRole('textbox', { name: 'Replicas' })).toHaveCount(0);
    await builder.fill('Retries (backoffLimit)', '2');
    await section.getByRole('combobox', { name: 'Restart policy' }).selectOption('OnFailure');
    const job = await builder.workload();
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { backoffLimit: 2 } });
    expect((await builder.podSpec()).restartPolicy).toBe('OnFailure');
  });

  test('labels: inline syntax errors per row, valid rows in the YAML', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await page.getByRole('button', { name: 'Add label' }).click();
    const key = page.getByRole('textbox', { name: 'Labels 1 key' });
    await key.fill('bad key');
    await expect(key).toHaveAttribute('aria-invalid', 'true');
    await expect(key).toHaveAccessibleDescription(/name part must consist of alphanumeric/);
    await key.fill('app.kubernetes.io/name');
    await page.getByRole('textbox', { name: 'Labels 1 value' }).fill('agent');
    await expect(key).toHaveAttribute('aria-invalid', 'false');
    expect((await builder.workload()).metadata.labels).toEqual({
      'app.kubernetes.io/name': 'agent',
    });

    await page.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByRole('textbox', { name: 'Annotations 1 key' }).fill('note');
    await page.getByRole('textbox', { name: 'Annotations 1 value' }).fill('free text: fine');
    expect((await builder.workload()).metadata.annotations).toEqual({ note: 'free text: fine' });
    await page.getByRole('button', { name: 'Remove annotations 1' }).click();
    expect((await builder.workload()).metadata.annotations).toBeUndefined();
  });

  test('the Namespace switch adds a Namespace that admits HostProcess pods', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.fill('Namespace', 'node-agents');
    await page.getByRole('switch', { name: /Also emit a Namespace/ }).check();
    const [namespace] = await builder.documents();
    expect(namespace).toMatchObject({
      kind: 'Namespace',
      metadata: {
        name: 'node-agents',
        labels: { 'pod-security.kubernetes.io/enforce': 'privileged' },
      },
    });
  });
});
