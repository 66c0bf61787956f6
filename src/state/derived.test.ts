import { describe, expect, it, vi } from 'vitest';

import { toYaml } from '@/core/manifest/toYaml';
import { createDraft } from '@/core/model/draft';
import { DEFAULT_TARGET } from '@/core/validation/types';

import { selectDerived } from './derived';
import { useSchemaStore } from './schemaStore';
import { useValidatorStore } from './validatorStore';

describe('selectDerived', () => {
  const schema = useSchemaStore.getState();
  const validator = useValidatorStore.getState();

  it('writes the YAML only when it is read, once per draft', () => {
    const write = vi.fn(toYaml);
    const writer = { status: 'ready' as const, toYaml: write };
    const draft = createDraft();

    const derived = selectDerived(draft, DEFAULT_TARGET, schema, validator, writer);
    expect(derived.manifests.length).toBeGreaterThan(0);
    expect(write).not.toHaveBeenCalled();

    expect(derived.yaml).toContain('kind: Pod');
    expect(derived.yaml).toBe(toYaml(derived.manifests));
    // Read again, and through a new snapshot of the same draft: written once.
    expect(selectDerived(draft, { ...DEFAULT_TARGET }, schema, validator, writer).yaml).toBe(
      derived.yaml,
    );
    expect(write).toHaveBeenCalledTimes(1);

    // Another draft is another YAML.
    const renamed = { ...draft, workload: { ...draft.workload, name: 'renamed' } };
    expect(selectDerived(renamed, DEFAULT_TARGET, schema, validator, writer).yaml).toContain(
      'name: renamed',
    );
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('has no YAML until the writer is in', () => {
    const derived = selectDerived(createDraft(), DEFAULT_TARGET, schema, validator, {
      status: 'loading',
      toYaml: null,
    });
    expect(derived.yaml).toBe('');
    expect(derived.yamlStatus).toBe('loading');
  });
});
