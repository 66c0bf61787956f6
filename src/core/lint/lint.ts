import { validateWithFixes } from '@/core/fixes/validateWithFixes';
import { checkSchema } from '@/core/schema/checkSchema';
import { mergeSchemaFindings } from '@/core/validation/mergeSchemaFindings';
import { SEVERITY_RANK } from '@/core/validation/stageLabels';
import { DEFAULT_TARGET, type Finding, type Target } from '@/core/validation/types';
import type { WorkloadValidation } from '@/core/validation/validate';

/** Everything `lint` found in a stream of Kubernetes objects. */
export interface LintResult {
  /** Every finding of every document, errors first, each with its `documentIndex`. */
  findings: Finding[];
  /** The findings of each document, in input order (empty for a document with none). */
  documents: Finding[][];
  /** One entry per workload object: its Pod Security level and the checks that stop a stricter one. */
  workloads: WorkloadValidation[];
}

/**
 * The one place findings are composed: the API server's rules, node and guidance rules
 * (`validate`, each finding with its one safe repair, see `withFixes`) and the Kubernetes schema (`checkSchema`), merged per document. The builder and the
 * CLI both show exactly this. Pure; never throws.
 */
export function lint(objects: readonly unknown[], target: Target = DEFAULT_TARGET): LintResult {
  const { workloads } = validateWithFixes(objects, target);
  const documents = objects.map((object, index) => {
    let schemaFindings: Finding[] = [];
    try {
      schemaFindings = checkSchema(object).map((f) => ({ ...f, documentIndex: index }));
    } catch {
      // The schema check is advisory; the rules' findings still stand.
    }
    const ruleFindings = workloads.find((w) => w.index === index)?.findings ?? [];
    return mergeSchemaFindings(ruleFindings, schemaFindings);
  });
  // Each document's list is sorted by severity; a stable sort keeps document order within one.
  const findings = documents
    .flat()
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { findings, documents, workloads };
}
