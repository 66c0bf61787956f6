import { describe, expect, it } from 'vitest';

import { validate } from './validate';

/**
 * Parity with the API server, through `validate()`: for what Kubernetes rejects, an `api-server`
 * error on the path Kubernetes reports; for what it accepts, no `api-server` error at all.
 * Kubernetes' unit tests call single functions on the internal types; here each case is the v1
 * manifest a user would apply (containers get an image and unique names so that only the rule
 * under test can fire).
 */

type Json = Record<string, unknown>;

function pod(spec: Json, metadata: Json = { name: 'pod', namespace: 'default' }): Json {
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

function daemonSet(templateSpec: Json, templateMetadata: Json = { labels: { app: 'a' } }): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'ds', namespace: 'kube-system' },
    spec: {
      selector: { matchLabels: { app: 'a' } },
      template: { metadata: templateMetadata, spec: templateSpec },
    },
  };
}

function container(name: string, hostProcess?: boolean, extra: Json = {}): Json {
  return {
    name,
    image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
    ...(hostProcess === undefined ? {} : { securityContext: { windowsOptions: { hostProcess } } }),
    ...extra,
  };
}

function podHostProcess(value: boolean): Json {
  return { windowsOptions: { hostProcess: value } };
}

/** The api-server paths, sorted and without duplicates. */
function apiServerPaths(object: unknown): string[] {
  const paths = validate(object)
    .findings.filter((finding) => finding.stage === 'api-server')
    .map((finding) => finding.path);
  return [...new Set(paths)].sort();
}

const HP = 'securityContext.windowsOptions.hostProcess';

// TestValidateWindowsHostProcessPod (validation_test.go), all 16 cases.
describe('TestValidateWindowsHostProcessPod through validate()', () => {
  it.each<[string, Json, string[]]>([
    [
      'pod-wide HostProcess=true, HostNetwork unset: rejected',
      { securityContext: podHostProcess(true), containers: [container('container')] },
      ['spec.hostNetwork'],
    ],
    [
      'pod-wide HostProcess=true, HostNetwork set: accepted',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container')],
      },
      [],
    ],
    [
      'pod-wide true, HostNetwork set, containers true: accepted',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container', true)],
        initContainers: [container('init', true)],
      },
      [],
    ],
    [
      'pod-wide nil, HostNetwork set, all containers true: accepted',
      {
        hostNetwork: true,
        containers: [container('container', true)],
        initContainers: [container('init', true)],
      },
      [],
    ],
    [
      'some containers true, others false: rejected',
      {
        hostNetwork: true,
        containers: [container('container', true)],
        initContainers: [container('init', false)],
      },
      ['spec'],
    ],
    [
      'some containers true, others unset: rejected',
      {
        hostNetwork: true,
        containers: [container('container', true)],
        initContainers: [container('init')],
      },
      ['spec'],
    ],
    [
      'pod-wide true, containers true, init containers false: rejected',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container', true)],
        initContainers: [container('init', false)],
      },
      ['spec', `spec.initContainers[0].${HP}`],
    ],
    [
      'pod-wide true, some containers true, others false: rejected',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('one', true), container('two', false)],
      },
      ['spec', `spec.containers[1].${HP}`],
    ],
    [
      'pod-wide true, some containers true, others nil: accepted',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container', true)],
        initContainers: [container('init')],
      },
      [],
    ],
    [
      'pod-wide false, some containers true: rejected',
      {
        hostNetwork: true,
        securityContext: podHostProcess(false),
        containers: [container('container', true)],
        initContainers: [container('init')],
      },
      ['spec', `spec.containers[0].${HP}`],
    ],
    [
      'pod-wide true but every container overrides to false: rejected',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container', false)],
      },
      [`spec.containers[0].${HP}`],
    ],
    [
      // The Go case sets --allow-privileged=false; the reference assumes the usual `true`.
      'valid HostProcess pod (cluster allows privileged): accepted',
      { hostNetwork: true, containers: [container('container', true)] },
      [],
    ],
    [
      // A Pod cannot be created with ephemeral containers at all (rule 30), hence that path too.
      'non-HostProcess ephemeral container in a HostProcess pod: rejected',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container')],
        ephemeralContainers: [container('debug', false)],
      },
      ['spec', 'spec.ephemeralContainers', `spec.ephemeralContainers[0].${HP}`],
    ],
    [
      'HostProcess ephemeral container in a HostProcess pod: only the create rule',
      {
        hostNetwork: true,
        securityContext: podHostProcess(true),
        containers: [container('container')],
        ephemeralContainers: [container('debug')],
      },
      ['spec.ephemeralContainers'],
    ],
    [
      'non-HostProcess ephemeral container in a non-HostProcess pod: only the create rule',
      { containers: [container('container')], ephemeralContainers: [container('debug', false)] },
      ['spec.ephemeralContainers'],
    ],
    [
      'HostProcess ephemeral container in a non-HostProcess pod: rejected',
      { containers: [container('container')], ephemeralContainers: [container('debug', true)] },
      ['spec', 'spec.ephemeralContainers', 'spec.hostNetwork'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(apiServerPaths(pod(spec))).toEqual(expected);
  });
});

