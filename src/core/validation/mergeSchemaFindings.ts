import { SEVERITY_RANK } from './stageLabels';
import type { Finding } from './types';

/**
 * Joins the rule findings of one document with its schema findings. Both flag a malformed
 * quantity; the schema's message is the more helpful, so the rule's duplicate is dropped. The sort
 * is stable: schema errors first among errors, then each list's own order.
 */
export function mergeSchemaFindings(
  ruleFindings: readonly Finding[],
  schemaFindings: readonly Finding[],
): Finding[] {
  if (schemaFindings.length === 0) return [...ruleFindings];
  const schemaPaths = new Set(schemaFindings.map((f) => `${f.documentIndex ?? 0}|${f.path}`));
  const kept = ruleFindings.filter(
    (f) =>
      f.ruleId !== 'resource-quantities' || !schemaPaths.has(`${f.documentIndex ?? 0}|${f.path}`),
  );
  return [...schemaFindings, ...kept].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}
