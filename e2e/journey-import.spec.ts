import { load, loadAll } from 'js-yaml';

import { draftActions, notice } from './draftActions';
import { expect, test } from './fixtures';

const MULTI_DOCUMENT = `apiVersion: v1
kind: ConfigMap
metadata:
  name: exporter-config
  namespace: monitoring
data:
  config.yml: |
    collectors:
      enabled: cpu,memory
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: windows-exporter
  namespace: monitoring
spec:
  selector:
    matchLabels:
      app: windows-exporter
  template:
    metadata:
      labels:
        app: windows-exporter
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\Local service"
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: exporter
          image: ghcr.io/prometheus-community/windows-exporter:0.31.0
          livenessProbe:
            httpGet:
              path: /health
              port: 9182
`;

test.describe('journey 4: import existing manifests', () => {
  test('a multi-document file fills the form, keeps the ConfigMap, and is undoable', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await builder.fill('Name', 'before-import');
    await expect(builder.yamlPreview).toContainText('name: before-import');
    const before = await builder.yaml();
    const actions = draftActions(page);

    // Cancel changes nothing.
    await actions.import.click();
    let dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(MULTI_DOCUMENT);
    await expect(dialog.getByText('Found 2 documents')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await builder.yaml()).toBe(before);

    // What was found, the findings, and what it replaces; then Import.
    await actions.import.click();
    dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(MULTI_DOCUMENT);
    const found = dialog.getByRole('list', { name: 'Found 2 documents' });
    await expect(
      found.getByRole('listitem').filter({ hasText: 'ConfigMap exporter-config' }),
    ).toContainText('kept as is');
    await expect(
      found.getByRole('listitem').filter({ hasText: 'DaemonSet windows-exporter' }),
    ).toContainText('fills the form');
    await expect(dialog.getByText(/Findings: \d+ errors?, \d+ warnings?/)).toBeVisible();
    await expect(
      dialog.getByText(/replaces the current draft \(Pod “before-import”\)/),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(builder.field('Name')).toHaveValue('windows-exporter');
    await expect(notice(page)).toContainText('Imported DaemonSet “windows-exporter”');
    const documents = loadAll(await builder.yaml()) as Array<Record<string, unknown>>;
    expect(documents.map((doc) => doc.kind)).toEqual(['ConfigMap', 'DaemonSet']);
    expect(documents[0]).toMatchObject({
      metadata: { name: 'exporter-config' },
      data: { 'config.yml': 'collectors:\n  enabled: cpu,memory\n' },
    });
    expect(documents[1]).toMatchObject({
      spec: {
        template: {
          spec: {
            containers: [{ name: 'exporter', livenessProbe: { httpGet: { port: 9182 } } }],
          },
        },
      },
    });

    // Undo brings the previous draft back exactly; redo returns to the import.
    await actions.undo.click();
    expect(await builder.yaml()).toBe(before);
    await expect(builder.field('Name')).toHaveValue('before-import');
    await actions.redo.click();
    await expect(builder.field('Name')).toHaveValue('windows-exporter');
  });

  test('a picked file and a dropped file open the dialog with their content', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByLabel('Manifest file').setInputFiles({
      name: 'exporter.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(MULTI_DOCUMENT),
    });
    await expect(dialog.getByText('Found 2 documents')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // A person drops the next file once the dialog is gone (not within its closing animation).
    await expect(dialog).toBeHidden();

    await page.evaluate(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        document.body.dispatchEvent(
          new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }),
        );
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true }),
        );
      },
      JSON.stringify(load(MULTI_DOCUMENT.split('---\n')[1]!)),
    );
    await expect(dialog.getByText('Found 1 document')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(builder.field('Name')).toHaveValue('windows-exporter');
  });

  test('text that is not a manifest cannot be imported', async ({ builder, page }) => {
    await builder.open();
    const before = await builder.yaml();
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill('just: [text');
    await expect(dialog.getByText(/Nothing can be imported/)).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.keyboard.press('Escape');
    expect(await builder.yaml()).toBe(before);
  });
});

test('a manifest the API server would reject says why as written, before the import repairs it', async ({
  builder,
  page,
}) => {
  await builder.open();
  await draftActions(page).import.click();
  const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
  await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(`apiVersion: v1
kind: Pod
metadata:
  name: no-host-network
spec:
  hostNetwork: false
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUserName: "NT AUTHORITY\\\\Local service"
  containers:
    - name: agent
      image: registry.example.com/agent:1.0
  nodeSelector:
    kubernetes.io/os: windows
`);
  await expect(dialog.getByText(/As written, this manifest has 1 error/)).toBeVisible();
  await expect(
    dialog.getByRole('list', { name: 'Errors as written' }).getByRole('listitem'),
  ).toContainText(['hostNetwork must be true if pod contains any hostProcess containers']);
});
