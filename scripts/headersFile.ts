// Reads a Netlify/Cloudflare `_headers` file: the one place the site's response headers and its
// Content-Security-Policy are written down. Used by the build (CSP <meta>) and the local servers.

/**
 * Parses `_headers` text into rules: a path pattern line, then indented `Name: value` lines.
 */
/** One `_headers` rule: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a `_headers` pattern (`/*`, `/assets/*`, `/sw.js`) matches a path relative to the site root.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(path);
}

/**
 * Every header that applies to a path, later rules overriding earlier ones of the same name.
 * @param {{ pattern: string, headers: [string, string][] }[]} rules
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result[name] = value;
  }
  return result;
}

// A <meta> policy cannot carry these: browsers ignore them there and log an error about it.
// https://www.w3.org/TR/CSP3/#meta-element
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The site-wide (`/*`) Content-Security-Policy of a `_headers` file, reduced to what a <meta> may hold.
 */
export function metaPolicyFrom(text: string): string {
  const policy = headersFor(parseHeadersFile(text), '/index.html')['Content-Security-Policy'];
  if (!policy) throw new Error('_headers: no Content-Security-Policy applies to /index.html');
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(
      (directive) =>
        directive !== '' && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0] ?? ''),
    )
    .join('; ');
}
