import { preview } from 'vite';

/**
 * Serves `dist/` with `vite preview` (so with the headers of `_headers`) under `base` (`/` or a
 * sub-path such as `/some/sub/path/`) on a free port of 127.0.0.1. `url` ends with the base path.
 */
export async function startStaticServer({ base = '/' } = {}) {
  const server = await preview({
    base,
    logLevel: 'error',
    // No CORS: its `Vary: Origin` keeps the service worker's cache from matching module scripts.
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false, cors: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  return { url, origin: new URL(url).origin, close: () => server.close() };
}
export type StaticServer = Awaited<ReturnType<typeof startStaticServer>>;