// TestValidateOS (6 cases) and TestValidateWindowsSecurityContext (4 cases).
describe('TestValidateOS and TestValidateWindowsSecurityContext through validate()', () => {
  it.each<[string, Json, string[]]>([
    ['no OS field', {}, []],
    ['empty OS field', { os: {} }, ['spec.os.name']],
    ['linux', { os: { name: 'linux' } }, []],
    ['windows', { os: { name: 'windows' } }, []],
    ['empty OS name', { os: { name: '' } }, ['spec.os.name']],
    ['invalid OS name (reported on spec.os)', { os: { name: 'dummyOS' } }, ['spec.os']],
  ])('%s', (_name, extra, expected) => {
    expect(apiServerPaths(pod({ containers: [container('c')], ...extra }))).toEqual(expected);
  });

  it.each<[string, Json, string[]]>([
    ['SELinux options', { seLinuxOptions: { role: 'dummy' } }, ['seLinuxOptions']],
    ['seccomp profile', { seccompProfile: { type: 'RuntimeDefault' } }, ['seccompProfile']],
    ['AppArmor profile', { appArmorProfile: { type: 'RuntimeDefault' } }, ['appArmorProfile']],
    ['windowsOptions only', { windowsOptions: { runAsUserName: 'dummy' } }, []],
  ])('windows pod with container %s', (_name, securityContext, fields) => {
    const spec = {
      os: { name: 'windows' },
      containers: [container('c', undefined, { securityContext })],
    };
    expect(apiServerPaths(pod(spec))).toEqual(
      fields.map((field) => `spec.containers[0].securityContext.${field}`),
    );
  });
});

// TestValidateHostUsers: user namespaces exclude every host namespace, with Kubernetes' paths.
describe('TestValidateHostUsers through validate()', () => {
  it.each<[string, Json, string[]]>([
    ['hostUsers=false alone', { hostUsers: false }, []],
    ['hostUsers=true', { hostUsers: true }, []],
    [
      'hostUsers=false & hostNetwork',
      { hostUsers: false, hostNetwork: true },
      ['spec.hostNetwork'],
    ],
    ['hostUsers=false & hostPID', { hostUsers: false, hostPID: true }, ['spec.HostPID']],
    ['hostUsers=false & hostIPC', { hostUsers: false, hostIPC: true }, ['spec.HostIPC']],
  ])('%s', (_name, extra, expected) => {
    expect(apiServerPaths(pod({ containers: [container('c')], ...extra }))).toEqual(expected);
  });
});

const hostProcessSpec = (extra: Json = {}): Json => ({
  securityContext: {
    windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
  },
  hostNetwork: true,
  nodeSelector: { 'kubernetes.io/os': 'windows' },
  containers: [container('main')],
  ...extra,
});

