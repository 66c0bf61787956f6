import { describe, expect, it } from 'vitest';

import { DNS1123_SUBDOMAIN_MESSAGE } from '../support/names';
import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { gmsaCredentialSpec } from './gmsaCredentialSpec';

const POD = 'spec.securityContext.windowsOptions';

// Ported from TestValidateWindowsSecurityContextOptions (gMSA cases).
describe('gmsa-credential-spec', () => {
  it.each([
    [
      'invalid spec name',
      { gmsaCredentialSpecName: 'not a valid DNS name' },
      hits([`${POD}.gmsaCredentialSpecName`, DNS1123_SUBDOMAIN_MESSAGE]),
    ],
    [
      'empty credential spec',
      { gmsaCredentialSpec: '' },
      hits([`${POD}.gmsaCredentialSpec`, 'gmsaCredentialSpec cannot be an empty string']),
    ],
    [
      'credential spec too long',
      { gmsaCredentialSpec: 'a'.repeat(64 * 1024 + 1) },
      hits([`${POD}.gmsaCredentialSpec`, 'gmsaCredentialSpec size must be under 64 KiB']),
    ],
  ])('%s is rejected', (_name, windowsOptions, expected) => {
    expect(runRule(gmsaCredentialSpec, pod({ securityContext: { windowsOptions } }))).toEqual(
      expected,
    );
  });

  it('checks container-level options too', () => {
    const template = pod({ containers: [windowsContainer('c', { gmsaCredentialSpec: '' })] });
    expect(runRule(gmsaCredentialSpec, template)).toEqual(
      hits([
        'spec.containers[0].securityContext.windowsOptions.gmsaCredentialSpec',
        'gmsaCredentialSpec cannot be an empty string',
      ]),
    );
  });

  it.each([
    ['valid spec name', { gmsaCredentialSpecName: 'my-gmsa.spec' }],
    ['credential spec at the limit', { gmsaCredentialSpec: 'a'.repeat(64 * 1024) }],
    ['nothing set', {}],
  ])('%s is accepted', (_name, windowsOptions) => {
    expect(runRule(gmsaCredentialSpec, pod({ securityContext: { windowsOptions } }))).toEqual([]);
  });
});
