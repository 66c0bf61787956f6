import { describe, expect, it } from 'vitest';

import { differences } from '@/core/import/describeNormalisations';
import { checkSchema } from '@/core/schema/checkSchema';
import type { Finding } from '@/core/validation/types';

import { applyFix } from './applyFix';
import { valueAtPath } from './fieldPath';
import { fixUntilStable } from './fixUntilStable';
import { validateWithFixes } from './validateWithFixes';
import { withFixes } from './withFixes';

type Doc = Record<string, unknown>;
interface PodSpecDoc extends Doc {
  securityContext: Doc & { windowsOptions: Doc };
  containers: Array<Doc & { name: string }>;
}
interface PodDoc extends Doc {
  spec: PodSpecDoc;
}

/** A HostProcess pod with no finding that has a fix. */
function pod(): PodDoc {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: {
      securityContext: {
        windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
      },
      hostNetwork: true,
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      containers: [{ name: 'c', image: 'i:1', resources: { limits: { cpu: '1', memory: '1Gi' } } }],
    },
  };
}

function daemonSet(spec: Doc = pod().spec): Doc & { spec: Doc } {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'd' },
    spec: {
      selector: { matchLabels: { app: 'd' } },
      template: { metadata: { labels: { app: 'd' } }, spec },
    },
  };
}

function findingsOf(doc: Doc, ruleId: string): Finding[] {
  return validateWithFixes([doc]).findings.filter((finding) => finding.ruleId === ruleId);
}

/**
 * Applies the fix of the first `ruleId` finding: the finding must be there before and gone after,
 * and the returned paths are everything that changed.
 */
function fixFirst(doc: Doc, ruleId: string): { label: string; fixed: Doc; changed: string[] } {
  const [finding] = findingsOf(doc, ruleId);
  expect(finding, `a ${ruleId} finding`).toBeDefined();
  expect(finding?.fix, `a fix for ${ruleId}`).toBeDefined();
  const fixed = applyFix(doc, finding!.fix!) as Doc;
  expect(findingsOf(fixed, ruleId).filter((f) => f.path === finding!.path)).toStrictEqual([]);
  return {
    label: finding!.fix!.label,
    fixed,
    changed: differences(doc, fixed).map((d) => `${d.change} ${d.path}`),
  };
}

