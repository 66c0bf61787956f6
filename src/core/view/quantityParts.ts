import { compareQuantities, parseQuantity } from '@/core/validation/quantity';

/**
 * Kubernetes quantities split into a number and a unit for the form's number + unit picker.
 * https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 */

/** A unit the picker offers: its suffix ('' = plain number) and the label shown. */
export interface QuantityUnit {
  suffix: string;
  label: string;
}

/** CPU: millicores or whole cores. */
export const CPU_UNITS: readonly QuantityUnit[] = [
  { suffix: 'm', label: 'm' },
  { suffix: '', label: 'cores' },
];

/** Memory and storage: binary units first (what people mean by MB on Windows), then decimal. */
export const BYTE_UNITS: readonly QuantityUnit[] = [
  { suffix: 'Ki', label: 'Ki' },
  { suffix: 'Mi', label: 'Mi' },
  { suffix: 'Gi', label: 'Gi' },
  { suffix: 'Ti', label: 'Ti' },
  { suffix: 'k', label: 'k' },
  { suffix: 'M', label: 'M' },
  { suffix: 'G', label: 'G' },
  { suffix: 'T', label: 'T' },
  { suffix: '', label: 'bytes' },
];

/** The units offered for a resource name. */
export function unitsFor(resource: string): readonly QuantityUnit[] {
  return resource === 'cpu' ? CPU_UNITS : BYTE_UNITS;
}

/** A quantity as the picker shows it; `unit` is undefined when the suffix is not offered. */
export interface QuantityParts {
  number: string;
  unit: string;
}

/**
 * `'500m'` → `{ number: '500', unit: 'm' }`. Text that is not a number followed by a known unit
 * (exponents, typos) stays whole in `number` with unit '' so nothing the user typed is lost.
 */
export function toQuantityParts(quantity: string, units: readonly QuantityUnit[]): QuantityParts {
  const match = /^([+-]?[0-9.]*)([A-Za-z]*)$/.exec(quantity.trim());
  if (match && match[1] !== '' && units.some((u) => u.suffix === match[2])) {
    return { number: match[1] ?? '', unit: match[2] ?? '' };
  }
  return { number: quantity, unit: '' };
}

/** The quantity string for a number and a unit; '' when the number is empty (the field unset). */
export function toQuantity(number: string, unit: string): string {
  const trimmed = number.trim();
  return trimmed === '' ? '' : `${trimmed}${unit}`;
}

/**
 * The inline problem of a quantity field, or undefined: a malformed quantity, or a request above
 * its limit (which the API server rejects on `…resources.requests`).
 */
export function quantityProblem(quantity: string, limit?: string): string | undefined {
  if (quantity === '') return undefined;
  const parsed = parseQuantity(quantity);
  if (!parsed.ok) return 'Not a quantity: use a number and a unit, e.g. 500m, 2, 256Mi, 1Gi.';
  if (limit === undefined || limit === '') return undefined;
  const max = parseQuantity(limit);
  if (max.ok && compareQuantities(parsed.quantity, max.quantity) > 0) {
    return `More than the limit (${limit}): the request must be less than or equal to it.`;
  }
  return undefined;
}
