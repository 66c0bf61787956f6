import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SCHEMA_KUBERNETES_VERSION, checkSchema, checkSchemaAll } from './checkSchema';

type Json = Record<string, unknown>;

function pod(spec: Json, metadata: Json = { name: 'probe' }): Json {
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

function daemonSet(podSpec: Json): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'kube-system' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: podSpec },
    },
  };
}

function container(extra: Json = {}): Json {
  return { name: 'c', image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022', ...extra };
}

/** A pod-relative mistake, checked both in a Pod (`spec.`) and a DaemonSet (`spec.template.spec.`). */
interface Mistake {
  name: string;
  spec: Json;
  ruleId: string;
  path: string;
  message: RegExp;
  fix?: { parentPath: string; from: string; to: string };
}

const mistakes: Mistake[] = [
  {
    name: 'misspelt pod field',
    spec: { hostNetwrok: true, containers: [container()] },
    ruleId: 'schema-unknown-field',
    path: 'hostNetwrok',
    message: /unknown field ".*hostNetwrok"; did you mean "hostNetwork"\?/,
    fix: { parentPath: '', from: 'hostNetwrok', to: 'hostNetwork' },
  },
  {
    name: 'old beta docs spelling runAsUsername',
    spec: {
      containers: [
        container({
          securityContext: { windowsOptions: { hostProcess: true, runAsUsername: 'x' } },
        }),
      ],
    },
    ruleId: 'schema-unknown-field',
    path: 'containers[0].securityContext.windowsOptions.runAsUsername',
    message: /did you mean "runAsUserName"\?/,
    fix: {
      parentPath: 'containers[0].securityContext.windowsOptions',
      from: 'runAsUsername',
      to: 'runAsUserName',
    },
  },
  {
    name: 'volumeMount for volumeMounts',
    spec: { containers: [container({ volumeMount: [{ name: 'v', mountPath: 'C:\\v' }] })] },
    ruleId: 'schema-unknown-field',
    path: 'containers[0].volumeMount',
    message: /did you mean "volumeMounts"\?/,
    fix: { parentPath: 'containers[0]', from: 'volumeMount', to: 'volumeMounts' },
  },
  {
    name: 'quoted containerPort',
    spec: { containers: [container({ ports: [{ containerPort: '9182' }] })] },
    ruleId: 'schema-wrong-type',
    path: 'containers[0].ports[0].containerPort',
    message: /expected an integer, got a string \("9182"\): write 9182 without quotes/,
  },
  {
    name: 'quoted hostProcess',
    spec: {
      securityContext: { windowsOptions: { hostProcess: 'true' } },
      containers: [container()],
    },
    ruleId: 'schema-wrong-type',
    path: 'securityContext.windowsOptions.hostProcess',
    message: /expected a boolean .*write true without quotes/,
  },
  {
    name: 'a list where a map belongs',
    spec: { nodeSelector: ['kubernetes.io/os=windows'], containers: [container()] },
    ruleId: 'schema-wrong-type',
    path: 'nodeSelector',
    message: /expected a map of keys to values, got a list/,
  },
  {
    name: 'a map where a list belongs',
    spec: { containers: container() },
    ruleId: 'schema-wrong-type',
    path: 'containers',
    message: /expected a list, got a map/,
  },
  {
    name: 'unquoted env value',
    spec: { containers: [container({ env: [{ name: 'PORT', value: 8080 }] })] },
    ruleId: 'schema-wrong-type',
    path: 'containers[0].env[0].value',
    message: /expected a string, got a number \(8080\): quote it: "8080"/,
  },
  {
    name: 'imagePullPolicy',
    spec: { containers: [container({ imagePullPolicy: 'Sometimes' })] },
    ruleId: 'schema-enum',
    path: 'containers[0].imagePullPolicy',
    message: /Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"/,
  },
  {
    name: 'restartPolicy',
    spec: { restartPolicy: 'Forever', containers: [container()] },
    ruleId: 'schema-enum',
    path: 'restartPolicy',
    message: /supported values: "Always", "Never", "OnFailure"/,
  },
  {
    name: 'toleration effect',
    spec: { tolerations: [{ key: 'os', effect: 'NoScheduling' }], containers: [container()] },
    ruleId: 'schema-enum',
    path: 'tolerations[0].effect',
    message: /"NoExecute", "NoSchedule", "PreferNoSchedule"/,
  },
  {
    name: 'toleration operator',
    spec: { tolerations: [{ key: 'os', operator: 'Equals' }], containers: [container()] },
    ruleId: 'schema-enum',
    path: 'tolerations[0].operator',
    message: /Unsupported value: "Equals"/,
  },
  {
    name: 'hostPath type',
    spec: {
      volumes: [{ name: 'v', hostPath: { path: 'C:\\logs', type: 'Folder' } }],
      containers: [container()],
    },
    ruleId: 'schema-enum',
    path: 'volumes[0].hostPath.type',
    message: /"DirectoryOrCreate"/,
  },
  {
    name: 'port protocol',
    spec: { containers: [container({ ports: [{ containerPort: 80, protocol: 'tcp' }] })] },
    ruleId: 'schema-enum',
    path: 'containers[0].ports[0].protocol',
    message: /supported values: "SCTP", "TCP", "UDP"/,
  },
  {
    name: 'dnsPolicy',
    spec: { dnsPolicy: 'HostNetwork', containers: [container()] },
    ruleId: 'schema-enum',
    path: 'dnsPolicy',
    message: /"ClusterFirstWithHostNet"/,
  },
  {
    name: 'enum value of the wrong type',
    spec: { containers: [container({ imagePullPolicy: true })] },
    ruleId: 'schema-wrong-type',
    path: 'containers[0].imagePullPolicy',
    message: /expected a string, one of "Always", "IfNotPresent", "Never"/,
  },
  {
    name: 'memory 10MB',
    spec: { containers: [container({ resources: { limits: { memory: '10MB' } } })] },
    ruleId: 'schema-quantity',
    path: 'containers[0].resources.limits[memory]',
    message: /Invalid value: "10MB": quantities must match .*did you mean "10M" or "10Mi"\?/,
  },
  {
    name: 'cpu 1.5cores',
    spec: { containers: [container({ resources: { requests: { cpu: '1.5cores' } } })] },
    ruleId: 'schema-quantity',
    path: 'containers[0].resources.requests[cpu]',
    message: /Invalid value: "1.5cores"/,
  },
  {
    name: 'emptyDir sizeLimit',
    spec: { volumes: [{ name: 'v', emptyDir: { sizeLimit: '1 GB' } }], containers: [container()] },
    ruleId: 'schema-quantity',
    path: 'volumes[0].emptyDir.sizeLimit',
    message: /did you mean "1G" or "1Gi"\?/,
  },
  {
    name: 'quantity of the wrong type',
    spec: { containers: [container({ resources: { limits: { cpu: true } } })] },
    ruleId: 'schema-wrong-type',
    path: 'containers[0].resources.limits[cpu]',
    message: /expected a quantity/,
  },
  {
    name: 'int-or-string given a fraction',
    spec: {
      containers: [container({ livenessProbe: { httpGet: { path: '/', port: 80.5 } } })],
    },
    ruleId: 'schema-wrong-type',
    path: 'containers[0].livenessProbe.httpGet.port',
    message: /expected an integer or a string, got a number \(80.5\)/,
  },
];

describe('checkSchema: each kind of mistake, in a Pod and in a DaemonSet', () => {
  for (const [workload, build, prefix] of [
    ['Pod', pod, 'spec.'],
    ['DaemonSet', daemonSet, 'spec.template.spec.'],
  ] as const) {
    it.each(mistakes)(`${workload}: $name`, (mistake) => {
      const findings = checkSchema(build(mistake.spec));
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding).toMatchObject({
        ruleId: mistake.ruleId,
        severity: 'error',
        stage: 'api-server',
        path: prefix + mistake.path,
      });
      expect(finding?.message).toMatch(mistake.message);
      expect(finding?.docUrl).toMatch(/^https:\/\/kubernetes\.io\//);
      if (mistake.fix) {
        expect(finding?.fix).toEqual({
          kind: 'rename-key',
          label: `rename “${mistake.fix.from}” to “${mistake.fix.to}”`,
          ...mistake.fix,
          parentPath: mistake.fix.parentPath
            ? prefix + mistake.fix.parentPath
            : prefix.slice(0, -1),
        });
      } else {
        expect(finding?.fix).toBeUndefined();
      }
    });
  }

  it('names the exact path of a misspelt top-level pod field', () => {
    const [finding] = checkSchema(pod({ hostNetwrok: true, containers: [container()] }));
    expect(finding?.path).toBe('spec.hostNetwrok');
    expect(finding?.message).toBe('unknown field "spec.hostNetwrok"; did you mean "hostNetwork"?');
    expect(finding?.fix).toEqual({
      kind: 'rename-key',
      label: 'rename “hostNetwrok” to “hostNetwork”',
      parentPath: 'spec',
      from: 'hostNetwrok',
      to: 'hostNetwork',
    });
  });

  it('offers no fix when several names are equally close, and no hint when nothing is close', () => {
    const [ambiguous] = checkSchema(pod({ hostPIC: true, containers: [] }));
    expect(ambiguous?.path).toBe('spec.hostPIC');
    expect(ambiguous?.message).toBe(
      'unknown field "spec.hostPIC"; did you mean "hostIPC" or "hostPID"?',
    );
    expect(ambiguous?.fix).toBeUndefined();
    const far = checkSchema(pod({ containers: [container({ completelyMadeUp: 1 })] }));
    expect(far).toHaveLength(1);
    expect(far[0]?.message).toBe('unknown field "spec.containers[0].completelyMadeUp"');
    expect(far[0]?.fix).toBeUndefined();
  });

  it('reports every mistake of one object, in document order', () => {
    const findings = checkSchema(
      pod({
        hostNetwrok: true,
        containers: [container({ ports: [{ containerPort: '80' }], imagePullPolicy: 'Maybe' })],
      }),
    );
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['schema-unknown-field', 'spec.hostNetwrok'],
      ['schema-wrong-type', 'spec.containers[0].ports[0].containerPort'],
      ['schema-enum', 'spec.containers[0].imagePullPolicy'],
    ]);
  });

  it('treats prototype names as the unknown fields they are', () => {
    const spec = JSON.parse('{"containers": [], "constructor": 1, "__proto__": {"x": 1}}') as Json;
    expect(checkSchema(pod(spec)).map((f) => f.path)).toEqual([
      'spec.constructor',
      'spec.__proto__',
    ]);
  });
});

