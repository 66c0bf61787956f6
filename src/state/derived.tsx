import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { lint } from '@/core/lint/lint';
import { toManifests } from '@/core/manifest/toManifests';
import type { toYaml } from '@/core/manifest/toYaml';
import { findingsIndex } from '@/core/validation/findingsIndex';
import { sameFindingList } from '@/core/validation/sameFindings';
import type { Finding } from '@/core/validation/types';
import {
  ChecksContext,
  NO_FINDINGS,
  OutputContext,
  type Checks,
  type Output,
} from './derivedContext';
import { useAppStore } from './store';

/** The YAML writer and the checker: loaded after the first render, so the first screen stays light. */
interface Engine {
  toYaml: typeof toYaml;
  lint: typeof lint;
}

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
 * Computes, once per Draft and target, everything shown that follows from them: manifests, their
 * YAML, and the findings (`lint`). Findings are their own context, so a keystroke that changes no
 * finding re-renders only the preview.
 */
export function DerivedProvider({ children }: { children: ReactNode }) {
  const draft = useAppStore((s) => s.draft);
  const [engine, setEngine] = useState<Engine | 'failed'>();
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
  const manifests = useMemo(() => toManifests(draft), [draft]);
  const yaml = useMemo(() => (ready ? engine.toYaml(manifests) : ''), [engine, ready, manifests]);
  const output = useMemo<Output>(
    () => ({ manifests, yaml, ready, failed }),
    [manifests, yaml, ready, failed],
  );
  return (
    <OutputContext value={output}>
      <ChecksProvider engine={engine} manifests={manifests}>
        {children}
      </ChecksProvider>
    </OutputContext>
  );
}

/**
 * The findings, computed in a component of their own: the first render after start is a
 * transition, and React can yield between the YAML and the checks (two shorter tasks).
 */
function ChecksProvider({
  engine,
  manifests,
  children,
}: {
  engine: Engine | 'failed' | undefined;
  manifests: Output['manifests'];
  children: ReactNode;
}) {
  const target = useAppStore((s) => s.target);
  const ready = typeof engine === 'object';
  const failed = engine === 'failed';
  const linted = useMemo(
    () => (ready ? engine.lint(manifests, target) : undefined),
    [engine, ready, manifests, target],
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
  return <ChecksContext value={checks}>{children}</ChecksContext>;
}
