import { describe, expect, it } from 'vitest';

import type { Finding } from '@/core/validation/types';

import { countFindingsBySection, sectionForPath } from './sectionForPath';

describe('sectionForPath', () => {
  it.each([
    ['metadata.name', 'workload'],
    ['metadata.labels', 'workload'],
    ['spec.template.metadata.labels', 'workload'],
    ['spec.replicas', 'workload'],
    ['spec.updateStrategy.rollingUpdate.maxUnavailable', 'workload'],
    ['spec.template.spec.restartPolicy', 'workload'],
    ['spec.securityContext.windowsOptions.runAsUserName', 'user-account'],
    ['spec.template.spec.securityContext.windowsOptions.hostProcess', 'user-account'],
    ['spec.containers[0].image', 'containers'],
    ['spec.initContainers[2].securityContext.windowsOptions.runAsUserName', 'containers'],
    ['spec.containers', 'containers'],
    ['spec.containers[0].resources.requests', 'resources'],
    ['spec.template.spec.containers[1].resources.limits[cpu]', 'resources'],
    ['spec.containers[0].volumeMounts.subPath', 'volumes'],
    ['spec.volumes[3].hostPath.path', 'volumes'],
    ['spec.nodeSelector', 'scheduling'],
    ['spec.template.spec.tolerations[0].effect', 'scheduling'],
    ['spec.os', 'scheduling'],
    ['spec.priorityClassName', 'scheduling'],
    ['spec.hostNetwork', 'review'],
    ['spec.template.spec.hostPID', 'review'],
  ])('%s → %s', (path, section) => {
    expect(sectionForPath(path)).toBe(section);
  });

  it('a Pod has no controller fields: spec.replicas of a pod is not the workload', () => {
    expect(sectionForPath('spec.template.spec.replicas')).toBe('review');
  });
});

describe('countFindingsBySection', () => {
  const finding = (path: string, severity: Finding['severity']): Finding => ({
    ruleId: 'r',
    severity,
    stage: 'api-server',
    path,
    message: 'm',
    docUrl: 'https://example.com',
  });

  it('counts every finding once, by section and severity', () => {
    const counts = countFindingsBySection([
      finding('metadata.name', 'error'),
      finding('metadata.labels', 'warning'),
      finding('spec.containers[0].image', 'error'),
      finding('spec.containers[1].image', 'error'),
      finding('spec.hostNetwork', 'info'),
    ]);
    expect(counts.workload).toEqual({ error: 1, warning: 1, info: 0 });
    expect(counts.containers).toEqual({ error: 2, warning: 0, info: 0 });
    expect(counts.review).toEqual({ error: 0, warning: 0, info: 1 });
    expect(counts.volumes).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