describe('every fix removes its finding and changes nothing else', () => {
  it('the base pod has no finding with a fix', () => {
    expect(validateWithFixes([pod()]).findings.filter((f) => f.fix)).toStrictEqual([]);
  });

  it('host-network-required: sets hostNetwork: true', () => {
    const doc = pod();
    delete doc.spec.hostNetwork;
    const result = fixFirst(doc, 'host-network-required');
    expect(result.label).toBe('set hostNetwork: true');
    expect(result.changed).toStrictEqual(['added spec.hostNetwork']);
  });

  it('host-network-required in a DaemonSet: the path is inside the template', () => {
    const spec = pod().spec;
    spec.hostNetwork = false;
    const result = fixFirst(daemonSet(spec), 'host-network-required');
    expect(result.changed).toStrictEqual(['changed spec.template.spec.hostNetwork']);
  });

  it('run-as-non-root-true: removes runAsNonRoot on the pod and on a container', () => {
    const doc = pod();
    doc.spec.securityContext.runAsNonRoot = true;
    doc.spec.containers[0]!.securityContext = { runAsNonRoot: true };
    const first = fixFirst(doc, 'run-as-non-root-true');
    expect(first.label).toBe('remove runAsNonRoot: true');
    expect(first.changed).toStrictEqual(['removed spec.securityContext.runAsNonRoot']);
    const second = fixFirst(first.fixed, 'run-as-non-root-true');
    expect(second.changed).toStrictEqual([
      'removed spec.containers[0].securityContext.runAsNonRoot',
    ]);
  });

  it('account-domain-case: writes NT AUTHORITY in capitals and keeps the user part', () => {
    const doc = pod();
    const path = 'spec.securityContext.windowsOptions.runAsUserName';
    doc.spec.securityContext.windowsOptions.runAsUserName = 'nt authority\\Local service';
    const finding: Finding = {
      ruleId: 'account-domain-case',
      severity: 'warning',
      stage: 'node',
      path,
      message: 'domain case',
      docUrl: 'https://kubernetes.io/',
    };
    const [withFix] = withFixes([finding], [doc]);
    expect(withFix?.fix).toStrictEqual({
      kind: 'set',
      label: 'write “NT AUTHORITY\\Local service”',
      path,
      value: 'NT AUTHORITY\\Local service',
    });
    const fixed = applyFix(doc, withFix!.fix!);
    expect(differences(doc, fixed).map((d) => d.path)).toStrictEqual([path]);
    // Already in capitals, or another domain: nothing to repair.
    expect(withFixes([finding], [pod()])[0]?.fix).toBeUndefined();
    // Not a built-in account: the user part stays exactly as written.
    doc.spec.securityContext.windowsOptions.runAsUserName = 'Nt Authority\\someone';
    expect(withFixes([finding], [doc])[0]?.fix).toMatchObject({ value: 'NT AUTHORITY\\someone' });
    // A built-in account in any case: the documented spelling, as the spelling fix writes.
    doc.spec.securityContext.windowsOptions.runAsUserName = 'nt authority\\local service';
    expect(withFixes([finding], [doc])[0]?.fix).toMatchObject({
      value: 'NT AUTHORITY\\Local service',
    });
  });

  it.each([
    ['NT AUTHORITY\\LocalService', 'NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\localservice', 'NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\Network Service', 'NT AUTHORITY\\NetworkService'],
    ['NT AUTHORITY\\LocalSystem', 'NT AUTHORITY\\SYSTEM'],
  ])('built-in-account-spelling: %s becomes %s', (written, docs) => {
    const doc = pod();
    doc.spec.securityContext.windowsOptions.runAsUserName = written;
    const result = fixFirst(doc, 'built-in-account-spelling');
    expect(valueAtPath(result.fixed, 'spec.securityContext.windowsOptions.runAsUserName')).toBe(
      docs,
    );
    expect(result.changed).toStrictEqual([
      'changed spec.securityContext.windowsOptions.runAsUserName',
    ]);
  });

  it('windows-node-selection: adds kubernetes.io/os: windows beside the other selectors', () => {
    const doc = pod();
    doc.spec.nodeSelector = { zone: 'a' };
    const result = fixFirst(doc, 'windows-node-selection');
    expect(result.label).toBe('add the node selector kubernetes.io/os: windows');
    expect(valueAtPath(result.fixed, 'spec.nodeSelector')).toStrictEqual({
      zone: 'a',
      'kubernetes.io/os': 'windows',
    });
    expect(result.changed).toStrictEqual(['added spec.nodeSelector["kubernetes.io/os"]']);
  });

  it('host-process-pod-container-mismatch: a container saying false says true', () => {
    const doc = pod();
    doc.spec.containers[0]!.securityContext = { windowsOptions: { hostProcess: false } };
    const result = fixFirst(doc, 'host-process-pod-container-mismatch');
    expect(result.label).toBe('set hostProcess: true');
    expect(result.changed).toStrictEqual([
      'changed spec.containers[0].securityContext.windowsOptions.hostProcess',
    ]);
  });

  it('host-process-pod-container-mismatch: no fix when the pod itself says false', () => {
    const doc = pod();
    doc.spec.securityContext.windowsOptions.hostProcess = false;
    doc.spec.containers[0]!.securityContext = { windowsOptions: { hostProcess: true } };
    const [finding] = findingsOf(doc, 'host-process-pod-container-mismatch');
    expect(finding).toBeDefined();
    expect(finding?.fix).toBeUndefined();
  });

  it('host-process-all-containers: sets hostProcess on the pod when no container opts out', () => {
    const doc = pod();
    delete doc.spec.securityContext.windowsOptions.hostProcess;
    doc.spec.containers.push({ ...doc.spec.containers[0]!, name: 'd' });
    doc.spec.containers[0]!.securityContext = { windowsOptions: { hostProcess: true } };
    const result = fixFirst(doc, 'host-process-all-containers');
    expect(result.label).toBe('set hostProcess: true on the pod');
    expect(result.changed).toStrictEqual(['added spec.securityContext.windowsOptions.hostProcess']);
  });

  it('resource-limits-missing: adds the suggested limits, or the request where there is one', () => {
    const doc = pod();
    doc.spec.containers[0]!.resources = { requests: { memory: '1Gi' } };
    const result = fixFirst(doc, 'resource-limits-missing');
    expect(result.label).toBe('add limits cpu: 500m, memory: 1Gi');
    expect(valueAtPath(result.fixed, 'spec.containers[0].resources')).toStrictEqual({
      requests: { memory: '1Gi' },
      limits: { cpu: '500m', memory: '1Gi' },
    });
    expect(result.changed).toStrictEqual(['added spec.containers[0].resources.limits']);
    const bare = pod();
    delete bare.spec.containers[0]!.resources;
    expect(fixFirst(bare, 'resource-limits-missing').changed).toStrictEqual([
      'added spec.containers[0].resources',
    ]);
  });

  it('linux-fields-without-os: removes the Linux-only field', () => {
    const doc = pod();
    doc.spec.containers[0]!.securityContext = { privileged: true };
    const result = fixFirst(doc, 'linux-fields-without-os');
    expect(result.label).toBe('remove privileged: true');
    expect(result.changed).toStrictEqual(['removed spec.containers[0].securityContext.privileged']);
  });

  it('windows-pod-forbidden-fields: removes hostPID under os.name: windows', () => {
    const doc = pod();
    doc.spec.os = { name: 'windows' };
    doc.spec.hostPID = true;
    const result = fixFirst(doc, 'windows-pod-forbidden-fields');
    expect(result.changed).toStrictEqual(['removed spec.hostPID']);
  });

  it('linux-numeric-ids: removes an out-of-range runAsUser', () => {
    const doc = pod();
    doc.spec.securityContext.runAsUser = -1;
    const result = fixFirst(doc, 'linux-numeric-ids');
    expect(result.changed).toStrictEqual(['removed spec.securityContext.runAsUser']);
  });

  it('probe-success-threshold: sets 1', () => {
    const doc = pod();
    doc.spec.containers[0]!.livenessProbe = { exec: { command: ['x'] }, successThreshold: 2 };
    const result = fixFirst(doc, 'probe-success-threshold');
    expect(result.changed).toStrictEqual([
      'changed spec.containers[0].livenessProbe.successThreshold',
    ]);
  });

  it('pod-os-name: writes windows in lower case', () => {
    const doc = pod();
    doc.spec.os = { name: 'Windows' };
    const result = fixFirst(doc, 'pod-os-name');
    expect(result.changed).toStrictEqual(['changed spec.os.name']);
  });

  it('workload-restart-policy: a Job gets Never, a DaemonSet loses Never', () => {
    const job = daemonSet();
    const jobSpec = job.spec;
    job.kind = 'Job';
    job.apiVersion = 'batch/v1';
    delete jobSpec.selector;
    const jobResult = fixFirst(job, 'workload-restart-policy');
    expect(jobResult.label).toBe('set restartPolicy: Never');
    expect(jobResult.changed).toStrictEqual(['added spec.template.spec.restartPolicy']);
    const spec = pod().spec;
    spec.restartPolicy = 'Never';
    const dsResult = fixFirst(daemonSet(spec), 'workload-restart-policy');
    expect(dsResult.changed).toStrictEqual(['removed spec.template.spec.restartPolicy']);
  });

  it('host-network-ports: moves the hostPort to the containerPort', () => {
    const doc = pod();
    doc.spec.containers[0]!.ports = [{ containerPort: 9182, hostPort: 8080 }];
    const result = fixFirst(doc, 'host-network-ports');
    expect(result.label).toBe('set hostPort: 9182');
    expect(result.changed).toStrictEqual(['changed spec.containers[0].ports[0].hostPort']);
  });

  it('host-users-host-network: removes hostUsers: false', () => {
    const doc = pod();
    doc.spec.hostUsers = false;
    const result = fixFirst(doc, 'host-users-host-network');
    expect(result.changed).toStrictEqual(['removed spec.hostUsers']);
  });

  it('schema-unknown-field: the rename keeps its fix and applies', () => {
    const doc = pod();
    doc.spec.containers[0]!.volumeMount = [];
    const [finding] = withFixes(checkSchema(doc), [doc]);
    expect(finding?.fix?.label).toBe('rename “volumeMount” to “volumeMounts”');
    const fixed = applyFix(doc, finding!.fix!);
    expect(checkSchema(fixed)).toStrictEqual([]);
  });
});

