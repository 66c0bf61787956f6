import { expect, test } from './fixtures';

test.describe('Review section', () => {
  test('summarises accounts, host access, the Pod Security level and the findings', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.section('Volumes').getByRole('button', { name: 'Add volume' }).click();
    await page.getByRole('menuitem', { name: /^Host path/ }).click();
    await builder.fill('Host path', 'C:\\ProgramData\\agent');
    const review = await builder.goToSection('Review');
    await expect(review).toContainText('test: LocalService');
    await expect(review).toContainText('Host path C:\\ProgramData\\agent (volume host)');
    await expect(review).toContainText('pod-security.kubernetes.io/enforce: privileged');
    await expect(review.getByText(/^\d+ errors?$/)).toHaveText('0 errors');

    await builder.fill('Name', 'Bad_Name');
    await expect(review.getByText(/^\d+ errors?$/)).toHaveText('1 error');
    await expect(review).toContainText(
      'Download or copy the YAML with the buttons above the preview',
    );
  });

  test('on a phone, Review holds Download and Copy', async ({ builder, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await builder.open();
    const review = builder.section('Review');
    await review.scrollIntoViewIfNeeded();
    await expect(review.getByRole('button', { name: 'Download' })).toBeVisible();
    await expect(review.getByRole('button', { name: 'Copy' })).toBeVisible();
    await builder.tab('YAML').click();
    await expect(builder.yamlPreview).toBeVisible();
    await expect(builder.button('Download')).toBeVisible();
  });
});
