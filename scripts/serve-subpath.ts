// A tiny static server for the built site, optionally under a sub-path (`/some/sub/path/`), that
// sends the headers of `dist/_headers` the way Netlify or Cloudflare Pages would. Used by the bench,
// Lighthouse and the sub-path and offline e2e tests; runnable by hand:
//   npx tsx scripts/serve-subpath.ts [--root dist] [--base /some/sub/path/] [--port 4174]
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` under `base` on 127.0.0.1. Resolves once listening.
 * @param {{ root?: string, base?: string, port?: number }} [options]
 */
/** A running static server for the built site. */
export interface StaticServer {
  /** The site's URL, ending with the base path and a slash. */
  url: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
}

export async function startStaticServer({
  root = 'dist',
  base = '/',
  port = 0,
}: { root?: string; base?: string; port?: number } = {}): Promise<StaticServer> {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rules = await readFile(join(rootDir, '_headers'), 'utf8')
    .then(parseHeadersFile)
    .catch((): HeaderRule[] => []);

  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(prefix)) {
        response.writeHead(404).end('not found');
        return;
      }
      let sitePath = `/${pathname.slice(prefix.length)}`;
      if (sitePath.endsWith('/')) sitePath += 'index.html';
      const file = normalize(join(rootDir, sitePath));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        response.writeHead(403).end('forbidden');
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
        // Compressed like every real static host (GitHub Pages, Netlify, nginx with gzip on), so
        // the bench and Lighthouse see the bytes a visitor downloads.
        const gzip =
          /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
          /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        const raw = await readFile(file);
        const body = gzip ? gzipSync(raw, { level: 9 }) : raw;
        response.writeHead(200, {
          'Content-Type': type,
          'Content-Length': body.length,
          Vary: 'Accept-Encoding',
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
          ...headersFor(rules, sitePath),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string): string => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
  };
  const server = await startStaticServer({
    root: option('root', 'dist'),
    base: option('base', '/'),
    port: Number(option('port', '4174')),
  });
  console.log(`Serving ${option('root', 'dist')} at ${server.url}`);
}
