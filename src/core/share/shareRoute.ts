/** What a URL fragment asks for. */
export type ShareRoute =
  | { kind: 'none' }
  | { kind: 'preset'; id: string }
  | { kind: 'share'; code: string }
  | { kind: 'unknown'; fragment: string };

/** The fragment that loads a preset: short and stable, safe to publish. */
export function presetFragment(id: string): string {
  return `#/preset/${encodeURIComponent(id)}`;
}

/** The fragment that carries a whole Draft as a share code (see `encodeShare`). */
export function shareFragment(code: string): string {
  return `#/s/${code}`;
}

function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads a URL fragment (`location.hash`): `#/preset/<id>`, `#/s/<code>` or the long form
 * `#share=<code>`. Plain anchors such as `#user-account` are `none`, so in-page links keep
 * working; other `#/…` routes are `unknown`, so a mistyped link gets a message.
 */
export function parseShareRoute(fragment: string): ShareRoute {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.startsWith('share=')) return { kind: 'share', code: text.slice('share='.length) };
  if (!text.startsWith('/') || text === '/') return { kind: 'none' };
  if (text.startsWith('/s/')) return { kind: 'share', code: text.slice('/s/'.length) };
  if (text.startsWith('/preset/')) {
    const id = decodeComponent(text.slice('/preset/'.length).replace(/\/$/, ''));
    if (id !== null && id !== '') return { kind: 'preset', id };
  }
  return { kind: 'unknown', fragment: `#${text.slice(0, 80)}` };
}