describe('fixUntilStable', () => {
  it('repairs a pod with many problems until no finding has a fix', () => {
    const doc = pod();
    delete doc.spec.hostNetwork;
    delete doc.spec.nodeSelector;
    doc.spec.securityContext.runAsNonRoot = true;
    doc.spec.securityContext.windowsOptions.runAsUserName = 'nt authority\\local service';
    delete doc.spec.containers[0]!.resources;
    const lint = (docs: readonly unknown[]) => validateWithFixes(docs).findings;
    const result = fixUntilStable([doc], lint);
    expect(result.applied.map((f) => f.ruleId).sort()).toStrictEqual([
      'account-domain-case',
      'host-network-required',
      'resource-limits-missing',
      'run-as-non-root-true',
      'windows-node-selection',
    ]);
    expect(lint(result.documents).filter((f) => f.fix)).toStrictEqual([]);
    expect(doc.spec.securityContext.runAsNonRoot).toBe(true);
  });
});

describe('fixes for findings an import used to repair silently', () => {
  it('host-process-missing: sets hostProcess: true on the pod', () => {
    const doc = pod();
    delete doc.spec.securityContext.windowsOptions.hostProcess;
    const result = fixFirst(doc, 'host-process-missing');
    expect(result.label).toBe('set hostProcess: true on the pod');
    expect(result.changed).toStrictEqual(['added spec.securityContext.windowsOptions.hostProcess']);
  });

  it('ephemeral-containers-on-create: removes them from a new Pod', () => {
    const doc = pod();
    doc.spec.ephemeralContainers = [{ name: 'debug', image: 'd:1' }];
    const result = fixFirst(doc, 'ephemeral-containers-on-create');
    expect(result.changed).toStrictEqual(['removed spec.ephemeralContainers']);
  });
});
