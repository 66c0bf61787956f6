import { expect, test } from './fixtures';

test.describe('User account section', () => {
  test('four cards, each with its exact runAsUserName; LocalService is the default', async ({
    builder,
  }) => {
    await builder.open();
    const section = builder.section('User account');
    await expect(section.getByRole('radio')).toHaveCount(4);
    await expect(builder.account('LocalService')).toBeChecked();
    await expect(builder.account('LocalService')).toHaveAccessibleDescription(
      /the least privileged built-in account.*NT AUTHORITY\\Local service/,
    );
    await expect(builder.account('LocalSystem')).toHaveAccessibleDescription(
      /NT AUTHORITY\\SYSTEM/,
    );
  });

  test('keyboard: arrows move, Enter and Space pick a card', async ({ builder, page }) => {
    await builder.open();
    await builder.account('LocalService').focus();
    await page.keyboard.press('ArrowRight');
    await expect(builder.account('NetworkService')).toBeChecked();
    await expect(builder.account('NetworkService')).toBeFocused();

    await builder.account('LocalSystem').focus();
    await page.keyboard.press('Enter');
    await expect(builder.account('LocalSystem')).toBeChecked();
    expect((await builder.podSpec()).securityContext?.windowsOptions?.runAsUserName).toBe(
      'NT AUTHORITY\\SYSTEM',
    );
    await expect(
      builder
        .section('User account')
        .getByText(/full control of the node/i)
        .first(),
    ).toBeVisible();

    await builder.account('Local usergroup').focus();
    await page.keyboard.press('Space');
    await expect(builder.account('Local usergroup')).toBeChecked();
    await expect(builder.field('Group name')).toBeVisible();
  });
});
