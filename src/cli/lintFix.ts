import { loadAll } from 'js-yaml';

import { fixUntilStable } from '@/core/fixes/fixUntilStable';
import { toYaml } from '@/core/manifest/toYaml';

import {
  describeReadError,
  lintDocuments,
  type LintIo,
  type LintOptions,
  YAML_LIMITS,
} from './lint';

/**
 * `lint --fix FILE`: applies every safe fix until none is left (or a few rounds have passed),
 * writes the fixed YAML to stdout and names each change on stderr. Returns 2 when the file cannot
 * be read, else 1 when errors without a fix remain, else 0.
 */
export async function runLintFix(options: LintOptions, io: LintIo): Promise<number> {
  const [file = '-'] = options.files;
  const label = file === '-' ? 'stdin' : file;
  let documents: unknown[];
  try {
    documents = loadAll(await io.readText(file), { ...YAML_LIMITS, filename: label });
  } catch (error) {
    io.err(`${label}: ${describeReadError(error)}\n`);
    return 2;
  }
  const lint = (current: readonly unknown[]) =>
    lintDocuments(label, [...current], options.target).flatMap((entry) => entry.findings);
  const result = fixUntilStable(documents, lint);
  for (const finding of result.applied) {
    io.err(`${label}: fixed ${finding.path}: ${finding.fix?.label ?? ''}\n`);
  }
  const left = lint(result.documents);
  const stillFixable = left.filter((finding) => finding.fix).length;
  io.err(
    `${label}: ${result.applied.length} fix${result.applied.length === 1 ? '' : 'es'} applied; ` +
      `${left.length} finding${left.length === 1 ? '' : 's'} left, ${stillFixable} with a fix\n`,
  );
  io.out(toYaml(result.documents));
  return left.some((finding) => finding.severity === 'error') ? 1 : 0;
}
