import { createContext } from 'react';

import { useSchemaStore } from './schemaStore';
import { useValidatorStore } from './validatorStore';
import { useYamlWriterStore } from './yamlWriterStore';

/** The lazily loaded parts that turn a Draft into output: YAML writer, validator, schema checks. */
export interface Outputs {
  schema: ReturnType<typeof useSchemaStore.getState>;
  validator: ReturnType<typeof useValidatorStore.getState>;
  writer: ReturnType<typeof useYamlWriterStore.getState>;
}

/** Whether two snapshots hold the same states. */
export function sameOutputs(a: Outputs, b: Outputs): boolean {
  return a.schema === b.schema && a.validator === b.validator && a.writer === b.writer;
}

let lastOutputs: Outputs | undefined;

/** Their current states: the same object while none of them changed (a stable snapshot). */
export function currentOutputs(): Outputs {
  const next = {
    schema: useSchemaStore.getState(),
    validator: useValidatorStore.getState(),
    writer: useYamlWriterStore.getState(),
  };
  if (lastOutputs && sameOutputs(lastOutputs, next)) return lastOutputs;
  lastOutputs = next;
  return next;
}

/**
 * The outputs as React state (see `OutputsProvider`): their arrival re-renders the preview and
 * the findings as a transition, in slices. Read straight from the stores, a change would re-render
 * them in one blocking pass, as every external-store update does.
 */
export const OutputsContext = createContext<Outputs | null>(null);

/** Subscribes to every output store; returns the unsubscribe. */
export function subscribeOutputs(listener: () => void): () => void {
  const unsubscribes = [
    useSchemaStore.subscribe(listener),
    useValidatorStore.subscribe(listener),
    useYamlWriterStore.subscribe(listener),
  ];
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

let loadOutputs: (() => void) | undefined;
let outputsWanted = false;

/**
 * How the app loads the outputs (src/main.tsx), called once something shows them: a phone's form
 * below the preset gallery shows nothing computed until it is scrolled near, so until then the
 * YAML writer and the checkers are neither fetched nor run.
 */
export function onOutputsWanted(load: () => void): void {
  loadOutputs = load;
  if (outputsWanted) load();
}

/** Something shows the YAML or findings (see `useDerived`): the outputs load, once. */
export function wantOutputs(): void {
  if (outputsWanted) return;
  outputsWanted = true;
  loadOutputs?.();
}
