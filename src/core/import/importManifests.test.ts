import { readFileSync } from 'node:fs';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { createDraft } from '@/core/model/draft';

import { importManifests } from './importManifests';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function roundTrip(text: string): unknown[] {
  const result = importManifests(text);
  if (!result.ok) throw new Error(result.reason);
  return loadAll(toYaml(toManifests(result.draft)));
}

function imported(text: string) {
  const result = importManifests(text);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('importManifests: real-world manifests', () => {
  it.each(['kube-proxy.yaml', 'calico.yaml', 'csi-proxy.yaml', 'windows-exporter.yaml'])(
    '%s comes back unchanged, with no normalisation',
    (name) => {
      const text = fixture(name);
      expect(roundTrip(text)).toStrictEqual(loadAll(text));
      expect(imported(text).notes).toStrictEqual([]);
    },
  );

  it('flannel (node affinity, no nodeSelector) comes back unchanged: no node selector is added', () => {
    const text = fixture('flannel.yaml');
    expect(roundTrip(text)).toStrictEqual(loadAll(text));
    expect(imported(text).notes).toStrictEqual([]);
  });

  it('maps kube-proxy into the form fields rather than into kept extras', () => {
    const { draft, summary } = imported(fixture('kube-proxy.yaml'));
    expect(summary).toStrictEqual({
      documents: [{ kind: 'DaemonSet', name: 'kube-proxy-windows' }],
      workloadIndex: 0,
    });
    expect(draft.workload).toMatchObject({
      kind: 'DaemonSet',
      name: 'kube-proxy-windows',
      namespace: 'kube-system',
      labels: [{ key: 'k8s-app', value: 'kube-proxy' }],
      maxUnavailable: '1',
    });
    expect(draft.user.runAsUserName).toBe('NT AUTHORITY\\system');
    expect(draft.scheduling).toMatchObject({
      serviceAccountName: 'kube-proxy',
      priorityClassName: 'system-node-critical',
      nodeSelector: [],
      osName: false,
    });
    expect(draft.scheduling.tolerations).toHaveLength(2);
    expect(draft.containers[0]).toMatchObject({
      name: 'kube-proxy',
      args: ['$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/start.ps1'],
      extra: {},
    });
    expect(draft.containers[0]!.env).toHaveLength(3);
    expect(draft.volumes).toStrictEqual([
      { configMap: { name: 'kube-proxy' }, name: 'kube-proxy' },
    ]);
    // The selector differs from the object's labels, so it is kept as written.
    expect(draft.kept.spec).toStrictEqual({
      selector: { matchLabels: { 'k8s-app': 'kube-proxy-windows' } },
    });
    expect(draft.kept.templateMetadata).toStrictEqual({
      labels: { 'k8s-app': 'kube-proxy-windows' },
    });
  });

  it('keeps the other documents in order around the workload', () => {
    const { draft, summary } = imported(fixture('calico.yaml'));
    expect(summary.workloadIndex).toBe(2);
    expect(summary.documents.map((d) => d.kind)).toStrictEqual([
      'ConfigMap',
      'ServiceAccount',
      'DaemonSet',
    ]);
    expect(draft.kept.documentsBefore).toHaveLength(2);
    expect(draft.initContainers.map((c) => c.name)).toStrictEqual(['install-cni']);
    expect(draft.initContainers[0]!.extra).toHaveProperty('envFrom');
    expect(draft.containers.map((c) => c.name)).toStrictEqual(['node', 'felix']);
    expect(draft.containers[1]!.extra).toHaveProperty('livenessProbe');
    expect(draft.containers[0]!.resources).toStrictEqual({ requests: { cpu: '250m' }, limits: {} });
  });

  it('reads the windows-exporter ports, mounts and ConfigMap', () => {
    const { draft } = imported(fixture('windows-exporter.yaml'));
    expect(draft.kept.documentsBefore).toMatchObject([{ kind: 'ConfigMap' }]);
    expect(draft.workload.labels).toStrictEqual([{ key: 'app', value: 'windows-exporter' }]);
    expect(draft.kept.spec).toStrictEqual({});
    expect(draft.containers[0]!.ports).toStrictEqual([
      { containerPort: 9182, hostPort: 9182, name: 'http' },
    ]);
    expect(draft.containers[0]!.volumeMounts[0]).toMatchObject({ subPath: 'config.yml' });
  });
});

describe('importManifests: round trips and normalisations', () => {
  it('reads back exactly the Draft it wrote', () => {
    const draft = createDraft();
    expect(imported(toYaml(toManifests(draft))).draft).toStrictEqual(draft);
  });

  it('recognises its own Namespace document', () => {
    const draft = createDraft();
    draft.workload.emitNamespace = true;
    draft.workload.namespace = 'hpc';
    const result = imported(toYaml(toManifests(draft)));
    expect(result.draft).toStrictEqual(draft);
    expect(result.summary.workloadIndex).toBe(1);
  });

  it('reads JSON too', () => {
    const json = JSON.stringify(toManifests(createDraft())[0]);
    expect(imported(json).draft).toStrictEqual(createDraft());
  });

  it('adds nothing HostProcess needs on its own: no hostNetwork, hostProcess or node selector', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: i}]\n';
    const result = imported(text);
    expect(result.notes).toStrictEqual([]);
    expect(roundTrip(text)).toStrictEqual(loadAll(text));
  });

  it('keeps hostNetwork: false, a container hostProcess: false and a Job without restartPolicy', () => {
    const text = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {labels: {app: j}}
    spec:
      hostNetwork: false
      securityContext: {windowsOptions: {hostProcess: true}}
      containers:
      - {name: c, image: i, securityContext: {windowsOptions: {hostProcess: false}}}
`;
    expect(roundTrip(text)).toStrictEqual(loadAll(text));
  });

  it('keeps runAsNonRoot: true as written (the findings offer to remove it)', () => {
    const yaml = toYaml(toManifests(createDraft())).replace(
      '  securityContext:\n',
      '  securityContext:\n    runAsNonRoot: true\n',
    );
    const result = imported(yaml);
    expect(result.notes).toStrictEqual([]);
    expect(toYaml(toManifests(result.draft))).toContain('runAsNonRoot: true');
  });

  it('a new Draft still writes the HostProcess settings itself', () => {
    const [pod] = loadAll(toYaml(toManifests(createDraft()))) as Array<{
      spec: Record<string, unknown>;
    }>;
    expect(pod?.spec).toMatchObject({
      hostNetwork: true,
      nodeSelector: { 'kubernetes.io/os': 'windows' },
      securityContext: { windowsOptions: { hostProcess: true } },
    });
  });

  it('keeps unknown and oddly typed fields verbatim, at every level', () => {
    const text = `
apiVersion: apps/v1
kind: Deployment
status: {replicas: 1}
metadata: {name: d, namespace: "", labels: {}, uid: abc}
spec:
  replicas: "2"
  minReadySeconds: 5
  strategy: {type: Recreate}
  selector: {matchLabels: {app: d}}
  template:
    metadata: {annotations: {a: b}, labels: {app: d}}
    spec:
      securityContext: {windowsOptions: {hostProcess: true, runAsUserName: 7, gmsaCredentialSpecName: g}}
      hostNetwork: true
      nodeSelector: {kubernetes.io/os: windows}
      os: {name: windows}
      dnsPolicy: Bogus
      containers:
      - name: c
        image: i
        command: [run, 1]
        resources: {limits: {cpu: 1}}
        securityContext: {windowsOptions: {runAsUserName: "NT AUTHORITY\\\\SYSTEM", hostProcess: true}}
        __proto__: {polluted: true}
`;
    const result = imported(text);
    expect(loadAll(toYaml(toManifests(result.draft)))).toStrictEqual(loadAll(text));
    expect(result.notes).toStrictEqual([]);
    const container = result.draft.containers[0]!;
    expect(container.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
    expect(container.extra).toHaveProperty('command');
    expect(Object.hasOwn(container.extra, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.draft.kept.windowsOptions).toStrictEqual({
      runAsUserName: 7,
      gmsaCredentialSpecName: 'g',
    });
  });

  it('opens up a kind: List and says so', () => {
    const pod = toManifests(createDraft())[0];
    const result = imported(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [pod] }));
    expect(result.draft).toStrictEqual(createDraft());
    expect(result.notes.map((n) => n.ruleId)).toStrictEqual(['import-list-unwrapped']);
  });

  it('takes the HostProcess workload among several and says so', () => {
    const linux =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: linux}\nspec: {containers: [{name: a, image: b}]}\n';
    const result = imported(`${linux}---\n${toYaml(toManifests(createDraft()))}`);
    expect(result.summary.workloadIndex).toBe(1);
    expect(result.draft.workload.name).toBe('hostprocess-example');
    expect(result.draft.kept.documentsBefore).toHaveLength(1);
    expect(result.notes.map((n) => n.ruleId)).toStrictEqual(['import-several-workloads']);
  });
});

describe('importManifests: bad input is a message, never an exception', () => {
  it.each([
    ['not YAML', 'a: [1\nb: 2', /line 2, column 1/],
    ['empty', '   \n', /no YAML or JSON document/],
    ['a scalar', 'just text', /Document 1 is a string, not a Kubernetes object/],
    ['a list', '- a\n- b', /Document 1 is a list/],
    [
      'no workload',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}',
      /No workload found.*ConfigMap/,
    ],
    [
      'unsupported kind',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: x}',
      /Unsupported kind StatefulSet/,
    ],
    ['duplicate keys', 'kind: Pod\nkind: Pod', /line 2/],
  ])('%s', (_name, text, reason) => {
    const result = importManifests(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses input over 2 MiB', () => {
    const result = importManifests(`# ${'x'.repeat(2 * 1024 * 1024)}\nkind: Pod`);
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/limit is 2.0 MiB/) as unknown,
    });
  });

  it('refuses a billion-laughs alias bomb quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const result = importManifests(levels.join('\n'));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/alias/) as unknown });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
