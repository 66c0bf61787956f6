import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

/** How bad a finding is: error = rejected or cannot run; warning = risky; info = advice. */
export type Severity = 'error' | 'warning' | 'info';

/** A field path as the API server prints it, relative to the object: `spec.containers[0].image`. */
export type FieldPath = string;

/**
 * Where the problem bites: `kubectl apply` fails (api-server); Pod Security Admission refuses
 * unless the namespace is privileged (admission); the Windows node cannot run it as meant (node);
 * documented advice (guidance).
 */
export type Stage = 'api-server' | 'admission' | 'node' | 'guidance';

/** One problem, pointing at one field. */
export interface Finding {
  /** Stable kebab-case id: the key for tests, UI and future translations. */
  ruleId: string;
  severity: Severity;
  stage: Stage;
  path: FieldPath;
  message: string;
  docUrl: string;
  /** Offered when exactly one safe repair exists (see `src/core/fixes`). */
  fix?: FindingFix;
  /** Index of the YAML document the finding belongs to, when validating a stream. */
  documentIndex?: number;
}

/** A pod spec with its metadata, as found in a Pod or a controller's template. */
export interface PodTemplate {
  metadata: ObjectMeta;
  spec: PodSpec;
}

/** Which cluster the manifest is meant for: some findings depend on it. */
export interface Target {
  /** Kubernetes minor version, e.g. "1.35". */
  kubernetesVersion: string;
  /** containerd on the Windows nodes: 1.6 reaches volume mounts differently from 1.7+. */
  containerd: '1.6' | '1.7+';
  /** Windows Server of the nodes: it decides which image builds pull and whether bind mounts work. */
  windows: '2019' | '2022' | '2025';
}

/** Latest Kubernetes, containerd 1.7+ and Windows Server 2022. */
export const DEFAULT_TARGET: Target = {
  kubernetesVersion: '1.35',
  containerd: '1.7+',
  windows: '2022',
};

/** A validation rule: a small pure object with a documentation link and a field path. */
export interface Rule {
  id: string;
  severity: Severity;
  stage: Stage;
  docUrl: string;
  /** Ids of the Windows facts (src/core/model/windows*.ts) the rule's messages rest on. */
  facts?: readonly string[];
  /** One hit per offending field; [] when fine. Pure: no I/O, no clock. */
  check: (
    pod: PodTemplate,
    target: Target,
    context?: RuleContext,
  ) => Array<Pick<Finding, 'path' | 'message'>>;
}

/** What a rule may need to know about the object around the pod template. */
export interface RuleContext {
  /** The enclosing object's kind: `Pod`, `DaemonSet`, `CronJob`, … */
  kind: string;
  /** True when the object is a Pod (some API checks run only on create of a Pod). */
  isPod: boolean;
  /** True for a controller's `spec.template` (its metadata.name is not validated). */
  isTemplate: boolean;
}

/**
 * A one-click repair, as data: rename a key, set a value or remove a field. Paths are field paths
 * relative to the object, as findings print them (`spec.containers[0].securityContext`, map keys in
 * brackets: `spec.nodeSelector[kubernetes.io/os]`). `label` says what it does ("Set hostNetwork:
 * true"). The UI, the YAML editor and `lint --fix` apply it with `applyFix`.
 */
export type FindingFix =
  | {
      kind: 'rename-key';
      label: string;
      /** Path of the object holding the key. */
      parentPath: FieldPath;
      from: string;
      to: string;
    }
  | { kind: 'set'; label: string; path: FieldPath; value: unknown }
  | { kind: 'remove'; label: string; path: FieldPath };
