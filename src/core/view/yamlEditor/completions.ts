import type { SchemaData } from '@/core/schema/schemaData';

import { RUN_AS_USER_NAMES } from './fieldGuidance';
import { enumValues, fieldAtPath, keysAtPath } from './fieldSchema';
import { yamlPlaceAt } from './yamlPathAt';

/** One suggestion: its label, the text to insert and a short note. */
export interface CompletionOption {
  label: string;
  /** What is inserted when it differs from the label (quoted values). */
  apply?: string;
  info?: string;
  type: 'property' | 'enum';
}

/** Suggestions for the word ending at the cursor, and the column where that word starts. */
export interface Completions {
  from: number;
  options: CompletionOption[];
}

const KEY_BEING_TYPED = /^(\s*(?:- )*)([\w.-]*)$/;
const VALUE_BEING_TYPED = /^(\s*(?:- )*)([\w.-]+):\s+(["']?[^"'#]*)$/;

/** A double-quoted YAML string: backslashes and quotes escaped. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * What the editor offers at the cursor (Ctrl+Space): the keys the schema allows in the mapping
 * being written, or the allowed values of the field whose value is being written (enum values,
 * and the accounts a HostProcess container may run as for `runAsUserName`).
 *
 * @param text the whole YAML text
 * @param line 1-based line of the cursor
 * @param before the text of that line before the cursor
 */
export function completionsAt(
  schema: SchemaData,
  text: string,
  line: number,
  before: string,
): Completions | null {
  const value = VALUE_BEING_TYPED.exec(before);
  if (value) {
    const [, indent = '', key = '', typed = ''] = value;
    const place = yamlPlaceAt(text, line, indent.length);
    const from = before.length - typed.length;
    if (key === 'runAsUserName') {
      return {
        from,
        options: RUN_AS_USER_NAMES.map(({ value: name, detail: info }) => ({
          label: name,
          apply: /[\\ ]/.test(name) ? quoted(name) : name,
          info,
          type: 'enum' as const,
        })),
      };
    }
    const field = fieldAtPath(schema, place.kind, [...place.segments, key]);
    const values = field ? enumValues(schema, field.type) : [];
    if (values.length === 0) return null;
    return { from, options: values.map((label) => ({ label, type: 'enum' as const })) };
  }
  const key = KEY_BEING_TYPED.exec(before);
  if (!key) return null;
  const [, indent = '', typed = ''] = key;
  const place = yamlPlaceAt(text, line, indent.length);
  const keys = keysAtPath(schema, place.kind, place.segments);
  if (keys.length === 0) return null;
  return {
    from: before.length - typed.length,
    options: keys.map((label) => ({ label, apply: `${label}: `, type: 'property' as const })),
  };
}
