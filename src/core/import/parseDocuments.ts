import { YAMLException, loadAll } from 'js-yaml';

import { cloneJson, exceedsNodeCount } from './jsonValue';

/** The largest input accepted: far above any real manifest, well below what slows a browser tab. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/** The most nodes a stream may have once YAML aliases are expanded. */
export const MAX_EXPANDED_NODES = 200_000;

/** Parsed documents, or why the text could not be read. */
export type ParseResult = { ok: true; documents: unknown[] } | { ok: false; reason: string };

function describeYamlError(error: YAMLException): string {
  const where = error.mark
    ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}`
    : '';
  return `Not valid YAML or JSON${where}: ${error.reason}.`;
}

/**
 * Reads a YAML or JSON stream (JSON is YAML) into plain documents; empty documents are skipped.
 * Never throws: oversized input, syntax errors and alias bombs come back as a reason.
 */
export function parseDocuments(text: string): ParseResult {
  const bytes = text.length > MAX_INPUT_BYTES / 4 ? new TextEncoder().encode(text).length : 0;
  if (bytes > MAX_INPUT_BYTES) {
    return {
      ok: false,
      reason: `The input is ${(bytes / 1024 / 1024).toFixed(1)} MiB; the limit is 2 MiB.`,
    };
  }
  let loaded: unknown[];
  try {
    loaded = loadAll(text, { maxAliases: 1000 });
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, reason: describeYamlError(error) };
    return { ok: false, reason: `Could not read the input: ${String(error)}` };
  }
  if (exceedsNodeCount(loaded, MAX_EXPANDED_NODES)) {
    return {
      ok: false,
      reason: `The YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} values (an alias bomb?); refusing to expand it.`,
    };
  }
  return {
    ok: true,
    documents: cloneJson(loaded.filter((doc) => doc !== null && doc !== undefined)),
  };
}