describe('checkSchema: apiVersion', () => {
  it('rejects apps/v1 for a Pod, and names the version that serves it', () => {
    const findings = checkSchema({ ...pod({ containers: [container()] }), apiVersion: 'apps/v1' });
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'schema-api-version',
        stage: 'api-server',
        path: 'apiVersion',
        message: expect.stringMatching(/"Pod" in version "apps\/v1".*apiVersion "v1"/) as string,
      }),
    ]);
  });

  it('rejects removed beta versions of a DaemonSet and a missing apiVersion', () => {
    const old = checkSchema({
      ...daemonSet({ containers: [container()] }),
      apiVersion: 'extensions/v1beta1',
    });
    expect(old.map((f) => f.ruleId)).toEqual(['schema-api-version']);
    expect(old[0]?.message).toMatch(/apiVersion "apps\/v1"/);
    const noVersion = pod({ containers: [container()] });
    delete noVersion.apiVersion;
    expect(checkSchema(noVersion)).toEqual([
      expect.objectContaining({
        ruleId: 'schema-api-version',
        message: expect.stringMatching(/not set/) as string,
      }),
    ]);
  });

  it('accepts the serving version of every supported kind', () => {
    const kinds: Array<[string, string]> = [
      ['v1', 'Pod'],
      ['v1', 'Namespace'],
      ['v1', 'ConfigMap'],
      ['v1', 'Secret'],
      ['v1', 'ServiceAccount'],
      ['v1', 'Service'],
      ['apps/v1', 'DaemonSet'],
      ['apps/v1', 'Deployment'],
      ['apps/v1', 'ReplicaSet'],
      ['apps/v1', 'StatefulSet'],
      ['batch/v1', 'Job'],
      ['batch/v1', 'CronJob'],
    ];
    for (const [apiVersion, kind] of kinds) {
      expect(checkSchema({ apiVersion, kind, metadata: { name: 'x' } })).toEqual([]);
      expect(checkSchema({ apiVersion: 'v2', kind }).map((f) => f.ruleId)).toEqual([
        'schema-api-version',
      ]);
    }
  });
});

