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

// Manifests repeat the same few quantities ("100m", "64Mi"); BigInt arithmetic is not free.
const parsedByText = new Map<string, QuantityParseResult>();
const MAX_CACHED = 512;

/** Parses a quantity as written in YAML (a string, or a plain number). Results are shared: read-only. */
export function parseQuantity(input: unknown): QuantityParseResult {
  if (typeof input !== 'string') return parseUncached(input);
  let result = parsedByText.get(input);
  if (result === undefined) {
    result = parseUncached(input);
    if (parsedByText.size >= MAX_CACHED) parsedByText.clear();
    parsedByText.set(input, result);
  }
  return result;
}

function parseUncached(input: unknown): QuantityParseResult {
  let text: string;
  if (input === null) {
    // JSON null decodes to the zero quantity.
    return { ok: true, quantity: { numerator: 0n, denominator: 1n } };
  } else if (typeof input === 'number' && Number.isFinite(input)) {
    text = String(input);
  } else if (typeof input === 'string') {
    // Quantity.UnmarshalJSON trims surrounding whitespace before parsing.
    text = input.trim();
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

const DECIMAL_SI_SUFFIX: Readonly<Record<number, string>> = {
  [-3]: 'm',
  0: '',
  3: 'k',
  6: 'M',
  9: 'G',
  12: 'T',
  15: 'P',
  18: 'E',
};
const BINARY_SI_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'] as const;

/** Ceiling of a rational at milli scale, as thousandths (`SetDefaults_ResourceList` rounds up). */
function ceilMilli({ numerator, denominator }: Quantity): bigint {
  const scaled = numerator * 1000n;
  const quotient = scaled / denominator;
  return scaled % denominator > 0n ? quotient + 1n : quotient;
}

/**
 * The text Kubernetes prints for a quantity (`Quantity.String()` after the v1 default rounds it up
 * to milli precision): `0.5` → `500m`, `1024Mi` → `1Gi`, `2000` → `2k`, `1e3` → `1e3`. Undefined
 * when the input does not parse.
 */
export function canonicalQuantity(input: unknown): string | undefined {
  const parsed = parseQuantity(input);
  if (!parsed.ok) return undefined;
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input : '';
  const suffix = text.trim().replace(/^[+-]?[\d.]*/, '');
  const format =
    suffix in BINARY_SUFFIXES ? 'binary' : /^[eE][-+]?\d+$/.test(suffix) ? 'exponent' : 'decimal';
  const milli = ceilMilli(parsed.quantity);
  if (milli === 0n) return '0';
  const sign = milli < 0n ? '-' : '';
  const magnitude = milli < 0n ? -milli : milli;
  // BinarySI is kept only for whole values of at least 1024; anything else prints as DecimalSI.
  if (format === 'binary' && magnitude >= 1024_000n && magnitude % 1000n === 0n) {
    let mantissa = magnitude / 1000n;
    let power = 0;
    while (mantissa % 1024n === 0n && power < BINARY_SI_SUFFIX.length - 1) {
      mantissa /= 1024n;
      power += 1;
    }
    return `${sign}${mantissa}${BINARY_SI_SUFFIX[power] ?? ''}`;
  }
  let mantissa = magnitude;
  let exponent = -3;
  while (mantissa % 1000n === 0n) {
    mantissa /= 1000n;
    exponent += 3;
  }
  if (format === 'exponent') return `${sign}${mantissa}${exponent === 0 ? '' : `e${exponent}`}`;
  const si = DECIMAL_SI_SUFFIX[exponent];
  return si === undefined ? `${sign}${mantissa}e${exponent}` : `${sign}${mantissa}${si}`;
}
