import type { Severity, Stage } from './types';

/** The stage in words, for people: where the problem bites. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  'api-server': 'Kubernetes will reject this',
  admission: 'Needs a privileged namespace',
  node: "Won't start on the node",
  guidance: 'Advice',
};

/** Severity rank for sorting: errors first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
