import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createContainer, createDraft, type Draft } from '@/core/model/draft';
import { restoreDraft } from '@/core/model/restoreDraft';

import { toBase64Url } from './base64url';
import {
  MAX_SHARE_CODE_LENGTH,
  MAX_SHARE_JSON_BYTES,
  decodeShare,
  encodeShare,
} from './shareCodec';

/** A v1 code around any text, bypassing encodeShare: how a hostile link would be made. */
function codeOf(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return `v1.${toBase64Url(deflateSync(bytes))}`;
}

/** What a Draft looks like after JSON: the codec promises exactly this back. */
const asJson = (draft: Draft): unknown => JSON.parse(JSON.stringify(draft));

function modifiedDraft(): Draft {
  const base = createDraft();
  return {
    ...base,
    workload: {
      ...base.workload,
      kind: 'DaemonSet',
      name: 'windows-exporter',
      namespace: 'monitoring',
      labels: [{ key: 'app', value: 'windows-exporter' }],
      maxUnavailable: '25%',
    },
    user: { runAsUserName: 'NT AUTHORITY\\SYSTEM' },
    containers: [
      {
        ...createContainer('exporter', 'ghcr.io/prometheus-community/windows-exporter:0.31.0'),
        command: [
          '.\\windows_exporter.exe',
          '--config.file=%CONTAINER_SANDBOX_MOUNT_POINT%\\x.yml',
        ],
        resources: { requests: { cpu: '100m' }, limits: { memory: '200Mi' } },
        extra: { livenessProbe: { httpGet: { path: '/health', port: 9182 } } },
      },
    ],
    volumes: [{ name: 'config', configMap: { name: 'windows-exporter-config' } }],
    kept: {
      ...base.kept,
      documentsAfter: [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'cfg' },
          data: { 'a.yml': 'é ✓' },
        },
      ],
      podSpec: { hostname: 'kept-host' },
    },
  };
}

/** Plain JSON values whose keys are ordinary words (the codec refuses prototype keys). */
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9.-]{0,8}$/), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const arbitraryDraft: fc.Arbitrary<Draft> = fc
  .record({
    kind: fc.constantFrom('Pod', 'DaemonSet', 'Deployment', 'Job'),
    name: fc.string(),
    namespace: fc.string(),
    user: fc.option(fc.string(), { nil: null }),
    image: fc.string(),
    command: fc.array(fc.string(), { maxLength: 4 }),
    labels: fc.array(fc.record({ key: fc.string(), value: fc.string() }), { maxLength: 3 }),
    replicas: fc.option(fc.nat(100), { nil: null }),
    kept: fc.array(fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), json, { maxKeys: 4 }), {
      maxLength: 2,
    }),
  })
  .map(({ kind, name, namespace, user, image, command, labels, replicas, kept }) => {
    const base = createDraft();
    return {
      ...base,
      workload: { ...base.workload, kind, name, namespace, labels, replicas },
      user: { runAsUserName: user },
      containers: [{ ...createContainer('main', image), command }],
      kept: { ...base.kept, documentsAfter: kept },
    };
  });