describe('checkSchema: metadata', () => {
  it('wants string label and annotation values', () => {
    const findings = checkSchema(
      pod(
        { containers: [] },
        { name: 'x', labels: { version: 1.0, app: 'a' }, annotations: { on: true } },
      ),
    );
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['schema-wrong-type', 'metadata.labels[version]'],
      ['schema-wrong-type', 'metadata.annotations[on]'],
    ]);
    expect(findings[0]?.message).toBe('expected a string, got a number (1): quote it: "1"');
  });

  it('wants labels to be a map', () => {
    const findings = checkSchema(pod({ containers: [] }, { name: 'x', labels: ['app=a'] }));
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'schema-wrong-type', path: 'metadata.labels' }),
    ]);
  });

  it('accepts what kubectl itself writes: creationTimestamp null, status {}, managedFields', () => {
    const exported = {
      ...pod(
        { containers: [container()] },
        {
          name: 'x',
          creationTimestamp: null,
          uid: 'abc',
          resourceVersion: '1',
          generation: 2,
          managedFields: [
            {
              manager: 'kubectl',
              operation: 'Update',
              apiVersion: 'v1',
              time: new Date('2024-01-01T00:00:00Z'),
              fieldsType: 'FieldsV1',
              fieldsV1: { 'f:metadata': { 'f:labels': { '.': {} } } },
            },
          ],
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'a', uid: 'u', controller: true },
          ],
        },
      ),
      status: {},
    };
    expect(checkSchema(exported)).toEqual([]);
  });

  it('checks field names and types in status, but not its enum values (status is dropped on apply)', () => {
    const withStatus = {
      ...pod({ containers: [] }),
      status: { phase: 'Whatever', hostIP: 1, podIp: 'x' },
    };
    expect(checkSchema(withStatus).map((f) => [f.ruleId, f.path])).toEqual([
      ['schema-wrong-type', 'status.hostIP'],
      ['schema-unknown-field', 'status.podIp'],
    ]);
  });
});

