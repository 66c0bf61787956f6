import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { PRESETS } from '@/core/presets/index';

import { checkSchema } from './checkSchema';

function yamlFiles(relativeDir: string): Array<[string, string]> {
  const dir = fileURLToPath(new URL(relativeDir, import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => [file, readFileSync(dir + file, 'utf8')]);
}

describe('no schema finding on what we ship or hold as real-world examples', () => {
  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (_id, preset) => {
    expect(toManifests(preset.draft).flatMap((object) => checkSchema(object))).toEqual([]);
  });

  const realManifests = [
    ...yamlFiles('../validation/fixtures/'),
    ...yamlFiles('../validation/fixtures/real/'),
  ];

  it('has real-world manifests to check', () => {
    expect(realManifests.length).toBeGreaterThanOrEqual(10);
  });

  // Copied unchanged from sig-windows-tools: its stray `item:` under a configMap volume is an
  // unknown field, which kubectl 1.27+ (strict field validation by default) refuses.
  const KNOWN_TYPO = 'sig-windows-tools-calico-kube-proxy.yaml';

  it.each(realManifests.filter(([file]) => file !== KNOWN_TYPO))(
    'real-world manifest %s',
    (_file, text) => {
      const documents = loadAll(text).filter((document) => document !== null);
      expect(documents.length).toBeGreaterThan(0);
      expect(documents.flatMap((document) => checkSchema(document))).toEqual([]);
    },
  );

  it('catches the stray key of the real calico kube-proxy manifest, and only that', () => {
    const [, text] = realManifests.find(([file]) => file === KNOWN_TYPO) ?? ['', ''];
    const findings = loadAll(text).flatMap((document) => checkSchema(document));
    expect(findings).toMatchObject([
      {
        ruleId: 'schema-unknown-field',
        path: 'spec.template.spec.volumes[0].configMap.item',
        fix: { from: 'item', to: 'items' },
      },
    ]);
  });
});
