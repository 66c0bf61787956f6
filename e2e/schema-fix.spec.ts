import { loadAll } from 'js-yaml';

import { draftActions } from './draftActions';
import { expect, test } from './fixtures';

const MISSPELT = `apiVersion: v1
kind: Pod
metadata:
  name: typo-pod
spec:
  hostNetwork: true
  securityContext:
    windowsOptions:
      hostProcess: true
      runAsUsername: "NT AUTHORITY\\\\Local service"
  containers:
    - name: agent
      image: registry.example.com/agent:1.0
      volumeMount:
        - name: logs
          mountPath: C:\\logs
  volumes:
    - name: logs
      emptyDir: {}
  nodeSelector:
    kubernetes.io/os: windows
`;

test.describe('schema checks: misspelt fields are caught like kubectl apply, with a one-click fix', () => {
  test('an imported unknown field gets an error with a suggestion, and Rename fixes it', async ({
    builder,
    page,
  }) => {
    await builder.open();
    await draftActions(page).import.click();
    const dialog = page.getByRole('dialog', { name: 'Import YAML or JSON' });
    await dialog.getByRole('textbox', { name: 'Manifest (YAML or JSON)' }).fill(MISSPELT);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();

    const typo = builder.finding('spec.containers[0].volumeMount');
    await expect(typo).toContainText('did you mean "volumeMounts"');
    await typo.getByRole('button', { name: 'Fix: rename “volumeMount” to “volumeMounts”' }).click();
    await expect(builder.finding('spec.containers[0].volumeMount')).toHaveCount(0);

    const [pod] = loadAll(await builder.yaml()) as Array<{
      spec: { containers: Array<Record<string, unknown>> };
    }>;
    expect(pod?.spec.containers[0]).toHaveProperty('volumeMounts', [
      { name: 'logs', mountPath: 'C:\\logs' },
    ]);
    expect(pod?.spec.containers[0]).not.toHaveProperty('volumeMount');

    // The rename is one undo step.
    await draftActions(page).undo.click();
    await expect(builder.yamlPreview).toContainText('volumeMount:');
  });

  test('the target cluster changes containerd-dependent advice and is remembered', async ({
    builder,
    page,
  }) => {
    await builder.open('#/preset/kube-proxy');
    await expect(builder.yamlPreview).toContainText('name: kube-proxy-windows');
    const advice = builder.finding('On containerd 1.6 nodes');
    await expect(advice).toHaveCount(0);
    const runtime = page.getByRole('combobox', { name: 'Container runtime on the nodes' });
    await expect(runtime).toHaveValue('1.7+');
    await runtime.selectOption('1.6');
    await expect(advice.first()).toContainText('volumeMounts[0].mountPath');
    await page.reload();
    await expect(
      page.getByRole('combobox', { name: 'Container runtime on the nodes' }),
    ).toHaveValue('1.6');
    await expect(builder.finding('On containerd 1.6 nodes').first()).toBeVisible();
  });

  test('the nodes’ Windows Server version changes mount advice and is remembered', async ({
    builder,
    page,
  }) => {
    await builder.open('#/preset/kube-proxy');
    await expect(builder.yamlPreview).toContainText('name: kube-proxy-windows');
    const windows = page.getByRole('combobox', { name: 'Windows Server on the nodes' });
    await expect(windows).toHaveValue('2022');
    const advice = builder.finding('On Windows Server 2019 nodes');
    await expect(advice).toHaveCount(0);
    await windows.selectOption('2019');
    await expect(advice.first()).toContainText('C:\\hpc\\<container id>');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Windows Server on the nodes' })).toHaveValue(
      '2019',
    );
    await expect(builder.finding('On Windows Server 2019 nodes').first()).toBeVisible();
  });
});
