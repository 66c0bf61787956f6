import { loadAll } from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { draftArbitrary } from '@/test/arbitraries';

import { importManifests } from './importManifests';

/** JSON values as they survive JSON (no -0), for unknown fields. */
const json = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const unknownFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }).map((k) => `x-${k}`),
  json,
  {
    maxKeys: 2,
  },
);
/** A modelled field, sometimes with the type Kubernetes expects, sometimes not. */
const odd = <T>(good: fc.Arbitrary<T>) => fc.option(fc.oneof(good, good, json), { nil: undefined });

const containerObject = fc
  .record(
    {
      name: odd(fc.stringMatching(/^[a-z]{1,6}$/)),
      image: odd(fc.constantFrom('img:1', '')),
      command: odd(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })),
      args: odd(fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 })),
      workingDir: odd(fc.constantFrom('C:\\hpc', '')),
      env: odd(
        fc.array(fc.record({ name: fc.constantFrom('A', 'B'), value: fc.string() }), {
          maxLength: 2,
        }),
      ),
      resources: odd(
        fc.record({ limits: fc.record({ memory: fc.oneof(fc.constant('1Gi'), fc.constant(1)) }) }),
      ),
      securityContext: odd(
        fc.record({
          windowsOptions: fc.record({ runAsUserName: odd(fc.constant('NT AUTHORITY\\SYSTEM')) }),
        }),
      ),
    },
    { requiredKeys: [] },
  )
  .chain((known) => unknownFields.map((unknown) => ({ ...unknown, ...known })));

const podSpec = fc
  .record({
    containers: fc.array(containerObject, { minLength: 1, maxLength: 2 }),
    runAsUserName: odd(fc.constantFrom('NT AUTHORITY\\Local service', 'hpc-localgroup')),
    priorityClassName: odd(fc.constant('system-node-critical')),
    terminationGracePeriodSeconds: odd(fc.nat(30)),
    dnsPolicy: odd(fc.constantFrom('ClusterFirst', 'Other')),
    os: odd(fc.constant({ name: 'windows' })),
    extraSelector: fc.option(fc.dictionary(fc.constantFrom('pool', 'zone'), fc.string()), {
      nil: undefined,
    }),
    unknown: unknownFields,
  })
  .map(({ containers, runAsUserName, extraSelector, unknown, ...rest }) => {
    const spec: Record<string, unknown> = {
      ...unknown,
      securityContext: {
        windowsOptions: {
          hostProcess: true,
          ...(runAsUserName === undefined ? {} : { runAsUserName }),
        },
      },
      hostNetwork: true,
      containers,
      nodeSelector: { 'kubernetes.io/os': 'windows', ...extraSelector },
    };
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) spec[key] = value;
    return JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  });

const workloadObject = fc
  .record({
    kind: fc.constantFrom('Pod', 'DaemonSet'),
    name: fc.stringMatching(/^[a-z]{1,8}$/),
    labels: odd(fc.dictionary(fc.constantFrom('app', 'tier'), fc.string({ maxLength: 4 }))),
    metaUnknown: unknownFields,
    topUnknown: unknownFields,
    spec: podSpec,
  })
  .map(({ kind, name, labels, metaUnknown, topUnknown, spec }) => {
    const metadata = { ...metaUnknown, name, ...(labels === undefined ? {} : { labels }) };
    const selector = { matchLabels: { app: name } };
    const body =
      kind === 'Pod' ? spec : { selector, template: { metadata: { labels: { app: name } }, spec } };
    return JSON.parse(
      JSON.stringify({
        ...topUnknown,
        apiVersion: kind === 'Pod' ? 'v1' : 'apps/v1',
        kind,
        metadata,
        spec: body,
      }),
    ) as unknown;
  });

describe('round-trip properties', () => {
  it('(1) any valid Draft → YAML → import → the same Draft', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const result = importManifests(toYaml(toManifests(draft)));
        // fast-check builds null-prototype objects; compare them as the plain JSON they stand for.
        expect(result.ok && result.draft).toStrictEqual(JSON.parse(JSON.stringify(draft)));
      }),
      { numRuns: 150 },
    );
  });

  it('(2) any HostProcess pod object with unknown and oddly typed fields → import → export → deep-equal', () => {
    fc.assert(
      fc.property(workloadObject, fc.boolean(), (object, asJson) => {
        const text = asJson ? JSON.stringify(object) : toYaml([object]);
        const result = importManifests(text);
        if (!result.ok) throw new Error(result.reason);
        expect(loadAll(toYaml(toManifests(result.draft)))).toStrictEqual([object]);
        expect(result.notes).toStrictEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