/** A realistic HostProcess DaemonSet using many fields: the schema must accept all of it. */
const hostProcessDaemonSet = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: {
    name: 'windows-exporter',
    namespace: 'monitoring',
    labels: { 'app.kubernetes.io/name': 'windows-exporter', tier: 'node' },
    annotations: { 'kubernetes.io/description': 'Prometheus exporter for Windows nodes' },
    creationTimestamp: null,
  },
  spec: {
    selector: { matchLabels: { 'app.kubernetes.io/name': 'windows-exporter' } },
    updateStrategy: {
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: 0 },
    },
    minReadySeconds: 10,
    revisionHistoryLimit: 5,
    template: {
      metadata: {
        labels: { 'app.kubernetes.io/name': 'windows-exporter' },
        annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9182' },
      },
      spec: {
        os: { name: 'windows' },
        nodeSelector: { 'kubernetes.io/os': 'windows' },
        hostNetwork: true,
        priorityClassName: 'system-node-critical',
        serviceAccountName: 'windows-exporter',
        automountServiceAccountToken: false,
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirstWithHostNet',
        restartPolicy: 'Always',
        tolerations: [
          { key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' },
          {
            key: 'node.kubernetes.io/unreachable',
            operator: 'Exists',
            effect: 'NoExecute',
            tolerationSeconds: 300,
          },
          { operator: 'Exists' },
        ],
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'kubernetes.io/os', operator: 'In', values: ['windows'] },
                  ],
                },
              ],
            },
          },
        },
        securityContext: {
          windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\system' },
          runAsNonRoot: false,
        },
        initContainers: [
          {
            name: 'configure-firewall',
            image: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
            command: [
              'powershell.exe',
              '-Command',
              'New-NetFirewallRule -DisplayName exporter -LocalPort 9182',
            ],
            imagePullPolicy: 'IfNotPresent',
            resources: { requests: { cpu: '10m', memory: 32 } },
          },
        ],
        containers: [
          {
            name: 'exporter',
            image: 'ghcr.io/prometheus-community/windows-exporter:0.29.2',
            imagePullPolicy: 'Always',
            args: ['--config.file=%CONTAINER_SANDBOX_MOUNT_POINT%/config.yml'],
            workingDir: '$env:CONTAINER_SANDBOX_MOUNT_POINT',
            ports: [{ name: 'http', containerPort: 9182, hostPort: 9182, protocol: 'TCP' }],
            env: [
              {
                name: 'NODE_NAME',
                valueFrom: { fieldRef: { fieldPath: 'spec.nodeName', apiVersion: 'v1' } },
              },
              { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
              {
                name: 'MEMORY_LIMIT',
                valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } },
              },
              { name: 'LOG_LEVEL', value: 'info' },
              {
                name: 'TOKEN',
                valueFrom: { secretKeyRef: { name: 's', key: 'k', optional: true } },
              },
            ],
            envFrom: [{ configMapRef: { name: 'exporter-env' }, prefix: 'EXP_' }],
            resources: {
              limits: { cpu: 1, memory: '200Mi' },
              requests: { cpu: 0.1, memory: '100M', 'ephemeral-storage': '1Gi' },
            },
            livenessProbe: {
              httpGet: {
                path: '/health',
                port: 9182,
                scheme: 'HTTP',
                httpHeaders: [{ name: 'X', value: 'y' }],
              },
              initialDelaySeconds: 10,
              periodSeconds: 30,
              timeoutSeconds: 5,
              failureThreshold: 3,
            },
            readinessProbe: { tcpSocket: { port: 'http' }, periodSeconds: 10, successThreshold: 1 },
            startupProbe: {
              exec: { command: ['powershell.exe', '-Command', 'exit 0'] },
              failureThreshold: 30,
              periodSeconds: 2,
            },
            lifecycle: { preStop: { exec: { command: ['cmd', '/c', 'echo bye'] } } },
            securityContext: {
              windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\Local service' },
            },
            volumeMounts: [
              { name: 'config', mountPath: 'C:\\config', readOnly: true },
              { name: 'token', mountPath: '/var/run/secrets/tokens' },
              { name: 'logs', mountPath: 'C:\\logs', subPath: 'exporter' },
            ],
            terminationMessagePolicy: 'FallbackToLogsOnError',
          },
        ],
        volumes: [
          {
            name: 'config',
            configMap: {
              name: 'exporter-config',
              defaultMode: 420,
              items: [{ key: 'c', path: 'config.yml' }],
            },
          },
          {
            name: 'token',
            projected: {
              sources: [
                {
                  serviceAccountToken: {
                    path: 'token',
                    expirationSeconds: 3600,
                    audience: 'vault',
                  },
                },
                {
                  configMap: {
                    name: 'kube-root-ca.crt',
                    items: [{ key: 'ca.crt', path: 'ca.crt' }],
                  },
                },
                {
                  downwardAPI: {
                    items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }],
                  },
                },
              ],
              defaultMode: 420,
            },
          },
          { name: 'logs', hostPath: { path: 'C:\\logs', type: 'DirectoryOrCreate' } },
          { name: 'scratch', emptyDir: { sizeLimit: '500Mi', medium: '' } },
          { name: 'secret', secret: { secretName: 's', optional: false } },
        ],
      },
    },
  },
  status: {},
};

