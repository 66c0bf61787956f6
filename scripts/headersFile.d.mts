/** One `_headers` rule: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}
/** Parses `_headers` text into rules. Throws on a header line outside a rule. */
export function parseHeadersFile(text: string): HeaderRule[];
/** Whether a `_headers` pattern matches a path relative to the site root. */
export function matchesPattern(pattern: string, path: string): boolean;
/** Every header that applies to a path; later rules win. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string>;
/** The site-wide Content-Security-Policy, without the directives a <meta> cannot carry. */
export function metaPolicyFrom(text: string): string;
