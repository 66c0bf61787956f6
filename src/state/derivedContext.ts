import { createContext, useContext } from 'react';
import type { toManifests } from '@/core/manifest/toManifests';
import { findingsIndex, type FindingsIndex } from '@/core/validation/findingsIndex';
import type { Finding } from '@/core/validation/types';
import type { WorkloadValidation } from '@/core/validation/validate';

/** What the preview shows: the manifests and their YAML. */
export interface Output {
  manifests: ReturnType<typeof toManifests>;
  /** Empty until the YAML writer is in (`ready`). */
  yaml: string;
  /** Whether the YAML writer and checker are loaded. */
  ready: boolean;
  /** Set when their code could not be loaded (offline before the offline copy was made). */
  failed: boolean;
}

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

export const OutputContext = createContext<Output | null>(null);
export const ChecksContext = createContext<Checks>(EMPTY_CHECKS);

/** The manifests and their YAML (inside `DerivedProvider`). */
export function useOutput(): Output {
  const output = useContext(OutputContext);
  if (!output) throw new Error('useOutput needs a DerivedProvider above it');
  return output;
}

/** The findings and Pod Security results; empty, not ready, outside `DerivedProvider`. */
export function useChecks(): Checks {
  return useContext(ChecksContext);
}
