import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule } from '../support/testPods';
import { gmsaOnHostProcess } from './gmsaOnHostProcess';
import { hostProcessInheritUser } from './hostProcessInheritUser';

const ANNOTATION = 'microsoft.com/hostprocess-inherit-user';
const withAnnotation = (value: string) =>
  hostProcessPod({}, { name: 'p', namespace: 'default', annotations: { [ANNOTATION]: value } });

describe('hostprocess-inherit-user (fact inherit-user-annotation)', () => {
  it('says runAsUserName is ignored and what the process runs as', () => {
    expect(runRule(hostProcessInheritUser, withAnnotation('true'))).toEqual([
      {
        path: `metadata.annotations.${ANNOTATION}`,
        message: containing('runAsUserName is ignored'),
      },
    ]);
    expect(runRule(hostProcessInheritUser, withAnnotation('true'))[0]?.message).toContain(
      'pod_annotations',
    );
  });

  it('says a value other than "true" changes nothing', () => {
    expect(runRule(hostProcessInheritUser, withAnnotation('yes'))).toEqual([
      {
        path: `metadata.annotations.${ANNOTATION}`,
        message: containing('is not "true", so runAsUserName applies'),
      },
    ]);
  });

  it('is silent without the annotation or outside a HostProcess pod', () => {
    expect(runRule(hostProcessInheritUser, hostProcessPod())).toEqual([]);
    const plain = pod(
      {},
      { name: 'p', namespace: 'default', annotations: { [ANNOTATION]: 'true' } },
    );
    expect(runRule(hostProcessInheritUser, plain)).toEqual([]);
  });
});

describe('gmsa-on-hostprocess (fact gmsa-not-applied)', () => {
  it('says the credential spec does not apply and which identity the network sees', () => {
    const template = hostProcessPod({
      securityContext: {
        windowsOptions: {
          hostProcess: true,
          runAsUserName: 'NT AUTHORITY\\NetworkService',
          gmsaCredentialSpecName: 'webapp',
        },
      },
    });
    expect(runRule(gmsaOnHostProcess, template)).toEqual([
      {
        path: 'spec.securityContext.windowsOptions.gmsaCredentialSpecName',
        message: containing("present the node's computer account"),
      },
    ]);
  });

  it('reports a container-level inline spec', () => {
    const template = hostProcessPod({
      containers: [
        {
          name: 'c',
          image: 'i:1',
          securityContext: { windowsOptions: { gmsaCredentialSpec: '{"CmsPlugins":[]}' } },
        },
      ],
    });
    expect(runRule(gmsaOnHostProcess, template).map((hit) => hit.path)).toEqual([
      'spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec',
    ]);
  });

  it('is silent for a regular Windows container using gMSA', () => {
    const template = pod({
      securityContext: { windowsOptions: { gmsaCredentialSpecName: 'webapp' } },
    });
    expect(runRule(gmsaOnHostProcess, template)).toEqual([]);
  });
});
