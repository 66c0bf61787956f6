/**
 * A small, exact parser for Kubernetes resource quantities (apimachinery `resource/quantity.go`):
 *
 *   <quantity> ::= <signedNumber><suffix>
 *   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei | n | u | m | "" | k | M | G | T | P | E | (e|E)<signedNumber>
 *
 * Values are kept as exact rationals (BigInt), so `1Gi` vs `1073741824` or `0.5` vs `500m` compare exactly.
 */

/** An exact quantity: `numerator / denominator`, denominator > 0. */
export interface Quantity {
  numerator: bigint;
  denominator: bigint;
}

/** Result of parsing: a quantity, or Kubernetes' own decode error text. */
export type QuantityParseResult = { ok: true; quantity: Quantity } | { ok: false; error: string };

/** `ErrFormatWrong`: what the API server says for a malformed quantity string. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** `ErrSuffix`: the number parsed but the suffix is unknown. */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const BINARY_SUFFIXES: Readonly<Record<string, number>> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

// Beyond this the value is absurd for a pod and BigInt powers would get slow.
const MAX_EXPONENT = 1000;

const numberPart = /^([+-]?)(\d*)(?:\.(\d*))?/;

/** Parses a quantity as written in YAML (a string, or a plain number). */
export function parseQuantity(input: unknown): QuantityParseResult {
  let text: string;
  if (typeof input === 'number' && Number.isFinite(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return { ok: false, error: QUANTITY_FORMAT_ERROR };
  }
  if (text.length === 0) return { ok: false, error: QUANTITY_FORMAT_ERROR };

  const match = numberPart.exec(text);
  const sign = match?.[1] ?? '';
  const whole = match?.[2] ?? '';
  const fraction = match?.[3] ?? '';
  if (!match || (whole.length === 0 && fraction.length === 0)) {
    return { ok: false, error: QUANTITY_FORMAT_ERROR };
  }
  const suffix = text.slice(match[0].length);
  if (!/^[eEinumkKMGTP]*[-+]?\d*$/.test(suffix)) return { ok: false, error: QUANTITY_FORMAT_ERROR };

  let exponent10 = -fraction.length;
  let exponent2 = 0;
  if (suffix in BINARY_SUFFIXES) {
    exponent2 = BINARY_SUFFIXES[suffix] ?? 0;
  } else if (suffix in DECIMAL_SUFFIXES) {
    exponent10 += DECIMAL_SUFFIXES[suffix] ?? 0;
  } else {
    const exponentMatch = /^[eE]([-+]?\d+)$/.exec(suffix);
    if (!exponentMatch?.[1]) return { ok: false, error: QUANTITY_SUFFIX_ERROR };
    const exponent = Number(exponentMatch[1]);
    if (Math.abs(exponent) > MAX_EXPONENT) return { ok: false, error: QUANTITY_SUFFIX_ERROR };
    exponent10 += exponent;
  }

  let numerator = BigInt(`${whole}${fraction}` || '0');
  if (sign === '-') numerator = -numerator;
  numerator *= 2n ** BigInt(exponent2);
  let denominator = 1n;
  if (exponent10 >= 0) numerator *= 10n ** BigInt(exponent10);
  else denominator = 10n ** BigInt(-exponent10);
  return { ok: true, quantity: { numerator, denominator } };
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** True when the quantity is a whole number (extended resources must be). */
export function isWholeQuantity(quantity: Quantity): boolean {
  return quantity.numerator % quantity.denominator === 0n;
}

/** True for a negative quantity. */
export function isNegativeQuantity(quantity: Quantity): boolean {
  return quantity.numerator < 0n;
}