// Manifests the API server accepts: a false positive here would block a valid deployment.
describe('accepted manifests raise no api-server error', () => {
  it.each<[string, Json]>([
    [
      'hostPort omitted under hostNetwork (Pod: defaulted to containerPort)',
      pod(
        hostProcessSpec({
          containers: [container('main', undefined, { ports: [{ containerPort: 9182 }] })],
        }),
      ),
    ],
    [
      'hostPort omitted under hostNetwork (DaemonSet template: left at 0)',
      daemonSet(
        hostProcessSpec({
          containers: [container('main', undefined, { ports: [{ containerPort: 9182 }] })],
        }),
      ),
    ],
    [
      'init container port with hostPort ≠ containerPort (only containers are checked)',
      pod(
        hostProcessSpec({
          initContainers: [
            container('init', undefined, { ports: [{ containerPort: 80, hostPort: 8080 }] }),
          ],
        }),
      ),
    ],
    [
      'hostProcess: false everywhere',
      pod({
        securityContext: podHostProcess(false),
        containers: [container('a', false)],
        initContainers: [container('i', false)],
      }),
    ],
    [
      'no runAsUserName (the docs want one; the API does not)',
      pod(hostProcessSpec({ securityContext: podHostProcess(true) })),
    ],
    [
      'runAsNonRoot: true (the docs forbid it; the API does not)',
      pod(
        hostProcessSpec({
          securityContext: { runAsNonRoot: true, windowsOptions: { hostProcess: true } },
        }),
      ),
    ],
    [
      'quantities as YAML numbers, null and padded strings',
      pod(
        hostProcessSpec({
          containers: [
            container('main', undefined, {
              resources: {
                limits: { cpu: 1, memory: 1e9, 'ephemeral-storage': null },
                requests: { cpu: ' 500m ', memory: 5e8 },
              },
            }),
          ],
        }),
      ),
    ],
    [
      'named-pipe and Windows hostPath paths, including a Windows backstep',
      pod(
        hostProcessSpec({
          volumes: [
            { name: 'pipe', hostPath: { path: '\\\\.\\pipe\\containerd-containerd' } },
            { name: 'logs', hostPath: { path: 'C:\\var\\log\\..', type: 'DirectoryOrCreate' } },
            { name: 'slashes', hostPath: { path: '//./pipe/docker_engine' } },
          ],
        }),
      ),
    ],
    [
      'relaxed env names (Kubernetes 1.34+)',
      pod(
        hostProcessSpec({
          containers: [
            container('main', undefined, {
              env: [
                { name: 'ev!1', value: 'x' },
                { name: '1st', value: 'y' },
              ],
            }),
          ],
        }),
      ),
    ],
    [
      'prefixed label keys and node selectors',
      pod(
        hostProcessSpec({
          nodeSelector: {
            'kubernetes.io/os': 'windows',
            'node.kubernetes.io/windows-build': '10.0.20348',
          },
        }),
        { name: 'p', labels: { 'app.kubernetes.io/name': 'agent', 'example.com/tier': 'node' } },
      ),
    ],
    [
      'probes with successThreshold 1 or 0 (0 is defaulted to 1), periodSeconds 0',
      pod(
        hostProcessSpec({
          containers: [
            container('main', undefined, {
              livenessProbe: { exec: { command: ['ping'] }, successThreshold: 1 },
              startupProbe: { exec: { command: ['ping'] }, successThreshold: 0, periodSeconds: 0 },
            }),
          ],
        }),
      ),
    ],
    [
      'volumes without a source (defaulted to emptyDir) and odd but valid subPaths',
      pod(
        hostProcessSpec({
          volumes: [{ name: 'scratch' }],
          containers: [
            container('main', undefined, {
              volumeMounts: [
                { name: 'scratch', mountPath: 'C:\\data', subPath: '.baz' },
                { name: 'scratch', mountPath: 'd:', subPath: '..baz' },
                { name: 'scratch', mountPath: 'G:\\mount', subPath: 'a/b' },
              ],
            }),
          ],
        }),
      ),
    ],
    [
      'port names, and one hostPort twice with different protocols',
      pod(
        hostProcessSpec({
          containers: [
            container('main', undefined, {
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics-1', containerPort: 9100 },
              ],
            }),
          ],
        }),
      ),
    ],
    [
      'two template containers with the same containerPort and no hostPort (templates are not defaulted)',
      daemonSet(
        hostProcessSpec({
          containers: [
            container('a', undefined, { ports: [{ containerPort: 80 }] }),
            container('b', undefined, { ports: [{ containerPort: 80 }] }),
          ],
        }),
      ),
    ],
    ['generateName instead of name', pod(hostProcessSpec(), { generateName: 'hpc-' })],
    ['a name of 253 characters', pod(hostProcessSpec(), { name: 'a'.repeat(253) })],
    ['DaemonSet template metadata without a name', daemonSet(hostProcessSpec(), {})],
    [
      'empty strings for defaulted fields',
      pod(
        hostProcessSpec({
          restartPolicy: '',
          dnsPolicy: '',
          schedulerName: '',
          containers: [
            container('main', undefined, { imagePullPolicy: '', terminationMessagePolicy: '' }),
          ],
        }),
      ),
    ],
    [
      'a template with limits only, and with requests only',
      daemonSet(
        hostProcessSpec({
          containers: [
            container('a', undefined, {
              resources: { limits: { cpu: '1', 'example.com/dongle': 1 } },
            }),
            container('b', undefined, { resources: { requests: { cpu: '100m' } } }),
          ],
        }),
      ),
    ],
    [
      'a Job template with restartPolicy OnFailure',
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'job' },
        spec: { template: { spec: hostProcessSpec({ restartPolicy: 'OnFailure' }) } },
      },
    ],
    [
      'a sidecar init container with probes and hooks',
      pod(
        hostProcessSpec({
          initContainers: [
            container('sidecar', undefined, {
              restartPolicy: 'Always',
              livenessProbe: { exec: { command: ['ping'] } },
              lifecycle: { preStop: { exec: { command: ['stop'] } } },
            }),
          ],
        }),
      ),
    ],
  ])('%s', (_name, object) => {
    const errors = validate(object).findings.filter((finding) => finding.stage === 'api-server');
    expect(errors).toEqual([]);
  });

  it('skips kinds without a pod template', () => {
    const result = validate([
      { apiVersion: 'crd.projectcalico.org/v1', kind: 'IPAMConfig', metadata: { name: 'default' } },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [] } },
    ]);
    expect(result).toEqual({ workloads: [], findings: [] });
  });
});