describe('checkSchema: no false positives', () => {
  it('accepts a full, realistic HostProcess DaemonSet', () => {
    expect(checkSchema(hostProcessDaemonSet)).toEqual([]);
  });

  it('accepts the same pod template as a Pod, Deployment, StatefulSet, Job and CronJob', () => {
    const template = hostProcessDaemonSet.spec.template;
    const selector = hostProcessDaemonSet.spec.selector;
    const objects = [
      { apiVersion: 'v1', kind: 'Pod', metadata: template.metadata, spec: template.spec },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'd' },
        spec: {
          replicas: 2,
          selector,
          template,
          strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
        },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 's' },
        spec: {
          serviceName: 's',
          selector,
          template,
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
            },
          ],
        },
      },
      {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'j' },
        spec: {
          backoffLimit: 2,
          template: { ...template, spec: { ...template.spec, restartPolicy: 'Never' } },
        },
      },
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'cj' },
        spec: {
          schedule: '*/5 * * * *',
          concurrencyPolicy: 'Forbid',
          jobTemplate: {
            spec: {
              template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } },
            },
          },
        },
      },
    ];
    expect(checkSchemaAll(objects)).toEqual([[], [], [], [], []]);
  });

  it('accepts a Namespace, a ConfigMap, a Secret, a ServiceAccount and a Service', () => {
    const objects = [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: 'monitoring',
          labels: { 'pod-security.kubernetes.io/enforce': 'privileged' },
        },
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'c' },
        data: { 'config.yml': 'a: 1' },
        immutable: true,
      },
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's' },
        type: 'Opaque',
        stringData: { k: 'v' },
      },
      {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'sa' },
        automountServiceAccountToken: false,
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'svc' },
        spec: {
          type: 'ClusterIP',
          selector: { app: 'a' },
          ports: [{ port: 9182, targetPort: 'http', protocol: 'TCP' }],
        },
      },
    ];
    expect(checkSchemaAll(objects)).toEqual([[], [], [], [], []]);
  });

  it('passes through kinds it does not know (CRDs, List) without findings', () => {
    expect(
      checkSchema({
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        spec: { anything: ['goes'] },
      }),
    ).toEqual([]);
    expect(
      checkSchema({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Pod', spec: 1 }] }),
    ).toEqual([]);
  });

  it('still finds mistakes in the kinds it checks besides workloads', () => {
    const configMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
      data: { port: 9182 },
      dat: {},
    };
    expect(
      checkSchema(configMap).map((f) => [
        f.ruleId,
        f.path,
        f.fix?.kind === 'rename-key' ? f.fix.to : undefined,
      ]),
    ).toEqual([
      ['schema-wrong-type', 'data[port]', undefined],
      ['schema-unknown-field', 'dat', 'data'],
    ]);
  });
});

