import { describe, expect, it } from 'vitest';

import { importManifests } from '@/core/import/importManifests';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { restoreDraft } from '@/core/model/restoreDraft';
import { toBuiltInAccount } from '@/core/model/windows';
import { validate } from '@/core/validation/validate';

import { PRESETS, findPreset } from './index';

describe.each(PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (id, preset) => {
  const manifests = toManifests(preset.draft);
  const yaml = toYaml(manifests);

  it('matches its YAML snapshot', async () => {
    await expect(yaml).toMatchFileSnapshot(`__snapshots__/${id}.yaml`);
  });

  it('has zero error findings', () => {
    const errors = validate(manifests).findings.filter((f) => f.severity === 'error');
    expect(errors).toStrictEqual([]);
  });

  it('passes restoreDraft unchanged and imports back to itself', () => {
    expect(restoreDraft(JSON.parse(JSON.stringify(preset.draft)))).toStrictEqual({
      ok: true,
      draft: preset.draft,
    });
    const result = importManifests(yaml);
    expect(result.ok && result.draft).toStrictEqual(preset.draft);
  });

  it('has a title, a summary that explains its account, and an https doc link', () => {
    expect(preset.title).not.toBe('');
    expect(preset.docUrl).toMatch(/^https:\/\//);
    const account = preset.draft.user.runAsUserName ?? '';
    const named = toBuiltInAccount(account)?.title ?? 'group';
    expect(preset.summary).toMatch(new RegExp(named, 'i'));
    expect(findPreset(id)).toBe(preset);
  });
});

it('has unique ids', () => {
  expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
});
