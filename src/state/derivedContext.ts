import { createContext, useContext, useMemo } from 'react';
import type { lint } from '@/core/lint/lint';
import { toManifests } from '@/core/manifest/toManifests';
import type { toYaml } from '@/core/manifest/toYaml';
import type { Draft } from '@/core/model/draft';
import { findingsIndex, type FindingsIndex } from '@/core/validation/findingsIndex';
import type { Finding } from '@/core/validation/types';
import type { WorkloadValidation } from '@/core/validation/validate';
import { useAppStore } from './store';

/** The YAML writer and the checker: loaded after the first render, so the first screen stays light. */
export interface Engine {
  toYaml: typeof toYaml;
  lint: typeof lint;
}

/** The engine once loaded; 'failed' when its code could not be loaded; undefined until then. */
export type EngineState = Engine | 'failed' | undefined;

/** What the findings panel and the form show; the same object while no finding changed. */
export interface Checks {
  findings: readonly Finding[];
  /** The same findings by path (see `findingsIndex`). */
  index: FindingsIndex;
  /** Per workload: the Pod Security level it needs and the checks that stop a stricter one. */
  podSecurity: ReadonlyArray<Pick<WorkloadValidation, 'podSecurityLevel' | 'failingChecks'>>;
  ready: boolean;
  failed: boolean;
}

export const NO_FINDINGS: readonly Finding[] = [];
const EMPTY_CHECKS: Checks = {
  findings: NO_FINDINGS,
  index: findingsIndex(NO_FINDINGS),
  podSecurity: [],
  ready: false,
  failed: false,
};

export const EngineContext = createContext<EngineState>(undefined);
export const ChecksContext = createContext<Checks>(EMPTY_CHECKS);

/** The YAML writer and checker (inside `DerivedProvider`); undefined while they load. */
export function useEngine(): EngineState {
  return useContext(EngineContext);
}

/** The findings and Pod Security results; empty, not ready, outside `DerivedProvider`. */
export function useChecks(): Checks {
  return useContext(ChecksContext);
}

/** The YAML written from `draft`; empty until the writer is in. */
export function writeYaml(engine: EngineState, draft: Draft): string {
  return typeof engine === 'object' ? engine.toYaml(toManifests(draft)) : '';
}

/**
 * The YAML written from the Draft, computed where it is shown rather than passed down a context:
 * a context that changes on every keystroke makes React search the whole form for its readers.
 * While `unused` (the editor shows the user's own text) it is not written at all.
 */
export function useWrittenYaml(unused = false): string {
  const engine = useEngine();
  const draft = useAppStore((s) => s.draft);
  return useMemo(() => (unused ? '' : writeYaml(engine, draft)), [engine, draft, unused]);
}
