import { describe, expect, it } from 'vitest';

import descriptions from '@/core/schema/k8sDescriptions.json';
import { schemaData } from '@/core/schema/schemaData';

import { explainField } from './explainField';

describe('explainField', () => {
  it('explains hostNetwork of a DaemonSet as kubectl explain would', () => {
    const explained = explainField(schemaData, descriptions, 'DaemonSet', [
      'spec',
      'template',
      'spec',
      'hostNetwork',
    ]);
    expect(explained).toMatchObject({
      path: 'DaemonSet.spec.template.spec.hostNetwork',
      type: 'boolean',
    });
    expect(explained?.description).toMatch(/^Host networking requested for this pod/);
    expect(explained?.guidance?.lines.join(' ')).toMatch(/HostProcess pod must use/);
  });

  it('lists enum values and the accounts for runAsUserName', () => {
    const policy = explainField(schemaData, descriptions, 'Pod', [
      'spec',
      'containers',
      0,
      'imagePullPolicy',
    ]);
    expect(policy?.path).toBe('Pod.spec.containers.imagePullPolicy');
    expect(policy?.values).toEqual(['Always', 'IfNotPresent', 'Never']);
    const account = explainField(schemaData, descriptions, 'Pod', [
      'spec',
      'securityContext',
      'windowsOptions',
      'runAsUserName',
    ]);
    expect(account?.description).toMatch(/UserName/);
    expect(account?.guidance?.lines).toHaveLength(4);
    expect(account?.guidance?.lines[0]).toMatch(/^NT AUTHORITY\\Local service — LocalService/);
  });

  it('knows nothing of keys the schema does not have', () => {
    expect(explainField(schemaData, descriptions, 'Pod', ['spec', 'hostNetwrok'])).toBeUndefined();
    expect(explainField(schemaData, descriptions, undefined, ['spec'])).toBeUndefined();
  });
});
