import { draftActions, notice } from './draftActions';
import { expect, test } from './fixtures';

const START_SCREEN = { name: 'Choose a starting point' } as const;

test.describe('never lost: autosave, reset and undo', () => {
  test('a reload keeps the draft', async ({ builder, page }) => {
    await builder.open();
    await builder.fill('Name', 'survives-reload');
    await builder.account(/^NetworkService/).check();
    await expect(builder.yamlPreview).toContainText('name: survives-reload');
    const yaml = await builder.yaml();
    await page.waitForTimeout(600); // past the autosave debounce
    await page.reload();
    await expect(builder.field('Name')).toHaveValue('survives-reload');
    expect(await builder.yaml()).toBe(yaml);
    await expect(page.getByRole('region', START_SCREEN)).toHaveCount(0);
  });

  test('the keyboard undoes and redoes everywhere, text fields included', async ({
    builder,
    page,
  }) => {
    await builder.open();
    const name = builder.field('Name');
    await name.fill('first-edit');
    await page.waitForTimeout(700); // a pause ends the typing burst
    await name.pressSequentially('-more', { delay: 20 });
    await page.waitForTimeout(700);
    await builder.account(/^LocalSystem/).check();

    await page.keyboard.press('ControlOrMeta+z');
    await expect(builder.account(/^LocalService/)).toBeChecked();
    await expect(name).toHaveValue('first-edit-more');

    // Undo works with the focus inside a text field too. A burst of typing is normally one
    // step (the unit tests pin that down with a fake clock); a loaded CI machine may split it.
    await name.focus();
    for (let presses = 0; presses < 5 && (await name.inputValue()) !== 'first-edit'; presses++) {
      await page.keyboard.press('ControlOrMeta+z');
      await expect(name).not.toHaveValue('first-edit-more');
    }
    await expect(name).toHaveValue('first-edit');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(name).toHaveValue('hostprocess-example');
    await expect(draftActions(page).undo).toBeDisabled();

    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(name).toHaveValue('first-edit');
    for (let presses = 0; presses < 6 && (await draftActions(page).redo.isEnabled()); presses++) {
      await page.keyboard.press('Control+y');
    }
    await expect(name).toHaveValue('first-edit-more');
    await expect(builder.account(/^LocalSystem/)).toBeChecked();
  });

  test('New asks first, and can be undone', async ({ builder, page }) => {
    await builder.open();
    await builder.fill('Name', 'precious');
    const actions = draftActions(page);

    await actions.newDraft.click();
    const dialog = page.getByRole('dialog', { name: 'Start a new draft?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(builder.field('Name')).toHaveValue('precious');

    await actions.newDraft.click();
    await dialog.getByRole('button', { name: 'Start new draft' }).click();
    await expect(builder.field('Name')).toHaveValue('hostprocess-example');
    await actions.undo.click();
    await expect(builder.field('Name')).toHaveValue('precious');
  });

  test('corrupt saved content gives a message and a fresh start', async ({ builder, page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('hpb-draft', '{"app":"hostprocess-pod-builder","version":1,"draft":');
      }
    });
    await page.goto('./');
    await expect(notice(page)).toContainText('could not be read');
    await expect(builder.field('Name')).toHaveValue('hostprocess-example');
    expect(await page.evaluate(() => localStorage.getItem('hpb-draft.unreadable'))).toContain(
      'hostprocess-pod-builder',
    );
  });

  test('the start screen shows on a first visit only', async ({ builder, page }) => {
    await page.goto('./');
    const start = page.getByRole('region', START_SCREEN);
    await expect(start).toBeVisible();
    await start.getByRole('button', { name: 'Start blank' }).click();
    await expect(start).toHaveCount(0);
    await page.reload();
    await expect(builder.yamlPreview).toContainText('apiVersion');
    await expect(start).toHaveCount(0);
  });
});
