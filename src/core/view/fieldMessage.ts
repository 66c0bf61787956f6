import type { Finding } from '@/core/validation/types';

/** What a field says under it, and in which colour; no text leaves room for its help. */
export interface FieldMessage {
  tone: 'error' | 'warning' | 'plain';
  text?: string;
}

/** The finding a field shows: the first error, else the first other finding. */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error') ?? findings[0];
}

/**
 * A field's message from its findings and what the form sees itself: its own error (seen before
 * the validator's), else its leading finding, else its own warning.
 */
export function fieldMessage(
  findings: readonly Finding[],
  own: { error?: string; warning?: string } = {},
): FieldMessage {
  if (own.error !== undefined) return { tone: 'error', text: own.error };
  const finding = leadingFinding(findings);
  if (finding) {
    const tone = finding.severity === 'info' ? 'plain' : finding.severity;
    return { tone, text: finding.message };
  }
  return own.warning === undefined ? { tone: 'plain' } : { tone: 'warning', text: own.warning };
}
