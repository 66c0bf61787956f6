import { toWorkload } from '@/core/manifest/toManifests';
import type { Draft, Extra } from '@/core/model/draft';

import { deepEqual, isRecord, setOwn } from './jsonValue';

/** Keys compared one level deeper (everything else that would be written differently is kept). */
const SKIP = {
  object: ['metadata', 'spec', 'kind'],
  spec: ['template'],
  podSpec: ['securityContext', 'containers', 'initContainers'],
  podSecurityContext: ['windowsOptions'],
  windowsOptions: [],
  container: ['securityContext'],
  none: [],
} as const;

function keepDifferences(
  original: unknown,
  emitted: unknown,
  kept: Extra,
  skip: readonly string[],
): void {
  if (!isRecord(original) || !isRecord(emitted)) return;
  for (const [key, value] of Object.entries(original)) {
    if (skip.includes(key) || deepEqual(value, emitted[key])) continue;
    setOwn(kept, key, value);
  }
}

function record(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/**
 * Makes the import lossless: every source field the Draft would not write back identically is
 * copied into `kept`/`extra` at its level (kept values win when the YAML is written). What still
 * differs afterwards is a field the builder writes that the source left out (see
 * describeNormalisations); the import adds none on purpose.
 */
export function reconcile(draft: Draft, source: Record<string, unknown>): Draft {
  const emitted = toWorkload(draft) as Record<string, unknown>;
  const { kept } = draft;
  keepDifferences(source, emitted, kept.object, SKIP.object);
  keepDifferences(source.metadata, emitted.metadata, kept.metadata, SKIP.none);
  let sourcePod = source.spec;
  let emittedPod = emitted.spec;
  if (draft.workload.kind !== 'Pod') {
    keepDifferences(source.spec, emitted.spec, kept.spec, SKIP.spec);
    const sourceTemplate = record(source.spec, 'template');
    const emittedTemplate = record(emitted.spec, 'template');
    keepDifferences(
      record(sourceTemplate, 'metadata'),
      record(emittedTemplate, 'metadata'),
      kept.templateMetadata,
      SKIP.none,
    );
    sourcePod = record(sourceTemplate, 'spec');
    emittedPod = record(emittedTemplate, 'spec');
  }
  keepDifferences(sourcePod, emittedPod, kept.podSpec, SKIP.podSpec);
  const sourceContext = record(sourcePod, 'securityContext');
  const emittedContext = record(emittedPod, 'securityContext');
  keepDifferences(sourceContext, emittedContext, kept.podSecurityContext, SKIP.podSecurityContext);
  keepDifferences(
    record(sourceContext, 'windowsOptions'),
    record(emittedContext, 'windowsOptions'),
    kept.windowsOptions,
    SKIP.windowsOptions,
  );
  for (const list of ['containers', 'initContainers'] as const) {
    const sourceList = record(sourcePod, list);
    const emittedList = record(emittedPod, list);
    if (!Array.isArray(sourceList) || !Array.isArray(emittedList)) continue;
    draft[list].forEach((container, i) => {
      keepDifferences(sourceList[i], emittedList[i], container.extra, SKIP.container);
    });
  }
  return draft;
}
