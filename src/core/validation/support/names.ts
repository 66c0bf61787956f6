/**
 * Name syntax checks with apimachinery's exact messages (`pkg/util/validation/validation.go`).
 * Each function returns the list of detail texts; [] means valid.
 */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;

const labelRe = new RegExp(`^${DNS1123_LABEL}$`);
const subdomainRe = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const qualifiedNameRe = new RegExp(`^${QUALIFIED_NAME}$`);
const labelValueRe = new RegExp(`^${LABEL_VALUE}$`);

/** The DNS-1123 subdomain message, regex included, as Kubernetes prints it. */
export const DNS1123_SUBDOMAIN_MESSAGE = `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${DNS1123_SUBDOMAIN}')`;

/** The DNS-1123 label message, regex included (note the double space Kubernetes prints). */
export const DNS1123_LABEL_MESSAGE = `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${DNS1123_LABEL}')`;

/** The qualified-name (label key name part) message. */
export const QUALIFIED_NAME_MESSAGE = `must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '${QUALIFIED_NAME}')`;

/** The label value message. */
export const LABEL_VALUE_MESSAGE = `a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '${LABEL_VALUE}')`;

/** `IsDNS1123Subdomain`: at most 253 characters, lower-case labels joined by dots. */
export function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 253) errors.push('must be no more than 253 characters');
  if (!subdomainRe.test(value)) errors.push(DNS1123_SUBDOMAIN_MESSAGE);
  return errors;
}

/** True for a valid DNS-1123 subdomain. */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && subdomainRe.test(value);
}

/** `IsDNS1123Label`: at most 63 characters; a dotted valid subdomain gets "must not contain dots". */
export function dns1123LabelErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push('must be no more than 63 characters');
  if (!labelRe.test(value)) {
    errors.push(subdomainRe.test(value) ? 'must not contain dots' : DNS1123_LABEL_MESSAGE);
  }
  return errors;
}

/** Kubernetes 1.35 counts label lengths in bytes and says so; older releases say characters. */
function lengthMessage(max: number, minor: number): string {
  return `must be no more than ${max} ${minor >= 35 ? 'bytes' : 'characters'}`;
}

const encoder = new TextEncoder();

function utf8Length(value: string): number {
  // ASCII (nearly every key) needs no encoding to count bytes.
  // eslint-disable-next-line no-control-regex -- the full ASCII range, control characters included.
  return /^[\x00-\x7f]*$/.test(value) ? value.length : encoder.encode(value).length;
}

/** `IsQualifiedName`: a label or annotation key, `[prefix/]name`. */
export function qualifiedNameErrors(key: string, minor: number): string[] {
  const parts = key.split('/');
  let name: string;
  const errors: string[] = [];
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) {
      errors.push('prefix part must be non-empty');
    } else {
      for (const message of dns1123SubdomainErrors(prefix)) errors.push(`prefix part ${message}`);
    }
  } else {
    return [
      `a qualified name ${QUALIFIED_NAME_MESSAGE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) {
    errors.push('name part must be non-empty');
  } else if (utf8Length(name) > 63) {
    errors.push(`name part ${lengthMessage(63, minor)}`);
  }
  if (name.length > 0 && !qualifiedNameRe.test(name)) {
    errors.push(`name part ${QUALIFIED_NAME_MESSAGE}`);
  }
  return errors;
}

/** `IsValidLabelValue`: empty, or up to 63 alphanumerics, '-', '_', '.'. */
export function labelValueErrors(value: string, minor: number): string[] {
  const errors: string[] = [];
  if (utf8Length(value) > 63) errors.push(lengthMessage(63, minor));
  if (!labelValueRe.test(value)) errors.push(LABEL_VALUE_MESSAGE);
  return errors;
}
