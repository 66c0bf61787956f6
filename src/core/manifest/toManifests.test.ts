import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { createContainer, createDraft } from '@/core/model/draft';
import type { Draft } from '@/core/model/draft';
import { BUILT_IN_ACCOUNTS } from '@/core/model/windows';

import { toManifests, toWorkload } from './toManifests';
import { toPodTemplate } from './toPodTemplate';
import { toYaml } from './toYaml';

function withWorkload(patch: Partial<Draft['workload']>): Draft {
  const draft = createDraft();
  return { ...draft, workload: { ...draft.workload, ...patch } };
}

describe('toManifests', () => {
  it('turns the default Draft into the example Pod of the Kubernetes docs', () => {
    expect(toManifests(createDraft())).toStrictEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'hostprocess-example', namespace: 'default' },
        spec: {
          securityContext: {
            windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
          },
          hostNetwork: true,
          containers: [
            { name: 'test', image: 'image1:latest', command: ['ping', '-t', '127.0.0.1'] },
          ],
          nodeSelector: { 'kubernetes.io/os': 'windows' },
          os: { name: 'windows' },
        },
      },
    ]);
  });

  it('prints the default Draft as the docs do', () => {
    expect(toYaml(toManifests(createDraft()))).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: hostprocess-example',
        '  namespace: default',
        'spec:',
        '  securityContext:',
        '    windowsOptions:',
        '      hostProcess: true',
        '      runAsUserName: "NT AUTHORITY\\\\Local service"',
        '  hostNetwork: true',
        '  containers:',
        '  - name: test',
        '    image: image1:latest',
        '    command:',
        '    - ping',
        '    - -t',
        '    - 127.0.0.1',
        '  nodeSelector:',
        '    kubernetes.io/os: windows',
        '  os:',
        '    name: windows',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['LocalService', 'NT AUTHORITY\\Local service'],
    ['NetworkService', 'NT AUTHORITY\\NetworkService'],
    ['LocalSystem', 'NT AUTHORITY\\SYSTEM'],
    ['group', 'hpc-localgroup'],
  ])('writes the exact runAsUserName for %s', (_account, runAsUserName) => {
    const draft: Draft = { ...createDraft(), user: { runAsUserName } };
    const yaml = toYaml(toManifests(draft));
    const pod = load(yaml) as {
      spec: { securityContext: { windowsOptions: { runAsUserName: string } } };
    };
    expect(pod.spec.securityContext.windowsOptions.runAsUserName).toBe(runAsUserName);
    expect(BUILT_IN_ACCOUNTS.map((a) => a.runAsUserName as string).includes(runAsUserName)).toBe(
      _account !== 'group',
    );
  });

  it('leaves runAsUserName out when the Draft has none', () => {
    const draft: Draft = { ...createDraft(), user: { runAsUserName: null } };
    expect(toPodTemplate(draft).spec.securityContext).toStrictEqual({
      windowsOptions: { hostProcess: true },
    });
  });

  it('emits the Namespace with Pod Security labels first', () => {
    const manifests = toManifests(withWorkload({ emitNamespace: true, namespace: 'hpc' }));
    expect(manifests.map((m) => m.kind)).toStrictEqual(['Namespace', 'Pod']);
    expect(manifests[0]).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'hpc',
        labels: {
          'pod-security.kubernetes.io/enforce': 'privileged',
          'pod-security.kubernetes.io/audit': 'privileged',
          'pod-security.kubernetes.io/warn': 'privileged',
        },
      },
    });
  });

  it('keeps other documents around the workload in order', () => {
    const draft = createDraft();
    const before = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } };
    const after = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' } };
    draft.kept.documentsBefore = [before];
    draft.kept.documentsAfter = [after];
    expect(toManifests(draft).map((m) => m.kind)).toStrictEqual(['ConfigMap', 'Pod', 'Service']);
  });

  it('wraps a DaemonSet with matching selector and template labels, app: <name> by default', () => {
    const object = toWorkload(withWorkload({ kind: 'DaemonSet', maxUnavailable: '2' }));
    expect(object).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      spec: {
        selector: { matchLabels: { app: 'hostprocess-example' } },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 2 } },
        template: { metadata: { labels: { app: 'hostprocess-example' } } },
      },
    });
    expect(object.metadata).toStrictEqual({ name: 'hostprocess-example', namespace: 'default' });
  });

  it('uses the user labels for selector, template and object alike', () => {
    const labels = [{ key: 'k8s-app', value: 'kube-proxy' }];
    const object = toWorkload(
      withWorkload({ kind: 'Deployment', labels, replicas: 3, maxUnavailable: '25%' }),
    );
    expect(object.spec).toMatchObject({
      replicas: 3,
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } },
      template: { metadata: { labels: { 'k8s-app': 'kube-proxy' } } },
    });
    expect(object.metadata).toMatchObject({ labels: { 'k8s-app': 'kube-proxy' } });
  });

  it('gives a Job backoffLimit and restartPolicy Never unless told otherwise', () => {
    const job = toWorkload(withWorkload({ kind: 'Job', backoffLimit: 4 }));
    expect(job).toMatchObject({
      apiVersion: 'batch/v1',
      spec: { backoffLimit: 4, template: { spec: { restartPolicy: 'Never' } } },
    });
    expect(job.spec).not.toHaveProperty('selector');
    const onFailure = toWorkload(withWorkload({ kind: 'Job', restartPolicy: 'OnFailure' }));
    expect(onFailure).toMatchObject({
      spec: { template: { spec: { restartPolicy: 'OnFailure' } } },
    });
  });

  it('emits every container field, the override and init containers', () => {
    const draft = createDraft();
    draft.initContainers = [
      {
        ...createContainer('prepare', 'img'),
        command: ['net'],
        runAsUserName: 'NT AUTHORITY\\SYSTEM',
      },
    ];
    draft.containers = [
      {
        ...createContainer('main', 'img:1'),
        imagePullPolicy: 'IfNotPresent',
        args: ['--v=2'],
        workingDir: 'C:\\hpc',
        env: [{ name: 'A', value: '1' }],
        ports: [{ containerPort: 9182, hostPort: 9182, name: 'http' }],
        volumeMounts: [{ name: 'logs', mountPath: 'C:\\logs', readOnly: true }],
        resources: { requests: { cpu: '100m', memory: '' }, limits: { memory: '200Mi' } },
        extra: {
          livenessProbe: { tcpSocket: { port: 9182 } },
          securityContext: { privileged: false },
        },
      },
    ];
    draft.volumes = [{ name: 'logs', hostPath: { path: 'C:\\logs', type: 'DirectoryOrCreate' } }];
    const spec = toPodTemplate(draft).spec;
    expect(spec.initContainers).toStrictEqual([
      {
        name: 'prepare',
        image: 'img',
        command: ['net'],
        securityContext: { windowsOptions: { runAsUserName: 'NT AUTHORITY\\SYSTEM' } },
      },
    ]);
    expect(spec.containers[0]).toStrictEqual({
      name: 'main',
      image: 'img:1',
      imagePullPolicy: 'IfNotPresent',
      args: ['--v=2'],
      workingDir: 'C:\\hpc',
      env: [{ name: 'A', value: '1' }],
      ports: [{ containerPort: 9182, hostPort: 9182, name: 'http' }],
      resources: { requests: { cpu: '100m' }, limits: { memory: '200Mi' } },
      volumeMounts: [{ name: 'logs', mountPath: 'C:\\logs', readOnly: true }],
      securityContext: { privileged: false },
      livenessProbe: { tcpSocket: { port: 9182 } },
    });
    expect(spec.volumes).toStrictEqual(draft.volumes);
  });

  it('emits scheduling settings and keeps the Windows selector', () => {
    const draft = createDraft();
    draft.scheduling = {
      nodeSelector: [
        { key: 'agentpool', value: 'win' },
        { key: '', value: 'half-typed' },
      ],
      osName: false,
      tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }],
      priorityClassName: 'system-node-critical',
      serviceAccountName: 'kube-proxy',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirstWithHostNet',
    };
    const spec = toPodTemplate(draft).spec;
    expect(spec).toMatchObject({
      nodeSelector: { 'kubernetes.io/os': 'windows', agentpool: 'win' },
      tolerations: draft.scheduling.tolerations,
      priorityClassName: 'system-node-critical',
      serviceAccountName: 'kube-proxy',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirstWithHostNet',
      hostNetwork: true,
    });
    expect(spec).not.toHaveProperty('os');
  });

  it('writes runAsNonRoot back as an import had it (the findings offer to remove it)', () => {
    const draft = createDraft();
    draft.kept.podSecurityContext = { runAsNonRoot: true };
    draft.containers[0]!.extra = { securityContext: { runAsNonRoot: true } };
    expect(toYaml(toManifests(draft)).match(/runAsNonRoot: true/g)).toHaveLength(2);
  });

  it('merges kept fields back at their level', () => {
    const draft = createDraft();
    draft.kept.object = { status: {} };
    draft.kept.metadata = { uid: 'x' };
    draft.kept.podSpec = { hostPID: false };
    draft.kept.windowsOptions = { gmsaCredentialSpecName: 'gmsa' };
    const [pod] = loadAll(toYaml(toManifests(draft))) as Array<Record<string, unknown>>;
    expect(pod).toMatchObject({
      status: {},
      metadata: { uid: 'x' },
      spec: {
        hostPID: false,
        securityContext: { windowsOptions: { gmsaCredentialSpecName: 'gmsa', hostProcess: true } },
      },
    });
  });
});
