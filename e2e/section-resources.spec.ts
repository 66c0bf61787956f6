import { expect, test } from './fixtures';

test.describe('Resources section', () => {
  test('number + unit become Kubernetes quantities; request above limit is flagged inline', async ({
    builder,
  }) => {
    await builder.open();
    const section = await builder.goToSection('Resources');
    await expect(section).toContainText("apply to the container's job object");
    await builder.fill('CPU request', '250');
    await builder.fill('CPU limit', '1');
    await section.getByRole('combobox', { name: 'CPU limit unit' }).selectOption('');
    await builder.fill('Memory limit', '1');
    await section.getByRole('combobox', { name: 'Memory limit unit' }).selectOption('Gi');
    await section.getByRole('combobox', { name: 'Storage request unit' }).selectOption('Gi');
    await builder.fill('Storage request', '2');
    expect((await builder.podSpec()).containers[0]?.resources).toEqual({
      requests: { cpu: '250m', 'ephemeral-storage': '2Gi' },
      limits: { cpu: '1', memory: '1Gi' },
    });

    await builder.fill('Memory request', '2');
    await section.getByRole('combobox', { name: 'Memory request unit' }).selectOption('Gi');
    await expect(builder.field('Memory request')).toHaveAttribute('aria-invalid', 'true');
    await expect(builder.field('Memory request')).toHaveAccessibleDescription(
      /More than the limit \(1Gi\)/,
    );
    await expect(builder.finding('spec.containers[0].resources.requests')).toBeVisible();
    await expect(
      builder.sectionNav.getByRole('link', { name: /^Resources \(1 error/ }),
    ).toBeVisible();

    await builder.fill('Memory request', '');
    await expect(builder.field('Memory request')).toHaveAttribute('aria-invalid', 'false');
    await expect(builder.yamlPreview).not.toContainText('memory: 2Gi');
  });
});
