import { preview } from 'vite';

/** The built site served by `vite preview` on a free port, with the headers of `_headers`. */
export interface StaticServer {
  /** The site's URL, ending with the base path and a slash. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dist/` under `base` (`/` or a sub-path such as `/some/sub/path/`) on 127.0.0.1. */
export async function startStaticServer({ base = '/' } = {}): Promise<StaticServer> {
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
