import { applyPodDefaults, applyV1Defaults } from './applyV1Defaults';
import { comparePositions, documentPosition } from './documentOrder';
import { findPodTemplates } from './findPodTemplates';
import { podSecurityLevel, type FailingCheck, type PodSecurityLevel } from './podSecurityLevel';
import { METADATA_RULES, POD_SPEC_RULES } from './rules/index';
import { SEVERITY_RANK } from './stageLabels';
import { isRecord } from './support/read';
import {
  DEFAULT_TARGET,
  type Finding,
  type PodTemplate,
  type Rule,
  type RuleContext,
  type Target,
} from './types';

/** The validation of one workload object (a Pod or a controller with a pod template). */
export interface WorkloadValidation {
  /** Index of the object in the input stream (YAML document index). */
  index: number;
  kind: string;
  /** `metadata.name`, else `metadata.generateName`, else `''`. */
  name: string;
  /** The most restrictive Pod Security level that admits the pod. */
  podSecurityLevel: PodSecurityLevel;
  /** PSA checks of the next stricter level that fail. */
  failingChecks: FailingCheck[];
  /** Findings with paths relative to the object (e.g. `spec.template.spec.hostNetwork`). */
  findings: Finding[];
}

/** Everything `validate` found. */
export interface ValidationResult {
  /** One entry per workload object, in input order; other kinds (ConfigMap, …) are skipped. */
  workloads: WorkloadValidation[];
  /** All findings of all workloads: errors first, then warnings, then info; each in document order. */
  findings: Finding[];
}

const POD_CONTEXT: RuleContext = { kind: 'Pod', isPod: true, isTemplate: false };
const ALL_RULES: readonly Rule[] = [...METADATA_RULES, ...POD_SPEC_RULES];

/**
 * The two views of a pod template: as submitted (what the API server validates: a controller's
 * template gets no Pod-only defaults) and as created (what admission and the node see: the pod
 * with `SetDefaults_Pod` applied). For a Pod they are the same object.
 */
interface Views {
  submitted: PodTemplate;
  created: PodTemplate;
}

function viewsOf(template: unknown, isPod: boolean): Views {
  const submitted = applyV1Defaults(template, { pod: isPod });
  return { submitted, created: isPod ? submitted : applyPodDefaults(submitted) };
}

function runRules(
  rules: readonly Rule[],
  views: Views,
  target: Target,
  context: RuleContext,
  prefix: string,
  out: Finding[],
): void {
  for (const rule of rules) {
    let hits: ReturnType<Rule['check']>;
    try {
      hits = rule.check(
        rule.stage === 'api-server' ? views.submitted : views.created,
        target,
        context,
      );
    } catch {
      // A rule tripping over a shape nobody foresaw must not take the others down; the schema
      // check reports wrong types.
      continue;
    }
    for (const hit of hits) {
      out.push({
        ruleId: rule.id,
        severity: rule.severity,
        stage: rule.stage,
        path: `${prefix}${hit.path}`,
        message: hit.message,
        docUrl: rule.docUrl,
      });
    }
  }
}

/**
 * Validates one pod template (`{ metadata, spec }`) as a Pod, or with the given context. Paths are
 * relative to the template. Never throws.
 */
export function validatePodTemplate(
  template: unknown,
  target: Target = DEFAULT_TARGET,
  context: RuleContext = POD_CONTEXT,
): Finding[] {
  const findings: Finding[] = [];
  try {
    runRules(ALL_RULES, viewsOf(template, context.isPod), target, context, '', findings);
    return sortFindings(findings, template);
  } catch {
    return findings;
  }
}

function validateObject(
  object: unknown,
  index: number,
  target: Target,
): WorkloadValidation | undefined {
  const [found] = findPodTemplates(object);
  if (!found || !isRecord(object)) return undefined;
  const kind = String(object.kind);
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name =
    typeof metadata.name === 'string'
      ? metadata.name
      : typeof metadata.generateName === 'string'
        ? metadata.generateName
        : '';
  const isPod = kind === 'Pod';
  const views = viewsOf(found.template, isPod);
  const findings: Finding[] = [];
  if (isPod) {
    runRules(ALL_RULES, views, target, POD_CONTEXT, '', findings);
  } else {
    const own = { metadata, spec: {} } as unknown as PodTemplate;
    runRules(
      METADATA_RULES,
      { submitted: own, created: own },
      target,
      { kind, isPod: false, isTemplate: false },
      '',
      findings,
    );
    const templateContext: RuleContext = { kind, isPod: false, isTemplate: true };
    runRules(ALL_RULES, views, target, templateContext, found.prefix, findings);
  }
  for (const finding of findings) finding.documentIndex = index;
  const security = podSecurityLevel(views.created);
  return {
    index,
    kind,
    name,
    podSecurityLevel: security.level,
    failingChecks: security.failing,
    findings: sortFindings(findings, object),
  };
}

/**
 * Errors first, then warnings, then info; within a severity, field order in `source` (the YAML's
 * order). Each finding's position is computed once.
 */
function sortFindings(findings: Finding[], source: unknown): Finding[] {
  return findings
    .map((finding, order) => ({
      finding,
      order,
      position: documentPosition(source, finding.path),
    }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        comparePositions(a.position, b.position) ||
        a.order - b.order,
    )
    .map(({ finding }) => finding);
}

/**
 * Validates Kubernetes objects (one, or a multi-document stream as an array) as the API server,
 * Pod Security Admission, a Windows node and the HostProcess docs would. Objects without a pod
 * template are skipped. Never throws, whatever the input.
 */
export function validate(objects: unknown, target: Target = DEFAULT_TARGET): ValidationResult {
  const documents: readonly unknown[] = Array.isArray(objects) ? objects : [objects];
  const workloads: WorkloadValidation[] = [];
  documents.forEach((document, index) => {
    try {
      const workload = validateObject(document, index, target);
      if (workload) workloads.push(workload);
    } catch {
      // validateObject guards each rule; this only catches pathological input (e.g. a getter).
    }
  });
  // Each workload's findings are already in document order within a severity, and workloads come
  // in stream order: a stable sort on severity alone keeps both.
  const findings = workloads
    .flatMap((workload) => workload.findings)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { workloads, findings };
}
