import {
  autocompletion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';

import { completionsAt } from '@/core/view/yamlEditor/completions';
import { schemaData } from '@/core/schema/schemaData';

function complete(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  // Offered as keys are typed, and everywhere on Ctrl+Space.
  if (!context.explicit && !/[\w-]$/.test(before)) return null;
  const found = completionsAt(schemaData, context.state.doc.toString(), line.number, before);
  if (!found || found.options.length === 0) return null;
  return {
    from: line.from + found.from,
    options: found.options.map((option) => ({
      label: option.label,
      apply: option.insert ?? option.label,
      info: option.detail,
      type: option.type,
    })),
    validFor: /^[\w.-]*$/,
  };
}

/** Ctrl+Space: the keys the Kubernetes schema allows here, or the allowed values of this field. */
export function completionExtension(): Extension {
  return autocompletion({ override: [complete], icons: false, activateOnTyping: false });
}
