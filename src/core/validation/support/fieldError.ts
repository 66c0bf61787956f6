import { quote } from './read';

/**
 * Kubernetes field-error wording (apimachinery `field/errors.go` ErrorBody), without the path:
 * the path travels separately in the finding. Each helper returns the text `kubectl` shows after
 * `<path>: `, so our messages start with exactly what the API server says.
 */
export const fieldError = {
  /** `Required value` or `Required value: <detail>`; we keep only the detail when there is one. */
  required: (detail = ''): string => detail || 'Required value',
  /** `Invalid value: <v>: <detail>`: the detail carries the meaning, the value is in the YAML. */
  invalid: (detail: string): string => detail,
  /** `Forbidden: <detail>`. */
  forbidden: (detail: string): string => detail,
  /** `Duplicate value: <v>`. */
  duplicate: (value: unknown): string => `Duplicate value: ${formatValue(value)}`,
  /** `Not found: <v>`. */
  notFound: (value: unknown): string => `Not found: ${formatValue(value)}`,
  /** `Unsupported value: <v>: supported values: "a", "b"`. */
  notSupported: (value: unknown, supported: readonly string[]): string =>
    `Unsupported value: ${formatValue(value)}: supported values: ${supported.map((s) => quote(s)).join(', ')}`,
};

function formatValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : quote(value);
}

/** Kubernetes' text first, then our plain-words explanation and fix. */
export function explain(kubernetesText: string, plainWords: string): string {
  const separator = /[.!?]$/.test(kubernetesText) ? ' ' : '. ';
  return `${kubernetesText}${separator}${plainWords}`;
}
