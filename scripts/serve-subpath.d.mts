/** A running static server for the built site. */
export interface StaticServer {
  /** The site's URL, ending with the base path and a slash. */
  url: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
}
/** Serves `root` (default `dist`) under `base` (default `/`) on 127.0.0.1; port 0 picks a free one. */
export function startStaticServer(options?: {
  root?: string;
  base?: string;
  port?: number;
}): Promise<StaticServer>;
