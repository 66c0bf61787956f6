import { expect, test } from './fixtures';

test.describe('journey 5: every finding leads to its field', () => {
  test('a finding names the field, says why, links the docs, and goes to the field', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.fill('Name', 'Bad_Name');
    const finding = builder.finding('metadata.name');
    await expect(finding).toContainText('lowercase RFC 1123 subdomain');
    await expect(finding).toContainText('Kubernetes will reject this');
    await expect(finding.getByRole('link', { name: /Documentation/ })).toHaveAttribute(
      'href',
      /^https:\/\/kubernetes\.io\//,
    );
    await expect(
      builder.sectionNav.getByRole('link', { name: /^Workload \(1 error\)$/ }),
    ).toBeVisible();
    await expect(builder.field('Name')).toHaveAccessibleDescription(/lowercase RFC 1123/);

    await builder.goToSection('Scheduling');
    await finding.getByRole('button').click();
    await expect(builder.field('Name')).toBeFocused();
    // The editor marks the field's lines.
    await expect(page.getByTestId('yaml-highlight')).toHaveText([/^\s*name: Bad_Name$/]);

    await page.keyboard.press('Control+a');
    await page.keyboard.type('good-name');
    await expect(finding).toHaveCount(0);
    await expect(builder.findingsOf('Error')).toHaveCount(0);
  });

  test('a request above its limit: the finding opens Resources and marks the block', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.goToSection('Resources');
    await builder.fill('CPU request', '2');
    await builder.fill('CPU limit', '1');
    await expect(builder.field('CPU request')).toHaveAccessibleDescription(/More than the limit/);
    const path = 'spec.containers[0].resources.requests';
    const finding = builder.finding(path);
    await expect(finding).toContainText('must be less than or equal to cpu limit of 1m');
    await builder.goToSection('Workload');
    await finding.getByRole('button').click();
    await expect(page.locator(':focus')).toHaveAttribute('data-path', path);
    await expect(page.getByTestId('yaml-highlight')).toHaveText([
      /^\s*requests:$/,
      /^\s*cpu: 2m?$/,
    ]);
    await builder.fill('CPU request', '1');
    await expect(builder.findingsOf('Error')).toHaveCount(0);
  });

  test('on a phone the Findings tab takes the user back to the field in the Form tab', async ({
    builder,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await builder.open();
    await builder.fill('Name', 'Bad_Name');
    await builder.tab('Findings').click();
    await builder.finding('metadata.name').getByRole('button').click();
    await expect(builder.tab('Form')).toHaveAttribute('aria-selected', 'true');
    await expect(builder.field('Name')).toBeFocused();
  });
});
