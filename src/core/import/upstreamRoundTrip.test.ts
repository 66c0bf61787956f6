import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';

import { importManifests } from './importManifests';

const UPSTREAM = join(process.cwd(), '..', 'shared', 'upstream-manifests');
const files = readdirSync(UPSTREAM).filter((name) => /\.ya?ml$/.test(name));

describe('import then write of the upstream HostProcess manifests', () => {
  it('has the manifests to read', () => {
    expect(files).toEqual(
      expect.arrayContaining(['04-sigwt-flannel-overlay.yml', '07-calico-windows-vxlan.yaml']),
    );
  });

  it.each(files)('%s comes back as the same objects (key order aside), with no notes', (name) => {
    const text = readFileSync(join(UPSTREAM, name), 'utf8');
    const result = importManifests(text);
    if (!result.ok) throw new Error(result.reason);
    const written = loadAll(toYaml(toManifests(result.draft)));
    expect(written).toStrictEqual(loadAll(text).filter((doc) => doc !== null));
    expect(result.notes.filter((note) => note.ruleId === 'import-normalised')).toStrictEqual([]);
  });
});