describe('checkSchema: garbage in, no throw', () => {
  it.each([
    null,
    undefined,
    'kind: Pod',
    42,
    true,
    [],
    [{ kind: 'Pod' }],
    { kind: 'Pod' },
    { kind: 'Pod', apiVersion: 'v1', spec: 'nope' },
    { kind: 'Pod', apiVersion: 'v1', metadata: [], spec: { containers: [null, 1, 'x', [], {}] } },
    { kind: 'constructor', apiVersion: 'v1' },
    { kind: 'toString' },
    { kind: 42 },
  ])('%j', (input) => {
    expect(() => checkSchema(input)).not.toThrow();
    expect(Array.isArray(checkSchema(input))).toBe(true);
  });

  it('reports wrong types inside a garbage pod instead of throwing', () => {
    const findings = checkSchema({
      kind: 'Pod',
      apiVersion: 'v1',
      spec: { containers: [null, 1, 'x', [], { name: 5 }] },
    });
    expect(findings.map((f) => f.path)).toEqual([
      'spec.containers[1]',
      'spec.containers[2]',
      'spec.containers[3]',
      'spec.containers[4].name',
    ]);
  });

  it('copes with deep nesting', () => {
    let deep: unknown = { end: true };
    for (let i = 0; i < 10_000; i++) deep = { spec: deep, containers: [deep] };
    expect(() => checkSchema({ kind: 'Pod', apiVersion: 'v1', spec: deep })).not.toThrow();
  });

  it('never throws on random JSON, with or without a known kind', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom('Pod', 'DaemonSet', 'CronJob', 'Namespace', 'Service', 'Unknown'),
        (value, kind) => {
          expect(Array.isArray(checkSchema(value))).toBe(true);
          const findings = checkSchema({ apiVersion: 'v1', kind, spec: value, metadata: value });
          expect(findings.every((f) => f.stage === 'api-server' && f.severity === 'error')).toBe(
            true,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('SCHEMA_KUBERNETES_VERSION', () => {
  it('names a Kubernetes minor version', () => {
    expect(SCHEMA_KUBERNETES_VERSION).toMatch(/^1\.\d+$/);
  });
});
