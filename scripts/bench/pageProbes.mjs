// Code that runs inside the page (added with Playwright's addInitScript before any app script).
// Playwright serialises these functions as source text: they may only use each other through
// `probeScript`, which puts the helper next to the probe.

/**
 * Calls back once the browser has rendered the next frame: requestAnimationFrame runs before that
 * frame's style, layout and paint; a message posted from it is handled after them.
 */
function afterNextPaint(callback) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });
}

/**
 * Records when the form and the YAML preview are first in the DOM, laid out and non-empty, in
 * `performance.now()` milliseconds (0 = navigation start). A MutationObserver callback runs right
 * after React's commit, before paint; `…Frame` is when the next frame has been painted.
 */
export function firstRenderProbe() {
  const seen = { form: null, yaml: null, formFrame: null, yamlFrame: null, interactive: null };
  Object.defineProperty(window, '__hpbFirstRender', { value: seen });
  const visible = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const check = () => {
    const now = performance.now();
    if (seen.form === null && visible(document.querySelector('main form, form'))) {
      seen.form = now;
      afterNextPaint((time) => (seen.formFrame = time));
    }
    // The plain YAML the page starts with, or the editor that replaces it.
    const pre = document.querySelector('pre[aria-label="YAML"], [aria-label="YAML editor"]');
    if (seen.yaml === null && visible(pre) && (pre.textContent ?? '').includes('apiVersion')) {
      seen.yaml = now;
      afterNextPaint((time) => (seen.yamlFrame = time));
    }
    // The prerendered page is visible before the app runs; it answers input from here on.
    if (seen.interactive === null && document.documentElement.hasAttribute('data-app-ready')) {
      seen.interactive = now;
    }
    if (seen.form !== null && seen.yaml !== null && seen.interactive !== null) {
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['data-app-ready'],
  });
}

/**
 * Keystroke latency: from the `input` event (a capturing listener on window runs before React's
 * root listener) to the MutationObserver callback that sees the YAML editor's new text ("commit"),
 * and to the end of the next frame after it ("frame": styled, laid out and painted, what the user
 * sees). Findings
 * are computed from the same store update and rendered in the same React commit as the preview.
 */
export function keystrokeProbe() {
  const state = { pending: null, samples: [], stray: 0 };
  Object.defineProperty(window, '__hpbKeystrokes', { value: state });
  window.addEventListener(
    'input',
    () => {
      performance.mark('hpb:input');
      state.pending = performance.now();
    },
    true,
  );
  const observer = new MutationObserver((records) => {
    const pre = document.querySelector('[aria-label="YAML editor"]');
    if (!pre || !records.some((record) => pre.contains(record.target))) return;
    if (state.pending === null) {
      state.stray += 1;
      return;
    }
    const start = state.pending;
    const commit = performance.now();
    state.pending = null;
    performance.mark('hpb:preview-commit');
    afterNextPaint((painted) => {
      state.samples.push({ commit: commit - start, frame: painted - start });
    });
  });
  const attach = () =>
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
}

/**
 * Keystroke latency the other way: from the key press in the YAML editor (`keydown`: the editor
 * handles Backspace itself, without an `input` event) to the task in which
 * the form's Name field shows the change ("commit": the text was read into the draft, the form
 * and the findings re-rendered), and to the end of the next frame ("frame"). Checked once per
 * task, so "commit" is at most one task late.
 */
export function editorKeystrokeProbe() {
  const state = { pending: null, samples: [], stray: 0 };
  Object.defineProperty(window, '__hpbKeystrokes', { value: state });
  const nameField = () => document.querySelector('input[data-path="metadata.name"]');
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('.cm-content')) return;
      // Only keys that edit the text change the form (End, arrows and the like do not).
      if (event.key.length !== 1 && event.key !== 'Backspace') return;
      const start = performance.now();
      const before = nameField()?.value;
      const channel = new MessageChannel();
      let tasks = 0;
      channel.port1.onmessage = () => {
        tasks += 1;
        if (nameField()?.value === before) {
          if (tasks < 10_000) channel.port2.postMessage(null);
          else state.stray += 1;
          return;
        }
        const commit = performance.now();
        afterNextPaint((painted) => {
          state.samples.push({ commit: commit - start, frame: painted - start });
        });
      };
      channel.port2.postMessage(null);
    },
    true,
  );
}

/**
 * The init script for a probe: the probe's source with the helper it uses.
 * @param {() => void} probe
 * @returns {{ content: string }}
 */
export function probeScript(probe) {
  return { content: `${afterNextPaint.toString()}\n(${probe.toString()})();` };
}
