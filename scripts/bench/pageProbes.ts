// Code that runs inside the page, added with Playwright's addInitScript before any app script.
// Playwright sends these functions as source text: they share helpers only through `probeScript`.

/** One keystroke: to the task that shows its change ("commit") and to the next painted frame. */
export interface KeystrokeLog {
  samples: { commit: number; frame: number }[];
  /** Updates no keystroke explains, or keystrokes whose change never showed. */
  stray: number;
}

declare global {
  interface Window {
    __hpbKeystrokes: KeystrokeLog;
  }
}

/**
 * Logs a keystroke that started at `start` and showed its change now, once the browser has also
 * painted it: requestAnimationFrame runs before that frame's style, layout and paint; a message
 * posted from it is handled after them.
 */
function logShown(log: KeystrokeLog, start: number): void {
  const commit = performance.now() - start;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => log.samples.push({ commit, frame: performance.now() - start });
    channel.port2.postMessage(null);
  });
}

/**
 * Form → YAML: from the `input` event (a capturing listener on window runs before React's root
 * listener) to the MutationObserver callback that sees the YAML editor's new text. Findings render
 * in the same React commit as the YAML.
 */
export function keystrokeProbe(): void {
  const log: KeystrokeLog = { samples: [], stray: 0 };
  let pending: number | null = null;
  Object.defineProperty(window, '__hpbKeystrokes', { value: log });
  window.addEventListener('input', () => (pending = performance.now()), true);
  const observer = new MutationObserver((records) => {
    const editor = document.querySelector('[aria-label="YAML editor"]');
    if (!editor || !records.some((record) => editor.contains(record.target))) return;
    if (pending === null) log.stray += 1;
    else logShown(log, pending);
    pending = null;
  });
  const attach = () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
}

/**
 * YAML → form: from the key press in the YAML editor (`keydown`: the editor handles Backspace
 * without an `input` event) to the microtask in which the form's Name field shows the new name.
 * Form fields are uncontrolled: the new name is written to the input's `value` property, which
 * no MutationObserver sees, so the probe wraps that property's setter (and still watches for a
 * replaced field).
 */
export function editorKeystrokeProbe(): void {
  const log: KeystrokeLog = { samples: [], stray: 0 };
  let pending: number | null = null;
  let shownName: string | undefined;
  Object.defineProperty(window, '__hpbKeystrokes', { value: log });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('.cm-content')) return;
      // Only keys that edit the text change the form (End, arrows and the like do not).
      if (event.key.length === 1 || event.key === 'Backspace') pending = performance.now();
    },
    true,
  );
  const check = () => {
    const name = document.querySelector<HTMLInputElement>('input[data-path="metadata.name"]');
    if (!name || name.value === shownName) return;
    shownName = name.value;
    if (pending === null) log.stray += 1;
    else logShown(log, pending);
    pending = null;
  };
  const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    ...value,
    set(this: HTMLInputElement, next: string) {
      value.set!.call(this, next);
      queueMicrotask(check);
    },
  });
  const observer = new MutationObserver(check);
  const attach = () => observer.observe(document.body, { childList: true, subtree: true });
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
}

/**
 * The init script for a probe, with the helper it uses. `tsx` compiles with esbuild's keepNames,
 * which wraps named functions in a `__name` call the page does not have: it gets a no-op one.
 */
export function probeScript(probe: () => void): { content: string } {
  return { content: `var __name = (f) => f;\n${logShown.toString()}\n(${probe.toString()})();` };
}
