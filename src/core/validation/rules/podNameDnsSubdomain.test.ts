import { describe, expect, it } from 'vitest';

import { DNS1123_SUBDOMAIN_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { podNameDnsSubdomain } from './podNameDnsSubdomain';

// Ported from TestValidatePod/bad name and ValidateObjectMeta.
describe('pod-name-dns-subdomain', () => {
  it.each([
    ['Bad_Name', hits(['metadata.name', DNS1123_SUBDOMAIN_MESSAGE])],
    ['name-', hits(['metadata.name', DNS1123_SUBDOMAIN_MESSAGE])],
    ['UPPER', hits(['metadata.name', DNS1123_SUBDOMAIN_MESSAGE])],
    ['a'.repeat(254), hits(['metadata.name', 'must be no more than 253 characters'])],
    ['', hits(['metadata.name', 'name or generateName is required'])],
  ])('%j is rejected', (name, expected) => {
    expect(runRule(podNameDnsSubdomain, pod({}, { name }))).toEqual(expected);
  });

  it.each([['my-pod'], ['kube-proxy.windows'], ['a'.repeat(253)], ['0abc']])(
    '%j is accepted',
    (name) => {
      expect(runRule(podNameDnsSubdomain, pod({}, { name }))).toEqual([]);
    },
  );

  it('accepts generateName without a name', () => {
    expect(runRule(podNameDnsSubdomain, pod({}, { generateName: 'job-' }))).toEqual([]);
  });

  it.each([
    ['Bad_', hits(['metadata.generateName', DNS1123_SUBDOMAIN_MESSAGE])],
    ['-job-', hits(['metadata.generateName', DNS1123_SUBDOMAIN_MESSAGE])],
    ['job.x-', []],
    ['a', []],
  ])('checks generateName %j as a prefix (trailing dash allowed)', (generateName, expected) => {
    expect(runRule(podNameDnsSubdomain, pod({}, { generateName }))).toEqual(expected);
  });

  it('ignores a controller template’s name', () => {
    const context = { kind: 'DaemonSet', isPod: false, isTemplate: true };
    expect(runRule(podNameDnsSubdomain, pod({}, { name: 'Bad_Name' }), { context })).toEqual([]);
  });
});
