import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { createDraft } from '@/core/model/draft';
import type { WorkloadKind } from '@/core/model/draft';

import { checkSchema } from './checkSchema';

const fixturesDir = fileURLToPath(new URL('../import/fixtures/', import.meta.url));
const fixtures = readdirSync(fixturesDir).filter((f) => f.endsWith('.yaml'));

describe('no schema finding on real-world manifests', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s', (file) => {
    const documents = loadAll(readFileSync(fixturesDir + file, 'utf8'));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(checkSchema(document)).toEqual([]);
  });
});

describe('no schema finding on what the builder writes', () => {
  it.each<WorkloadKind>(['Pod', 'DaemonSet', 'Deployment', 'Job'])('%s', (kind) => {
    const draft = createDraft();
    draft.workload = { ...draft.workload, kind, emitNamespace: true, maxUnavailable: '1' };
    const manifests = toManifests(draft);
    expect(manifests.map((m) => m.kind)).toContain(kind);
    for (const manifest of manifests) expect(checkSchema(manifest)).toEqual([]);
  });
});