describe('encodeShare / decodeShare', () => {
  it('writes v1 codes in the URL-safe alphabet', () => {
    expect(encodeShare(createDraft())).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('round-trips the default and a modified draft, kept fields included', () => {
    for (const draft of [createDraft(), modifiedDraft()]) {
      const decoded = decodeShare(encodeShare(draft));
      expect(decoded).toEqual({ ok: true, draft: asJson(draft) });
    }
  });

  it('compresses: a modified draft fits far below 2,000 characters', () => {
    const code = encodeShare(modifiedDraft());
    expect(code.length).toBeLessThan(JSON.stringify(modifiedDraft()).length);
    expect(code.length).toBeLessThan(1500);
  });

  it('round-trips any draft (property)', () => {
    fc.assert(
      fc.property(arbitraryDraft, (draft) => {
        expect(decodeShare(encodeShare(draft))).toEqual({ ok: true, draft: asJson(draft) });
      }),
      { numRuns: 200 },
    );
  });

  it('tolerates whitespace around a pasted code', () => {
    expect(decodeShare(`  ${encodeShare(createDraft())}\n`).ok).toBe(true);
  });
});

describe('decodeShare on broken and hostile links', () => {
  const good = encodeShare(modifiedDraft());

  it.each<[string, unknown, RegExp]>([
    ['not a string', 42, /holds no draft/],
    ['empty', '', /not a share link/],
    ['random text', 'hello world', /not a share link/],
    ['only the prefix', 'v1.', /damaged/],
    ['bad alphabet', 'v1.abc$def', /base64url/],
    ['truncated', good.slice(0, Math.floor(good.length / 2)), /damaged|truncated|valid draft/],
    ['5 MB long', `v1.${'A'.repeat(5 * 1024 * 1024)}`, /too long/],
    ['unknown version', `v9.${good.slice(3)}`, /format v9/],
    ['no version number', `vx.${good.slice(3)}`, /not a share link/],
    ['not JSON', codeOf('{"workload":'), /not valid JSON/],
    ['not UTF-8', codeOf(new Uint8Array([0xff, 0xfe, 0x00])), /not text/],
    ['JSON of the wrong type', codeOf('[1,2,3]'), /valid draft/],
    [
      'JSON with wrong field types',
      codeOf(JSON.stringify({ ...createDraft(), containers: 'x' })),
      /valid draft/,
    ],
  ])('refuses %s with a reason', (_, code, reason) => {
    const decoded = decodeShare(code);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.reason).toMatch(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps __proto__ and constructor keys as plain data, without touching any prototype', () => {
    const draft = {
      ...createDraft(),
      kept: {
        ...createDraft().kept,
        podSpec: JSON.parse('{"__proto__":{"polluted":true}}') as object,
      },
      workload: {
        ...createDraft().workload,
        annotations: [{ key: 'constructor', value: 'kept' }],
      },
    };
    const decoded = decodeShare(codeOf(JSON.stringify(draft)));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(Object.getPrototypeOf(decoded.draft.kept.podSpec)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(decoded.draft.kept.podSpec, '__proto__')?.value).toEqual(
      { polluted: true },
    );
    expect(decoded.draft.workload.annotations).toEqual([{ key: 'constructor', value: 'kept' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const again = decodeShare(encodeShare(decoded.draft));
    expect(again.ok && Object.hasOwn(again.draft.kept.podSpec, '__proto__')).toBe(true);
  });

  it('refuses a 100-character link nested 5,000 levels deep, naming the depth', () => {
    const deep = `{"kept":{"podSpec":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}}`;
    const code = codeOf(deep);
    expect(code.length).toBeLessThan(150);
    const decoded = decodeShare(code);
    expect(decoded).toEqual({
      ok: false,
      reason: expect.stringMatching(/nests more than 1,000 levels/) as string,
    });
  });

  it('refuses a short link that expands to 250,000 containers, naming the count', () => {
    const code = codeOf(`{"containers":[${Array(250_000).fill('{}').join(',')}]}`);
    expect(code.length).toBeLessThan(2000);
    const started = performance.now();
    const decoded = decodeShare(code);
    expect(decoded).toEqual({
      ok: false,
      reason: expect.stringMatching(/more than 200,000 values/) as string,
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops inflating a bomb near the cap instead of expanding it in full', () => {
    const bomb = codeOf(new Uint8Array(100 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CODE_LENGTH);
    const started = performance.now();
    expect(decodeShare(bomb).ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a 5 MB link at once, before decoding anything', () => {
    const started = performance.now();
    decodeShare(`v1.${'A'.repeat(5 * 1024 * 1024)}`);
    expect(performance.now() - started).toBeLessThan(100);
    expect(MAX_SHARE_CODE_LENGTH).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a zip bomb: a short code that expands beyond the cap', () => {
    const bomb = codeOf(new Uint8Array(MAX_SHARE_JSON_BYTES + 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CODE_LENGTH);
    const decoded = decodeShare(bomb);
    expect(decoded).toEqual({ ok: false, reason: expect.stringMatching(/too large/) as string });
  });

  it('never throws on arbitrary text, and anything accepted is a valid Draft (property)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^v1\.[A-Za-z0-9_-]{0,200}$/),
      fc.jsonValue().map((value) => codeOf(JSON.stringify(value))),
    );
    fc.assert(
      fc.property(text, (code) => {
        const decoded = decodeShare(code);
        if (decoded.ok)
          expect(restoreDraft(decoded.draft)).toEqual({ ok: true, draft: decoded.draft });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on damaged real links: cut, extended or with one character changed (property)', () => {
    const damaged = fc.oneof(
      fc.nat(good.length).map((end) => good.slice(0, end)),
      fc.string({ maxLength: 20 }).map((tail) => good + tail),
      fc
        .tuple(fc.integer({ min: 3, max: good.length - 1 }), fc.constantFrom(...'AZaz09-_'))
        .map(([at, char]) => good.slice(0, at) + char + good.slice(at + 1)),
    );
    fc.assert(
      fc.property(damaged, (code) => {
        const decoded = decodeShare(code);
        if (decoded.ok) expect(restoreDraft(decoded.draft).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
