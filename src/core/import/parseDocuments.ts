import { YAMLException, loadAll } from 'js-yaml';

import { MAX_DEPTH, MAX_INPUT_BYTES, checkObjectSize, checkShape, formatMiB } from './inputLimits';
import { cloneJson } from './jsonValue';
import { KUBERNETES_YAML_LOAD_OPTIONS } from './kubernetesYaml';

export { MAX_INPUT_BYTES } from './inputLimits';

/** Parsed documents, or why the text could not be read. */
export type ParseResult = { ok: true; documents: unknown[] } | { ok: false; reason: string };

function describeYamlError(error: YAMLException): string {
  if (/maxDepth/.test(error.reason)) {
    return `The input nests more than ${MAX_DEPTH.toLocaleString('en')} levels deep (Kubernetes' decoders stop at 10,000; this builder at ${MAX_DEPTH.toLocaleString('en')}).`;
  }
  const where = error.mark
    ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}`
    : '';
  return `Not valid YAML or JSON${where}: ${error.reason}.`;
}

/**
 * Reads a YAML or JSON stream (JSON is YAML) as Kubernetes does (`KUBERNETES_YAML_SCHEMA`) into
 * plain documents; empty documents are skipped. Never throws: oversized input, syntax errors,
 * alias bombs, deep nesting and objects etcd would not store come back as a reason.
 */
export function parseDocuments(text: string, maxBytes = MAX_INPUT_BYTES): ParseResult {
  // Four bytes a character at most: shorter text cannot be over the limit, so skip encoding it.
  const bytes = text.length > maxBytes / 4 ? new TextEncoder().encode(text).length : 0;
  if (bytes > maxBytes) {
    return {
      ok: false,
      reason: `The input is ${formatMiB(bytes)}; the limit is ${formatMiB(maxBytes)}.`,
    };
  }
  let loaded: unknown[];
  try {
    loaded = loadAll(text, KUBERNETES_YAML_LOAD_OPTIONS);
  } catch (error) {
    if (error instanceof YAMLException) return { ok: false, reason: describeYamlError(error) };
    return { ok: false, reason: `Could not read the input: ${String(error)}` };
  }
  const shape = checkShape(loaded);
  if (shape) return { ok: false, reason: `The input is refused: ${shape.message}.` };
  const documents = loaded.filter((doc) => doc !== null && doc !== undefined);
  for (const [index, doc] of documents.entries()) {
    const size = checkObjectSize(doc);
    if (size) return { ok: false, reason: `Document ${index + 1} is refused: ${size.message}.` };
  }
  return { ok: true, documents: cloneJson(documents) };
}
