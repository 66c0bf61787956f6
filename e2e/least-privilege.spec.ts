import type { Page } from '@playwright/test';

import type { BuilderPage } from './BuilderPage';
import { draftActions, notice } from './draftActions';
import { expect, test } from './fixtures';

/** A HostProcess pod with four problems that each have one safe repair. */
const FIXABLE = `apiVersion: v1
kind: Pod
metadata:
  name: fixme
spec:
  securityContext:
    runAsNonRoot: true
    windowsOptions:
      hostProcess: true
      runAsUserName: "nt authority\\\\local service"
  hostNetwork: true
  nodeSelector:
    kubernetes.io/os: windows
  containers:
  - name: agent
    image: mcr.microsoft.com/windows/nanoserver:ltsc2022
    imagePullPolice: IfNotPresent
`;

const FIXES = [
  'Fix: rename “imagePullPolice” to “imagePullPolicy”',
  'Fix: remove runAsNonRoot: true',
  'Fix: write “NT AUTHORITY\\Local service”',
  'Fix: add limits cpu: 500m, memory: 256Mi',
];

/** A DaemonSet mounting two host folders, one of them read-only. */
const MOUNTS = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\Local service"}}
      hostNetwork: true
      nodeSelector: {kubernetes.io/os: windows}
      containers:
      - name: agent
        image: agent:1.0
        resources: {limits: {cpu: 500m, memory: 256Mi}}
        volumeMounts:
        - {name: logs, mountPath: 'C:\\logs'}
        - {name: config, mountPath: 'C:\\config', readOnly: true}
      volumes:
      - {name: logs, hostPath: {path: 'C:\\var\\log\\agent', type: DirectoryOrCreate}}
      - {name: config, hostPath: {path: 'C:\\etc\\agent'}}
`;

async function importText(page: Page, builder: BuilderPage, text: string): Promise<void> {
  await draftActions(page).import.click();
  const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
  await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(builder.yamlPreview).toContainText('name: ');
}

function fixButton(builder: BuilderPage, name: string) {
  return builder.findings.getByRole('button', { name, exact: true });
}

test.describe('one-click fixes', () => {
  test('each fixable finding has a Fix button; one by one they clear; Undo brings the last back', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await importText(page, builder, FIXABLE);
    for (const name of FIXES) await expect(fixButton(builder, name)).toBeVisible();

    for (const name of FIXES) {
      await fixButton(builder, name).click();
      await expect(notice(page)).toContainText('Fixed:');
      await expect(fixButton(builder, name)).toHaveCount(0);
    }
    await expect(builder.findings.getByRole('button', { name: /^Fix:/ })).toHaveCount(0);
    const yaml = await builder.yaml();
    expect(yaml).toContain('imagePullPolicy: IfNotPresent');
    expect(yaml).not.toContain('runAsNonRoot');
    expect((await builder.podSpec()).securityContext?.windowsOptions?.runAsUserName).toBe(
      'NT AUTHORITY\\Local service',
    );
    expect(yaml).toContain('cpu: 500m');

    await draftActions(page).undo.click();
    await expect(fixButton(builder, FIXES[3]!)).toBeVisible();
    for (const name of FIXES.slice(0, 3)) await expect(fixButton(builder, name)).toHaveCount(0);
  });

  test('Fix all shows the list, then clears every fixable finding in one undo step', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await importText(page, builder, FIXABLE);
    // Other rules may repair the same field too (the account name): each fix is listed once.
    await page.getByRole('button', { name: /^Fix all \(\d+\)$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply every safe fix' });
    const list = dialog.getByRole('list', { name: 'Fixes to apply' });
    for (const name of FIXES) await expect(list).toContainText(name.replace('Fix: ', ''));
    await dialog.getByRole('button', { name: /^Apply \d+ fixes$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(builder.findings.getByRole('button', { name: /^Fix:/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Fix all/ })).toHaveCount(0);

    await draftActions(page).undo.click();
    for (const name of FIXES) await expect(fixButton(builder, name)).toBeVisible();
  });
});

test.describe('least-privilege advisor', () => {
  test('nothing ticked → LocalService; everything ticked → LocalSystem, applied to the card', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    const advisor = page.getByRole('region', { name: 'Least-privilege advisor' });
    await advisor.scrollIntoViewIfNeeded();
    const recommendation = advisor.getByRole('status', { name: 'Recommendation' });
    await expect(recommendation).toContainText('Smallest account: LocalService');
    await expect(advisor.getByText('already runs as the recommended account')).toBeVisible();

    const boxes = advisor.getByRole('checkbox');
    await expect(boxes).toHaveCount(10);
    for (const box of await boxes.all()) await box.check();
    await expect(recommendation).toContainText('Smallest account: LocalSystem');
    await expect(recommendation.getByRole('listitem')).toHaveCount(10);
    await advisor.getByRole('button', { name: 'Use NT AUTHORITY\\SYSTEM' }).click();
    await expect(builder.account(/^LocalSystem/)).toBeChecked();

    await draftActions(page).undo.click();
    await expect(builder.account(/^LocalService/)).toBeChecked();
  });

  test('a usergroup recommendation lists an icacls grant per mounted host path', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await importText(page, builder, MOUNTS);
    const advisor = page.getByRole('region', { name: 'Least-privilege advisor' });
    await advisor.scrollIntoViewIfNeeded();
    await advisor.getByRole('checkbox', { name: 'Write to host folders' }).check();
    const recommendation = advisor.getByRole('status', { name: 'Recommendation' });
    await expect(recommendation).toContainText('A local usergroup (hpc-localgroup)');
    const grants = advisor.getByRole('list', { name: 'icacls grants' }).getByRole('listitem');
    await expect(grants).toHaveCount(2);
    await expect(grants.nth(0)).toContainText(
      'icacls "C:\\var\\log\\agent" /grant "hpc-localgroup:(OI)(CI)M"',
    );
    await expect(grants.nth(1)).toContainText(
      'icacls "C:\\etc\\agent" /grant "hpc-localgroup:(OI)(CI)RX"',
    );
    await expect(advisor).toContainText('net localgroup hpc-localgroup /add');

    await advisor.getByRole('button', { name: 'Use hpc-localgroup' }).click();
    await expect(builder.account(/^Local usergroup/)).toBeChecked();
    await expect(builder.field('Group name')).toHaveValue('hpc-localgroup');
  });

  test('a preset opens with its needs ticked', async ({ builder, page }) => {
    await builder.open('#/preset/csi-proxy');
    const advisor = page.getByRole('region', { name: 'Least-privilege advisor' });
    await advisor.scrollIntoViewIfNeeded();
    await expect(advisor.getByRole('checkbox', { name: 'Manage disks and volumes' })).toBeChecked();
    await expect(advisor.getByRole('status', { name: 'Recommendation' })).toContainText(
      'Smallest account: LocalSystem',
    );
  });
});

test.describe('import changes nothing unasked', () => {
  test('the Import dialog says, before Import, what the builder would write differently', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.dismissStartScreen();
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    const text = dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' });
    await text.fill(FIXABLE);
    await expect(dialog).toContainText('The builder writes this back unchanged');

    // A Job's pod template without labels gets the labels the builder always writes.
    await text.fill(
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: "i:1"}]\n',
    );
    const changes = dialog.getByRole('list', { name: /would write 1 field differently/ });
    await expect(changes.getByRole('listitem')).toHaveText(['Added spec.template.metadata']);
  });
});
