/** A docs URL shortened to host and path, e.g. `github.com/kubernetes-sigs/sig-windows-tools/…`. */
export function upstreamLabel(url: string): string {
  const { host, pathname } = new URL(url);
  const parts = pathname.split('/').filter(Boolean);
  return [host, ...parts.slice(0, 2), ...(parts.length > 2 ? ['…'] : [])].join('/');
}
