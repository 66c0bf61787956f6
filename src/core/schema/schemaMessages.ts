import { QUANTITY_FORMAT_ERROR, parseQuantity } from '@/core/validation/quantity';

import type { TypeCode } from './schemaData';

/** Plain words for what a type code expects: "an integer", "a list", "one of …". */
export function describeExpected(code: TypeCode, enumValues?: readonly string[]): string {
  if (code.startsWith('[')) return 'a list';
  if (code.startsWith('{')) return 'a map of keys to values';
  if (code.startsWith('#')) return `a string, one of ${quoteAll(enumValues ?? [])}`;
  switch (code) {
    case 's':
      return 'a string';
    case 'i':
      return 'an integer';
    case 'b':
      return 'a boolean (true or false)';
    case 'q':
      return 'a quantity (a number, or a string such as "500m" or "128Mi")';
    case 'x':
      return 'an integer or a string';
    case 't':
      return 'a timestamp string';
    default:
      return 'an object (a map of fields)';
  }
}

/** Plain words for what was written instead: `a string ("9182")`, `a list`. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `a string (${JSON.stringify(value)})`;
  if (typeof value === 'number') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return `a boolean (${String(value)})`;
  if (value instanceof Date) return 'a timestamp';
  if (typeof value === 'object') return 'a map';
  return typeof value;
}

/** The wrong-type message, with the likely repair when a quoted or unquoted scalar is to blame. */
export function wrongTypeMessage(
  code: TypeCode,
  value: unknown,
  enumValues?: readonly string[],
): string {
  const base = `expected ${describeExpected(code, enumValues)}, got ${describeValue(value)}`;
  const hint = typeHint(code, value);
  return hint ? `${base}: ${hint}` : base;
}

function typeHint(code: TypeCode, value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((code === 'i' || code === 'x') && /^[+-]?\d+$/.test(trimmed)) {
      return `write ${trimmed} without quotes`;
    }
    if (code === 'b' && /^(true|false)$/i.test(trimmed)) {
      return `write ${trimmed.toLowerCase()} without quotes`;
    }
  }
  if ((code === 's' || code.startsWith('#')) && isScalar(value)) {
    return `quote it: "${String(value)}"`;
  }
  return undefined;
}

function isScalar(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

/** `Unsupported value: "x": supported values: "a", "b"`, as the API server words it. */
export function enumMessage(value: string, allowed: readonly string[]): string {
  return `Unsupported value: ${JSON.stringify(value)}: supported values: ${quoteAll(allowed)}`;
}

/** The API server's quantity error, plus the spellings Kubernetes would take instead. */
export function quantityMessage(text: string): string {
  const options = quantitySuggestions(text);
  const base = `Invalid value: ${JSON.stringify(text)}: ${QUANTITY_FORMAT_ERROR}`;
  if (options.length === 0) {
    return `${base}; use a plain number or a suffix such as m, k, M, G, Ki, Mi, Gi`;
  }
  return `${base}; did you mean ${options.map((o) => JSON.stringify(o)).join(' or ')}?`;
}

/** `10MB` → `10M`, `10Mi`; `512MiB` → `512Mi`; `2 gi` → `2Gi`. Only spellings that parse. */
export function quantitySuggestions(text: string): string[] {
  const match = /^\s*([+-]?[0-9.]+)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!match) return [];
  const number = match[1] ?? '';
  const unit = (match[2] ?? '').replace(/[bB]$/, '');
  const letter = unit.charAt(0);
  const binary = unit.length === 2 && unit.charAt(1).toLowerCase() === 'i';
  const candidates: string[] = [];
  if (binary || unit.length === 1) candidates.push(`${number}${letter.toUpperCase()}i`);
  if (unit.length === 1) {
    candidates.unshift(`${number}${letter === 'K' || letter === 'k' ? 'k' : letter.toUpperCase()}`);
  }
  if (unit.length === 0) candidates.push(number);
  return [...new Set(candidates)].filter((c) => c !== text && parseQuantity(c).ok);
}

function quoteAll(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
