import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { headersFor, matchesPattern, metaPolicyFrom, parseHeadersFile } from './siteHeaders';

const SAMPLE = `# comment
/*
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'; script-src 'self'
  X-Content-Type-Options: nosniff

/assets/*
  Cache-Control: immutable
`;

describe('_headers file', () => {
  it('parses patterns and their indented headers, skipping comments', () => {
    expect(parseHeadersFile(SAMPLE)).toEqual([
      {
        pattern: '/*',
        headers: [
          [
            'Content-Security-Policy',
            "default-src 'self'; frame-ancestors 'none'; script-src 'self'",
          ],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
      { pattern: '/assets/*', headers: [['Cache-Control', 'immutable']] },
    ]);
  });

  it('rejects a header line that belongs to no path', () => {
    expect(() => parseHeadersFile('  Cache-Control: no-cache')).toThrow(/cannot read/);
  });

  it('matches splat patterns and exact paths', () => {
    expect(matchesPattern('/*', '/index.html')).toBe(true);
    expect(matchesPattern('/assets/*', '/assets/index-abc.js')).toBe(true);
    expect(matchesPattern('/assets/*', '/sw.js')).toBe(false);
    expect(matchesPattern('/sw.js', '/swxjs')).toBe(false);
  });

  it('collects every header that applies to a path', () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(Object.keys(headersFor(rules, '/assets/a.js'))).toEqual([
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Cache-Control',
    ]);
    expect(headersFor(rules, '/index.html')['Cache-Control']).toBeUndefined();
  });

  it('drops directives a <meta> policy cannot carry', () => {
    expect(metaPolicyFrom(SAMPLE)).toBe("default-src 'self'; script-src 'self'");
  });
});

describe('the site policy in public/_headers', () => {
  const policy = metaPolicyFrom(readFileSync('public/_headers', 'utf8'));
  const directives = new Map(
    policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
  );

  it('allows scripts, connections and workers from the site itself only', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'self'");
  });

  it('keeps frame-ancestors out of the meta policy', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
    expect(readFileSync('public/_headers', 'utf8')).toContain("frame-ancestors 'none'");
  });
});
