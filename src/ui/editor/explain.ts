import { type Extension, Prec, StateEffect, StateField } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap, showTooltip, type Tooltip } from '@codemirror/view';

import {
  explainField,
  type FieldDescriptions,
  type FieldExplanation,
} from '@/core/view/yamlEditor/explainField';
import { yamlKeyAt } from '@/core/view/yamlEditor/yamlPathAt';
import { schemaData } from '@/core/schema/schemaData';

import { docLink, textElement } from './tooltipDom';

let descriptions: Promise<FieldDescriptions> | undefined;

/** Kubernetes' field descriptions: a chunk of their own, loaded on the first explanation. */
function loadDescriptions(): Promise<FieldDescriptions> {
  descriptions ??= import('@/core/schema/k8sDescriptions.json').then(
    (module) => module.default as FieldDescriptions,
  );
  return descriptions;
}

/** The key under `pos`, with its place in the document, when there is one. */
function keyAt(view: EditorView, pos: number, strict: boolean) {
  const line = view.state.doc.lineAt(pos);
  const key = yamlKeyAt(view.state.doc.toString(), line.number);
  if (!key) return undefined;
  const from = line.from + key.from;
  const to = line.from + key.to;
  if (strict && (pos < from || pos > to)) return undefined;
  return { key, from, to };
}

function render(explanation: FieldExplanation): HTMLElement {
  const box = textElement('div', '', 'cm-explain');
  box.append(
    textElement('div', `${explanation.path} <${explanation.type}>`, 'cm-explain-head'),
    textElement('p', explanation.description || 'Kubernetes gives no description.'),
  );
  if (explanation.values.length > 0) {
    box.append(textElement('p', `Allowed values: ${explanation.values.join(', ')}`));
  }
  const { guidance } = explanation;
  if (guidance) {
    const list = document.createElement('ul');
    list.append(...guidance.lines.map((line) => textElement('li', line)));
    box.append(
      textElement('div', 'HostProcess', 'cm-explain-head'),
      list,
      docLink(guidance.docUrl, 'HostProcess documentation'),
    );
  }
  return box;
}

/** The explanation of the key at `pos` as a tooltip, once the descriptions are in. */
async function explainAt(view: EditorView, pos: number, strict: boolean): Promise<Tooltip | null> {
  const found = keyAt(view, pos, strict);
  if (!found) return null;
  const loaded = await loadDescriptions();
  const explanation = explainField(schemaData, loaded, found.key.kind, found.key.segments);
  if (!explanation) return null;
  const dom = render(explanation);
  // Announced to screen readers, which do not read hover tooltips.
  dom.setAttribute('role', 'status');
  return { pos: found.from, end: found.to, above: true, create: () => ({ dom }) };
}

const setExplained = StateEffect.define<Tooltip | null>();

/** The explanation asked for from the keyboard; closed by Escape or by moving on. */
const explainedField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const effect of tr.effects) if (effect.is(setExplained)) return effect.value;
    return tr.docChanged || tr.selection ? null : tooltip;
  },
  provide: (field) => showTooltip.from(field),
});

/** The shortcut that explains the key at the cursor. */
export const EXPLAIN_KEY = 'Mod-i';

/**
 * `kubectl explain` in the editor: hovering a key (or Ctrl/Cmd+I on it) shows its path, type and
 * Kubernetes description, and the HostProcess guidance for it when there is some.
 */
export function explainExtension(): Extension {
  return [
    hoverTooltip((view, pos) => explainAt(view, pos, true), { hoverTime: 300 }),
    explainedField,
    // Above the default keymap, whose Mod-i selects the enclosing syntax node.
    Prec.high(
      keymap.of([
        {
          key: EXPLAIN_KEY,
          run: (view) => {
            const pos = view.state.selection.main.head;
            void explainAt(view, pos, false).then((tooltip) =>
              view.dispatch({
                effects: [
                  setExplained.of(tooltip),
                  ...(tooltip ? [] : [EditorView.announce.of('No Kubernetes field here.')]),
                ],
              }),
            );
            return true;
          },
        },
        {
          key: 'Escape',
          run: (view) => {
            if (!view.state.field(explainedField)) return false;
            view.dispatch({ effects: setExplained.of(null) });
            return true;
          },
        },
      ]),
    ),
  ];
}
