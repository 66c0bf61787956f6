import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { toManifests } from '@/core/manifest/toManifests';
import { findingsIndex } from '@/core/validation/findingsIndex';
import { sameFindingList } from '@/core/validation/sameFindings';
import type { Finding } from '@/core/validation/types';
import {
  ChecksContext,
  EngineContext,
  NO_FINDINGS,
  type Checks,
  type Engine,
  type EngineState,
} from './derivedContext';
import { useAppStore } from './store';

function loadEngine(): Promise<Engine> {
  return Promise.all([import('@/core/manifest/toYaml'), import('@/core/lint/lint')]).then(
    ([{ toYaml }, { lint }]) => ({ toYaml, lint }),
  );
}

/** `next`, or the list shown before when it holds the same findings (most keystrokes). */
function useKeptFindings(next: readonly Finding[]): readonly Finding[] {
  const [kept, setKept] = useState(next);
  if (kept === next || sameFindingList(kept, next)) return kept;
  setKept(next);
  return next;
}

/**
 * Loads the YAML writer and checker, and computes once per Draft and target the findings
 * (`lint` of the Draft's manifests). The YAML is written where it is shown (`useWrittenYaml`).
 * A keystroke that changes no finding changes no context, so it re-renders only what reads it.
 */
export function DerivedProvider({ children }: { children: ReactNode }) {
  const draft = useAppStore((s) => s.draft);
  const target = useAppStore((s) => s.target);
  const [engine, setEngine] = useState<EngineState>();
  useEffect(() => {
    let live = true;
    loadEngine().then(
      // A transition: the first YAML and checks render in slices, so the page keeps answering.
      (loaded) => live && startTransition(() => setEngine(loaded)),
      () => live && setEngine('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  const ready = typeof engine === 'object';
  const failed = engine === 'failed';
  const linted = useMemo(
    () => (ready ? engine.lint(toManifests(draft), target) : undefined),
    [engine, ready, draft, target],
  );
  const findings = useKeptFindings(linted?.findings ?? NO_FINDINGS);
  // A string is the same while the results are: typing that changes none re-renders no field.
  const podSecurityKey = JSON.stringify(
    linted?.workloads.map(({ podSecurityLevel, failingChecks }) => ({
      podSecurityLevel,
      failingChecks,
    })) ?? [],
  );
  const checks = useMemo<Checks>(
    () => ({
      findings,
      index: findingsIndex(findings),
      podSecurity: JSON.parse(podSecurityKey) as Checks['podSecurity'],
      ready,
      failed,
    }),
    [findings, podSecurityKey, ready, failed],
  );
  return (
    <EngineContext value={engine}>
      <ChecksContext value={checks}>{children}</ChecksContext>
    </EngineContext>
  );
}
