// The site's response headers and Content-Security-Policy are written once, in a Netlify/Cloudflare
// `_headers` file. The build copies the policy into index.html; `vite preview` sends the headers.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Plugin } from 'vite';

/** One `_headers` rule: a path pattern and the headers it sets. */
export type HeaderRule = { pattern: string; headers: [name: string, value: string][] };

/** Parses `_headers` text: a path pattern line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const [, name, value] = /^\s+([^:]+):(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else if (rule && name && value !== undefined) rule.headers.push([name.trim(), value.trim()]);
    else throw new Error(`_headers: cannot read line "${line.trim()}"`);
  }
  return rules;
}

/** Whether a `_headers` pattern (`/*`, `/assets/*`, `/sw.js`) matches a path from the site root. */
export function matchesPattern(pattern: string, path: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(path);
}

/** Every header that applies to a path, later rules overriding earlier ones of the same name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((rule) => matchesPattern(rule.pattern, path));
  return Object.fromEntries(matching.flatMap((rule) => rule.headers));
}

// A <meta> policy cannot carry these: browsers ignore them there and log an error about it.
// https://www.w3.org/TR/CSP3/#meta-element
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The site-wide Content-Security-Policy of a `_headers` file, reduced to what a <meta> may hold. */
export function metaPolicyFrom(text: string): string {
  const policy = headersFor(parseHeadersFile(text), '/index.html')['Content-Security-Policy'];
  if (!policy) throw new Error('_headers: no Content-Security-Policy applies to /index.html');
  const directives = policy.split(';').map((directive) => directive.trim());
  return directives.filter((d) => d && !HEADER_ONLY_DIRECTIVES.has(d.split(/\s+/)[0]!)).join('; ');
}

const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The build writes the policy into index.html as a <meta>, so hosts that ignore `_headers` (GitHub
 * Pages) still enforce it; `vite preview` answers with the headers, as Netlify would. Not in dev:
 * the dev server injects an inline React Refresh preamble that `script-src 'self'` would block.
 */
export function siteHeaders(headersFile: string): Plugin {
  const text = () => readFileSync(headersFile, 'utf8');
  return {
    name: 'hpb:site-headers',
    apply: (_, env) => env.command === 'build' || env.isPreview === true,
    configurePreviewServer(server) {
      const rules = parseHeadersFile(text());
      const base = server.config.base;
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        const sitePath = path.startsWith(base) ? `/${path.slice(base.length)}` : path;
        response.setHeaders(new Map(Object.entries(headersFor(rules, sitePath))));
        // Compressed, as every static host sends text: Lighthouse's timings follow transfer sizes.
        // No `Vary`: the service worker's cache would then miss (one browser, one encoding here).
        const file = join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
        const type = COMPRESSIBLE[extname(file)];
        const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
        if (!type || !gzip || !existsSync(file)) return next();
        response.setHeader('Content-Type', type);
        response.setHeader('Content-Encoding', 'gzip');
        response.end(gzipSync(readFileSync(file)));
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = metaPolicyFrom(text());
        if (policy.includes('"')) throw new Error('CSP: a double quote cannot sit in the meta tag');
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html: no <meta charset> for the CSP');
        // A meta policy only governs what comes after it: right after the charset.
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
