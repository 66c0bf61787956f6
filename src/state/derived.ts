import type { Draft } from '@/core/model/draft';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { mergeSchemaFindings } from '@/core/validation/mergeSchemaFindings';
import type { Finding, Target } from '@/core/validation/types';
import { validate, type ValidationResult } from '@/core/validation/validate';

import { useDraftStore } from './draftStore';
import { useSchemaStore } from './schemaStore';
import { useTargetStore } from './targetStore';

/** Everything the UI shows that is computed from the Draft. */
export interface Derived {
  manifests: ReturnType<typeof toManifests>;
  yaml: string;
  findings: readonly Finding[];
  /** Per-workload results: Pod Security level needed and the checks that stop a stricter one. */
  workloads: ValidationResult['workloads'];
  /** Whether the Kubernetes schema checks are part of `findings` yet. */
  schemaStatus: SchemaStatus;
}

type SchemaStatus = ReturnType<typeof useSchemaStore.getState>['status'];
type SchemaCheck = ReturnType<typeof useSchemaStore.getState>['check'];

let lastInputs: [Draft, Target, SchemaCheck] | undefined;
let lastDerived: Derived | undefined;

function withSchemaFindings(
  manifests: readonly unknown[],
  findings: readonly Finding[],
  check: NonNullable<SchemaCheck>,
): Finding[] {
  const schemaFindings = manifests.flatMap((manifest, documentIndex) =>
    check(manifest).map((finding) => ({ ...finding, documentIndex })),
  );
  return mergeSchemaFindings(findings, schemaFindings);
}

/**
 * Manifests, YAML and findings for a Draft, memoized on the Draft, the target cluster and the
 * schema checker, so selectors get stable references.
 */
export function selectDerived(
  draft: Draft,
  target: Target = useTargetStore.getState().target,
  schema: { status: SchemaStatus; check: SchemaCheck } = useSchemaStore.getState(),
): Derived {
  if (
    lastDerived &&
    lastInputs &&
    lastInputs[0] === draft &&
    lastInputs[1] === target &&
    lastInputs[2] === schema.check
  ) {
    return lastDerived;
  }
  const manifests = toManifests(draft);
  const validation = validate(manifests, target);
  const derived: Derived = {
    manifests,
    yaml: toYaml(manifests),
    findings: schema.check
      ? withSchemaFindings(manifests, validation.findings, schema.check)
      : validation.findings,
    workloads: validation.workloads,
    schemaStatus: schema.status,
  };
  lastInputs = [draft, target, schema.check];
  lastDerived = derived;
  return derived;
}

/** Subscribe to one derived value; re-renders when the draft, target or schema changes. */
export function useDerived<T>(select: (derived: Derived) => T): T {
  const target = useTargetStore((s) => s.target);
  const schema = useSchemaStore();
  return useDraftStore((s) => select(selectDerived(s.draft, target, schema)));
}
