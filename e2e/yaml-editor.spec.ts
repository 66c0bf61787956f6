import type { Page } from '@playwright/test';

import type { BuilderPage } from './BuilderPage';
import { expect, test } from './fixtures';

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: typed-by-hand
spec:
  selector:
    matchLabels:
      app: typed-by-hand
  template:
    metadata:
      labels:
        app: typed-by-hand
    spec:
      hostNetwork: true
      nodeSelector:
        kubernetes.io/os: windows
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\NetworkService"
      containers:
      - name: main
        image: mcr.microsoft.com/windows/nanoserver:ltsc2022`;

/**
 * Types text line by line as a person does: the editor indents each new line itself, so the
 * indent it offers is replaced by the line's own (Shift+Home selects it).
 */
async function typeLines(page: Page, text: string): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Shift+Home');
    }
    await page.keyboard.type(line);
  }
}

/** Opens a new line below the first line matching `after`, indented by hand. */
async function typeNewLine(builder: BuilderPage, after: RegExp, text: string): Promise<void> {
  await builder.yamlPreview.getByText(after).first().click();
  await builder.page.keyboard.press('End');
  await builder.page.keyboard.press('Enter');
  await builder.page.keyboard.press('Shift+Home');
  await builder.page.keyboard.type(text);
}

test.describe('the YAML editor', () => {
  test('typing a whole DaemonSet fills the form: kind, name and account', async ({
    builder,
    page,
  }) => {
    // About 600 keystrokes, each read into the draft: slow on a busy machine.
    test.setTimeout(120_000);
    await builder.open();
    await builder.dismissStartScreen();
    await builder.yamlPreview.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await typeLines(page, DAEMONSET);
    await expect(page.getByRole('radio', { name: 'DaemonSet', exact: true })).toBeChecked();
    await expect(builder.field('Name')).toHaveValue('typed-by-hand');
    await expect(builder.account(/^NetworkService/)).toBeChecked();
    expect(await builder.yaml()).toBe(DAEMONSET);
  });

  test('broken YAML keeps the form, is marked at its line, and survives a reload', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.fill('Name', 'still-valid');
    const yaml = await builder.yaml();
    const nameLine = yaml.split('\n').findIndex((line) => line.includes('name: still-valid'));
    await page.getByText('name: still-valid').click();
    await page.keyboard.press('End');
    await page.keyboard.type(': [oops');
    const notice = page.getByRole('status').filter({ hasText: 'cannot be read' });
    await expect(notice).toContainText('the form shows the last valid version');
    await expect(builder.field('Name')).toHaveValue('still-valid');
    // The error is marked on its line: the gutter icon on that line names it on hover.
    const marker = page.locator('.cm-lint-marker-error').first();
    await expect(marker).toBeVisible();
    const markedLine = await marker.evaluate((element) => {
      const gutter = element.closest('.cm-gutterElement') as HTMLElement;
      const numbers = [
        ...document.querySelectorAll<HTMLElement>('.cm-lineNumbers .cm-gutterElement'),
      ];
      const same = numbers.find((n) => n.offsetTop === gutter.offsetTop);
      return Number(same?.textContent);
    });
    expect(markedLine).toBeGreaterThanOrEqual(nameLine + 1);
    await marker.hover();
    await expect(page.locator('.cm-tooltip-lint')).toContainText('Not valid YAML');

    await page.waitForTimeout(400); // the autosave's quiet time
    await page.reload();
    await expect(builder.yamlPreview).toContainText('name: still-valid: [oops');
    await expect(notice).toBeVisible();
    await expect(builder.field('Name')).toHaveValue('still-valid');
  });

  test('a form edit appears in the editor, the cursor staying where it was', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.yamlPreview.getByText(/^\s*image: /).click();
    const cursorLine = page.locator('.cm-activeLine');
    await expect(cursorLine).toContainText('image: ');
    await builder.fill('Name', 'from-the-form');
    await expect(builder.yamlPreview).toContainText('name: from-the-form');
    await expect(cursorLine).toContainText('image: ');
  });

  test('hovering hostNetwork shows what Kubernetes says about it', async ({ builder, page }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.yamlPreview.getByText('hostNetwork', { exact: true }).hover();
    const tooltip = page.locator('.cm-tooltip-hover');
    await expect(tooltip).toContainText('Pod.spec.hostNetwork <boolean>');
    await expect(tooltip).toContainText('Host networking requested for this pod');
    await expect(tooltip).toContainText('HostProcess pod must use');
  });

  test('Ctrl+I explains the key at the cursor, and Escape closes it', async ({ builder, page }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.yamlPreview.getByText('hostNetwork', { exact: true }).click();
    // The pointer leaves, so what shows is the keyboard's explanation, not the hover's.
    await page.mouse.move(0, 0);
    await page.keyboard.press('ControlOrMeta+i');
    // Said to screen readers too (a status), as hover tooltips are not read.
    const explained = page.getByRole('status').filter({ hasText: 'Pod.spec.hostNetwork' });
    await expect(explained).toContainText('Pod.spec.hostNetwork <boolean>');
    await expect(explained).toContainText('Host networking requested for this pod');
    await page.keyboard.press('Escape');
    await expect(explained).toHaveCount(0);
    // The editor keeps focus: Escape closed the explanation only.
    await expect(builder.yamlPreview).toBeFocused();
  });

  test('moving the cursor onto a key outlines its field in the form', async ({ builder, page }) => {
    await builder.open();
    await builder.dismissStartScreen();
    const outlined = page.locator('[data-yaml-cursor]');
    await builder.yamlPreview.getByText('name: hostprocess-example').first().click();
    await expect(outlined.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible();
    await builder.yamlPreview
      .getByText(/image: /)
      .first()
      .click();
    await expect(outlined.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(0);
    await expect(outlined.getByLabel('Image', { exact: true })).toBeVisible();
    // Leaving the editor clears the outline.
    await builder.field('Name').focus();
    await expect(outlined).toHaveCount(0);
  });

  test('Ctrl+Space after imagePullPolicy lists its values', async ({ builder, page }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await typeNewLine(builder, /^\s*image: /, '    imagePullPolicy: ');
    await page.keyboard.press('Control+Space');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveText(['Always', 'IfNotPresent', 'Never']);
    // A list just opened ignores keys for a moment (CodeMirror's interactionDelay, 75 ms).
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(builder.yamlPreview).toContainText('imagePullPolicy: IfNotPresent');
  });

  test('one undo reverts a burst of typing, in the editor and from the header', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    const before = await builder.yaml();
    await page
      .getByText(/^\s*name: /)
      .first()
      .click();
    // The pointer leaves the key, as a typist's does: its explanation (loaded on hover) is not
    // what this test is about, and loading it mid-burst could stall the page past a burst's gap.
    await page.mouse.move(0, 0);
    await page.keyboard.press('End');
    await page.keyboard.type('-typed');
    await expect(builder.field('Name')).toHaveValue(/-typed$/);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(builder.field('Name')).not.toHaveValue(/-typed$/);
    expect(await builder.yaml()).toBe(before);
    await builder.button('Redo').click();
    await expect(builder.field('Name')).toHaveValue(/-typed$/);
    await builder.button('Undo').click();
    expect(await builder.yaml()).toBe(before);
  });

  test('Tab leaves the editor unless indenting is switched on', async ({ builder, page }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await builder.yamlPreview.click();
    await page.keyboard.press('Tab');
    await expect(builder.yamlPreview).not.toBeFocused();

    await page.getByLabel('Tab key indents').check();
    await expect(page.getByText('press Escape, then Tab, to leave')).toBeVisible();
    await builder.yamlPreview.click();
    await page.keyboard.press('Tab');
    await expect(builder.yamlPreview).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(builder.yamlPreview).not.toBeFocused();
  });

  test('a finding is marked on its line; its hover names the stage, links the docs and fixes it', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await typeNewLine(builder, /^\s*image: /, '    imagePulPolicy: Always');
    await expect(builder.finding('imagePulPolicy')).toContainText('did you mean');
    await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
    await builder.yamlPreview.getByText('imagePulPolicy').hover();
    const tooltip = page.locator('.cm-tooltip-lint');
    await expect(tooltip).toContainText('did you mean "imagePullPolicy"');
    await expect(tooltip).toContainText('Kubernetes will reject this');
    await expect(tooltip.getByRole('link', { name: /Documentation/ })).toHaveAttribute(
      'href',
      /^https:\/\//,
    );
    await tooltip
      .getByRole('button', { name: 'Fix: rename “imagePulPolicy” to “imagePullPolicy”' })
      .click();
    await expect(builder.yamlPreview).toContainText('imagePullPolicy: Always');
    await expect(builder.finding('imagePulPolicy')).toHaveCount(0);
  });

  test('on a phone the YAML tab holds the editor, and typing there reaches the form', async ({
    builder,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await builder.open();
    await builder.dismissStartScreen();
    await builder.tab('YAML').click();
    await builder.yamlPreview
      .getByText(/^\s*name: /)
      .first()
      .click();
    await page.keyboard.press('End');
    await page.keyboard.type('-phone');
    await builder.tab('Form').click();
    await expect(builder.field('Name')).toHaveValue(/-phone$/);
  });
});
