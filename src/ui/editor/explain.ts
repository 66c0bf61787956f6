import { Prec } from '@codemirror/state';
import {
  activateHover,
  closeHoverTooltip,
  EditorView,
  hoverTooltip,
  keymap,
  type Tooltip,
} from '@codemirror/view';

import { explainField, type FieldDescriptions } from '@/core/view/yamlEditor/explainField';
import { yamlKeyAt } from '@/core/view/yamlEditor/yamlPathAt';
import { schemaData } from '@/core/schema/schemaData';

import { docLink, el } from './tooltipDom';

let descriptions: Promise<FieldDescriptions> | undefined;

/** Kubernetes' field descriptions: a chunk of their own, loaded on the first explanation. */
function loadDescriptions(): Promise<FieldDescriptions> {
  descriptions ??= import('@/core/schema/k8sDescriptions.json').then(
    (module) => module.default as FieldDescriptions,
  );
  return descriptions;
}

/**
 * The explanation of the key on the line at `pos` (only when `pos` is on the key itself, if
 * `onKey`), as a tooltip over that key.
 */
function explanationAt(
  view: EditorView,
  loaded: FieldDescriptions,
  pos: number,
  onKey: boolean,
): Tooltip | null {
  const line = view.state.doc.lineAt(pos);
  const key = yamlKeyAt(view.state.doc.toString(), line.number);
  const [from, to] = key ? [line.from + key.from, line.from + key.to] : [pos, pos];
  if (!key || (onKey && (pos < from || pos > to))) return null;
  const explained = explainField(schemaData, loaded, key.kind, key.segments);
  if (!explained) return null;
  const { path, type, description, values, guidance } = explained;
  // A status, so screen readers (which do not read hover tooltips) say it.
  const dom = el(
    'div',
    { class: 'cm-explain', role: 'status' },
    el('div', { class: 'cm-explain-head' }, `${path} <${type}>`),
    el('p', {}, description || 'Kubernetes gives no description.'),
    values.length > 0 ? el('p', {}, `Allowed values: ${values.join(', ')}`) : '',
  );
  if (guidance) {
    dom.append(
      el('div', { class: 'cm-explain-head' }, 'HostProcess'),
      el('ul', {}, ...guidance.lines.map((text) => el('li', {}, text))),
      docLink(guidance.docUrl, 'HostProcess documentation'),
    );
  }
  return { pos: from, end: to, above: true, create: () => ({ dom }) };
}

const explainHover = hoverTooltip(
  async (view, pos) => explanationAt(view, await loadDescriptions(), pos, true),
  { hoverTime: 300 },
);

/**
 * `kubectl explain` in the editor: hovering a key (or Ctrl/Cmd+I on its line) shows its path,
 * type and Kubernetes description, and the HostProcess guidance for it when there is some.
 */
export const explainExtension = [
  explainHover,
  // Above the default keymap, whose Mod-i selects the enclosing syntax node.
  Prec.high(
    keymap.of([
      {
        key: 'Mod-i',
        run: (view) => {
          void loadDescriptions().then((loaded) => {
            const tooltip = explanationAt(view, loaded, view.state.selection.main.head, false);
            if (!tooltip) {
              view.dispatch({ effects: EditorView.announce.of('No Kubernetes field here.') });
              return;
            }
            // Shown until the text or the cursor moves, or Escape.
            activateHover(view, tooltip.pos, 1, {
              tooltip: explainHover,
              until: (tr) => tr.docChanged || tr.selection !== undefined,
            });
          });
          return true;
        },
      },
      {
        key: 'Escape',
        run: (view) => {
          if (view.state.field(explainHover.active).length > 0) {
            view.dispatch({ effects: closeHoverTooltip(explainHover) });
          }
          // Not handled: Escape then Tab still leaves the editor.
          return false;
        },
      },
    ]),
  ),
];
