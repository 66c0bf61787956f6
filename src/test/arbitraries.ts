import fc from 'fast-check';

import { createKept } from '@/core/model/draft';
import type { ContainerDraft, Draft, KeyValue, WorkloadKind } from '@/core/model/draft';

/**
 * fast-check generators of valid, canonical Drafts: every Draft they produce is written and read
 * back to itself (no half-typed rows, no fields that do not apply to the kind).
 */

/** JSON values as they survive JSON (no -0), for unknown fields. */
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/);
const text = fc.string({ maxLength: 12 });
const windowsText = fc.string({
  unit: fc.constantFrom('C', ':', '\\', ' ', 'a', '$', '"', '%'),
  maxLength: 12,
});

function uniqueRows(keys: fc.Arbitrary<string>): fc.Arbitrary<KeyValue[]> {
  return fc
    .uniqueArray(fc.tuple(keys, text), { maxLength: 3, selector: ([key]) => key })
    .map((rows) => rows.map(([key, value]) => ({ key, value })));
}

const labelKey = fc
  .stringMatching(/^[a-z]([a-z0-9./-]{0,8}[a-z0-9])?$/)
  .filter((k) => k !== 'kubernetes.io/os');

/** A container or init container with unknown extras. */
export const containerArbitrary: fc.Arbitrary<ContainerDraft> = fc.record({
  name: dnsLabel,
  image: fc.oneof(fc.constant(''), fc.constantFrom('image1:latest', 'mcr.microsoft.com/x:v1')),
  imagePullPolicy: fc.constantFrom('', 'Always', 'IfNotPresent', 'Never'),
  command: fc.array(windowsText, { maxLength: 3 }),
  args: fc.array(text, { maxLength: 3 }),
  workingDir: windowsText,
  env: fc.array(
    fc.oneof(
      fc.record({ name: dnsLabel, value: text }),
      fc.record({
        name: dnsLabel,
        valueFrom: fc.constant({ fieldRef: { fieldPath: 'spec.nodeName' } }),
      }),
    ),
    { maxLength: 2 },
  ),
  ports: fc.array(
    fc.integer({ min: 1, max: 65535 }).map((p) => ({ containerPort: p, hostPort: p })),
    {
      maxLength: 2,
    },
  ),
  volumeMounts: fc.array(
    fc.record({ name: dnsLabel, mountPath: windowsText, readOnly: fc.boolean() }),
    {
      maxLength: 2,
    },
  ),
  resources: fc.record({
    requests: fc.dictionary(fc.constantFrom('cpu', 'memory'), fc.constantFrom('100m', '1', '64Mi')),
    limits: fc.dictionary(
      fc.constantFrom('memory', 'ephemeral-storage'),
      fc.constantFrom('1Gi', '200Mi'),
    ),
  }),
  runAsUserName: fc.option(fc.constantFrom('NT AUTHORITY\\SYSTEM', 'hpc-localgroup'), {
    nil: null,
  }),
  extra: fc.dictionary(fc.constantFrom('livenessProbe', 'stdin', 'lifecycle'), json, {
    maxKeys: 2,
  }),
});

const kindArbitrary = fc.constantFrom<WorkloadKind>('Pod', 'DaemonSet', 'Deployment', 'Job');

/** Any valid Draft. */
export const draftArbitrary: fc.Arbitrary<Draft> = kindArbitrary.chain((kind) =>
  fc.record({
    workload: fc.record({
      kind: fc.constant(kind),
      name: dnsLabel,
      namespace: fc.oneof(fc.constant(''), dnsLabel),
      labels: uniqueRows(labelKey),
      annotations: uniqueRows(labelKey),
      emitNamespace: fc.boolean(),
      maxUnavailable:
        kind === 'DaemonSet' || kind === 'Deployment'
          ? fc.constantFrom('', '1', '25%')
          : fc.constant(''),
      replicas: kind === 'Deployment' ? fc.option(fc.nat(5), { nil: null }) : fc.constant(null),
      backoffLimit: kind === 'Job' ? fc.option(fc.nat(6), { nil: null }) : fc.constant(null),
      restartPolicy:
        kind === 'Job'
          ? fc.constantFrom('OnFailure' as const, 'Never' as const)
          : fc.constantFrom('' as const, 'Always' as const),
    }),
    user: fc.record(
      {
        runAsUserName: fc.option(
          fc.constantFrom(
            'NT AUTHORITY\\Local service',
            'NT AUTHORITY\\NetworkService',
            'hpc-localgroup',
          ),
          { nil: null },
        ),
        // Only an import leaves hostProcess out or false; absent means true.
        hostProcess: fc.constantFrom(false, null),
      },
      { requiredKeys: ['runAsUserName'] },
    ),
    containers: fc.array(containerArbitrary, { minLength: 1, maxLength: 2 }),
    initContainers: fc.array(containerArbitrary, { maxLength: 1 }),
    volumes: fc.array(
      fc.oneof(
        fc.record({ name: dnsLabel, emptyDir: fc.constant({}) }),
        fc.record({ name: dnsLabel, hostPath: fc.record({ path: windowsText }) }),
      ),
      { maxLength: 2 },
    ),
    scheduling: fc.record(
      {
        nodeSelector: uniqueRows(labelKey),
        osName: fc.boolean(),
        tolerations: fc.array(fc.constant({ operator: 'Exists' }), { maxLength: 1 }),
        priorityClassName: fc.constantFrom('', 'system-node-critical'),
        serviceAccountName: fc.oneof(fc.constant(''), dnsLabel),
        terminationGracePeriodSeconds: fc.option(fc.nat(60), { nil: null }),
        dnsPolicy: fc.constantFrom(
          '',
          'ClusterFirst',
          'ClusterFirstWithHostNet',
          'Default',
          'None',
        ),
        // Only an import leaves these out or false; absent means the HostProcess default.
        windowsNodeSelector: fc.constant(false),
        hostNetwork: fc.constantFrom(false, null),
      },
      {
        requiredKeys: [
          'nodeSelector',
          'osName',
          'tolerations',
          'priorityClassName',
          'serviceAccountName',
          'terminationGracePeriodSeconds',
          'dnsPolicy',
        ],
      },
    ),
    kept: fc
      .record({
        podSpec: fc.dictionary(fc.constantFrom('hostPID', 'schedulerName', 'affinity'), json, {
          maxKeys: 2,
        }),
        documentsAfter: fc.array(
          fc.record({
            apiVersion: fc.constant('v1'),
            kind: fc.constant('ConfigMap'),
            data: fc.dictionary(labelKey, text),
          }),
          { maxLength: 1 },
        ),
      })
      .map(({ podSpec, documentsAfter }) => ({ ...createKept(), podSpec, documentsAfter })),
  }),
);
