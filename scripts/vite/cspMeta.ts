import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

import { metaPolicyFrom } from '../headersFile';

/**
 * Writes the Content-Security-Policy of `public/_headers` into the built index.html as a <meta>, so
 * hosts that ignore `_headers` (GitHub Pages) still enforce it. Build only: the dev server injects
 * an inline React Refresh preamble that a strict `script-src 'self'` would block.
 */
export function cspMeta(headersFile: string): Plugin {
  return {
    name: 'hpb:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html: string) {
        const policy = metaPolicyFrom(readFileSync(headersFile, 'utf8'));
        if (policy.includes('"')) throw new Error('CSP: a double quote cannot sit in the meta tag');
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html: no <meta charset> to put the CSP after');
        // A meta policy only governs what comes after it: right after the charset, before any
        // stylesheet or script.
        return html.replace(
          charset,
          (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
