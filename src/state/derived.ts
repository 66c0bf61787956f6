import type { Draft } from '@/core/model/draft';
import { toManifests } from '@/core/manifest/toManifests';
import { mergeSchemaFindings } from '@/core/validation/mergeSchemaFindings';
import { keepSameFindings } from '@/core/validation/sameFindings';
import type { Finding, Target } from '@/core/validation/types';
import type { ValidationResult } from '@/core/validation/validate';

import { useContext, useEffect, useSyncExternalStore } from 'react';

import { useDraftStore } from './draftStore';
import { currentOutputs, OutputsContext, subscribeOutputs, wantOutputs } from './outputs';
import { useSchemaStore } from './schemaStore';
import { useTargetStore } from './targetStore';
import { useValidatorStore } from './validatorStore';
import { useYamlWriterStore } from './yamlWriterStore';

/** Everything the UI shows that is computed from the Draft. */
export interface Derived {
  manifests: ReturnType<typeof toManifests>;
  /** Empty until the YAML writer is in (`yamlStatus`); written when first read. */
  readonly yaml: string;
  /** Whether the YAML writer is loaded. */
  yamlStatus: YamlWriterState['status'];
  /** Empty until the validator is in (`validatorStatus`). */
  findings: readonly Finding[];
  /** Per-workload results: Pod Security level needed and the checks that stop a stricter one. */
  workloads: ValidationResult['workloads'];
  /** Whether the Kubernetes schema checks are part of `findings` yet. */
  schemaStatus: SchemaStatus;
  /** Whether the validator is loaded: until it is, `findings` and `workloads` are empty. */
  validatorStatus: ValidatorState['status'];
}

type SchemaState = ReturnType<typeof useSchemaStore.getState>;
type SchemaStatus = SchemaState['status'];
type SchemaCheck = SchemaState['check'];
type ValidatorState = ReturnType<typeof useValidatorStore.getState>;
type YamlWriterState = ReturnType<typeof useYamlWriterStore.getState>;

const NO_FINDINGS: readonly Finding[] = [];
const NO_WORKLOADS: ValidationResult['workloads'] = [];

/** Manifests and their YAML; the YAML is written when first read (see `output`). */
interface Output {
  manifests: Derived['manifests'];
  readonly yaml: string;
}

// Two memo levels: the YAML depends on the Draft only; findings also on target and checkers.
let lastOutputInputs: [Draft, YamlWriterState] | undefined;
let lastOutput: Output | undefined;
let lastInputs: [Draft, Target, SchemaState, ValidatorState, YamlWriterState] | undefined;
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
 * The YAML is written only when something reads it: a phone shows it in a tab of its own, and
 * until that tab opens (or the YAML is copied or downloaded) nothing needs it.
 */
function output(draft: Draft, writer: YamlWriterState): Output {
  if (lastOutput && lastOutputInputs?.[0] === draft && lastOutputInputs[1] === writer) {
    return lastOutput;
  }
  const manifests =
    lastOutput && lastOutputInputs?.[0] === draft ? lastOutput.manifests : toManifests(draft);
  let yaml: string | undefined;
  lastOutput = {
    manifests,
    get yaml() {
      yaml ??= writer.toYaml ? writer.toYaml(manifests) : '';
      return yaml;
    },
  };
  lastOutputInputs = [draft, writer];
  return lastOutput;
}

/**
 * Manifests, YAML and findings for a Draft, memoized on the Draft, the target cluster, the
 * schema checker and the validator, so selectors get stable references.
 */
export function selectDerived(
  draft: Draft,
  target: Target = useTargetStore.getState().target,
  schema: SchemaState = useSchemaStore.getState(),
  validator: ValidatorState = useValidatorStore.getState(),
  writer: YamlWriterState = useYamlWriterStore.getState(),
): Derived {
  if (
    lastDerived &&
    lastInputs &&
    lastInputs[0] === draft &&
    lastInputs[1] === target &&
    lastInputs[2] === schema &&
    lastInputs[3] === validator &&
    lastInputs[4] === writer
  ) {
    return lastDerived;
  }
  const written = output(draft, writer);
  const { manifests } = written;
  const validation = validator.validate ? validator.validate(manifests, target) : undefined;
  const validatorFindings = validation?.findings ?? NO_FINDINGS;
  const findings =
    validation && schema.check
      ? withSchemaFindings(manifests, validatorFindings, schema.check)
      : validatorFindings;
  const derived: Derived = {
    manifests,
    get yaml() {
      return written.yaml;
    },
    yamlStatus: writer.status,
    // Most keystrokes change no finding: the list stays the same object.
    findings: keepSameFindings(lastDerived?.findings, findings),
    workloads: validation?.workloads ?? NO_WORKLOADS,
    schemaStatus: schema.status,
    validatorStatus: validator.status,
  };
  lastInputs = [draft, target, schema, validator, writer];
  lastDerived = derived;
  return derived;
}

const subscribeToNothing = () => () => undefined;
const nothing = () => null;

/**
 * Subscribe to one derived value; re-renders when the draft, target or checkers change, and asks
 * for the YAML writer and the checkers to load (`wantOutputs`) if they are not yet. Under an
 * `OutputsProvider` (the app) the checkers come from it, as transitions; elsewhere (unit tests of
 * single components) straight from their stores.
 */
export function useDerived<T>(select: (derived: Derived) => T): T {
  const target = useTargetStore((s) => s.target);
  const provided = useContext(OutputsContext);
  // With a provider this subscribes to nothing, so a store change does not re-render from here.
  const fromStores = useSyncExternalStore(
    provided ? subscribeToNothing : subscribeOutputs,
    provided ? nothing : currentOutputs,
    provided ? nothing : currentOutputs,
  );
  const outputs = provided ?? fromStores ?? currentOutputs();
  useEffect(wantOutputs, []);
  return useDraftStore((s) =>
    select(selectDerived(s.draft, target, outputs.schema, outputs.validator, outputs.writer)),
  );
}
