import { expect, test } from './fixtures';

test.describe('Scheduling section', () => {
  test('node selectors, OS, tolerations presets and pod settings', async ({ builder, page }) => {
    await builder.open();
    const section = await builder.goToSection('Scheduling');
    await expect(
      section.getByRole('textbox', {
        name: 'Node selectors kubernetes.io/os key (always written)',
      }),
    ).toBeDisabled();
    await section.getByRole('button', { name: 'Add node selector' }).click();
    await page
      .getByRole('textbox', { name: 'Node selectors 1 key' })
      .fill('node.kubernetes.io/windows-build');
    await page.getByRole('textbox', { name: 'Node selectors 1 value' }).fill('10.0.20348');

    await section.getByRole('button', { name: 'Tolerate os=windows:NoSchedule' }).click();
    await section.getByRole('button', { name: 'Tolerate all taints' }).click();
    await section.getByRole('switch', { name: /spec\.os\.name/ }).uncheck();

    const priority = section.getByRole('combobox', { name: 'Priority class' });
    await priority.click();
    await page.getByRole('option', { name: 'system-node-critical' }).click();
    await builder.fill('Service account', 'agent');
    await builder.fill('Grace period (seconds)', '60');
    await section
      .getByRole('combobox', { name: 'DNS policy' })
      .selectOption('ClusterFirstWithHostNet');

    const spec = await builder.podSpec();
    expect(spec.nodeSelector).toEqual({
      'kubernetes.io/os': 'windows',
      'node.kubernetes.io/windows-build': '10.0.20348',
    });
    expect(spec.os).toBeUndefined();
    expect(spec.tolerations).toEqual([
      { key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' },
      { operator: 'Exists' },
    ]);
    expect(spec).toMatchObject({
      priorityClassName: 'system-node-critical',
      serviceAccountName: 'agent',
      terminationGracePeriodSeconds: 60,
      dnsPolicy: 'ClusterFirstWithHostNet',
    });

    await section.getByRole('button', { name: 'Remove toleration 1' }).click();
    expect((await builder.podSpec()).tolerations).toEqual([{ operator: 'Exists' }]);
  });
});
