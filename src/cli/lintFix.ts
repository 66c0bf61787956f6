import { parseDocuments } from '@/core/import/parseDocuments';
import { fixUntilStable } from '@/core/fixes/fixUntilStable';
import { toYaml } from '@/core/manifest/toYaml';

import { lintDocuments, type LintIo, type LintOptions } from './lint';
import { MAX_CLI_INPUT_BYTES } from './readInput';
import { escapeForTerminal } from './terminalText';

/**
 * `lint --fix FILE`: applies every safe fix until none is left (or a few rounds have passed),
 * writes the fixed YAML to stdout and names each change on stderr. Returns 2 when the file cannot
 * be read, else 1 when errors without a fix remain, else 0.
 */
export async function runLintFix(options: LintOptions, io: LintIo): Promise<number> {
  const [file = '-'] = options.files;
  const label = file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`${escapeForTerminal(label)}: ${escapeForTerminal(reason)}\n`);
    return 2;
  }
  const parsed = parseDocuments(text, MAX_CLI_INPUT_BYTES);
  if (!parsed.ok) {
    io.err(`${escapeForTerminal(label)}: ${escapeForTerminal(parsed.reason)}\n`);
    return 2;
  }
  const documents = parsed.documents;
  // Fixes apply to the documents as written; their paths need no List prefix or source line.
  const lint = (current: readonly unknown[]) =>
    lintDocuments(
      label,
      current.map((object) => ({ object, lines: undefined, prefix: '' })),
      options.target,
    ).flatMap((entry) => entry.findings);
  const result = fixUntilStable(documents, lint);
  for (const finding of result.applied) {
    io.err(
      `${escapeForTerminal(label)}: fixed ${finding.path}: ${escapeForTerminal(finding.fix?.label ?? '')}\n`,
    );
  }
  const left = lint(result.documents);
  const stillFixable = left.filter((finding) => finding.fix).length;
  io.err(
    `${escapeForTerminal(label)}: ${result.applied.length} fix${result.applied.length === 1 ? '' : 'es'} applied; ` +
      `${left.length} finding${left.length === 1 ? '' : 's'} left, ${stillFixable} with a fix\n`,
  );
  io.out(toYaml(result.documents));
  return left.some((finding) => finding.severity === 'error') ? 1 : 0;
}