// Manifests the API server rejects, with the path and the detail text Kubernetes prints.
describe('rejected manifests raise an api-server error where Kubernetes reports it', () => {
  function errorAt(object: unknown, path: string): string | undefined {
    return validate(object).findings.find(
      (finding) => finding.stage === 'api-server' && finding.path === path,
    )?.message;
  }

  it.each<[string, Json, string, string]>([
    [
      'a template hostPort that differs from containerPort',
      daemonSet(
        hostProcessSpec({
          containers: [
            container('main', undefined, { ports: [{ containerPort: 80, hostPort: 8080 }] }),
          ],
        }),
      ),
      'spec.template.spec.containers[0].ports[0].hostPort',
      'must match `containerPort` when `hostNetwork` is true',
    ],
    [
      'two Pod containers on the same host port (defaulted from containerPort)',
      pod(
        hostProcessSpec({
          containers: [
            container('a', undefined, { ports: [{ containerPort: 80 }] }),
            container('b', undefined, { ports: [{ containerPort: 80 }] }),
          ],
        }),
      ),
      'spec.containers[1].ports[0].hostPort',
      'Duplicate value: "TCP//80"',
    ],
    [
      'ephemeral containers in a pod template',
      daemonSet(hostProcessSpec({ ephemeralContainers: [container('debug')] })),
      'spec.template.spec.ephemeralContainers',
      'ephemeral containers not allowed in pod template',
    ],
    [
      'a probe on a plain init container',
      pod(
        hostProcessSpec({
          initContainers: [
            container('init', undefined, { startupProbe: { exec: { command: ['x'] } } }),
          ],
        }),
      ),
      'spec.initContainers[0].startupProbe',
      'may not be set for init containers without restartPolicy=Always',
    ],
    [
      'a bad generateName',
      pod(hostProcessSpec(), { generateName: 'Bad_' }),
      'metadata.generateName',
      'a lowercase RFC 1123 subdomain',
    ],
    [
      'a request above its limit (limit printed in canonical form)',
      daemonSet(
        hostProcessSpec({
          containers: [
            container('main', undefined, {
              resources: { limits: { cpu: '0.5' }, requests: { cpu: '1' } },
            }),
          ],
        }),
      ),
      'spec.template.spec.containers[0].resources.requests',
      'must be less than or equal to cpu limit of 500m',
    ],
    [
      'a Job template with the default restartPolicy',
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'job' },
        spec: { template: { spec: hostProcessSpec() } },
      },
      'spec.template.spec.restartPolicy',
      'Unsupported value: "Always": supported values: "OnFailure", "Never"',
    ],
  ])('%s', (_name, object, path, text) => {
    expect(errorAt(object, path)).toEqual(expect.stringContaining(text));
  });

  it('does not call a volume a duplicate of an invalid one (only valid volumes are remembered)', () => {
    const volumes = [
      { name: 'data', hostPath: { path: 'C:\\data', type: 'Folder' } },
      { name: 'data', emptyDir: {} },
      { name: 'data', emptyDir: {} },
    ];
    expect(apiServerPaths(pod(hostProcessSpec({ volumes })))).toEqual([
      'spec.volumes[0].hostPath.type',
      'spec.volumes[2].name',
    ]);
  });

  it('reports a negative limit once on a template, and on limits and requests on a Pod', () => {
    const negative = hostProcessSpec({
      containers: [container('main', undefined, { resources: { limits: { cpu: '-1' } } })],
    });
    expect(apiServerPaths(daemonSet(negative))).toEqual([
      'spec.template.spec.containers[0].resources.limits[cpu]',
    ]);
    expect(apiServerPaths(pod(negative))).toEqual([
      'spec.containers[0].resources.limits[cpu]',
      'spec.containers[0].resources.requests[cpu]',
    ]);
  });
});
