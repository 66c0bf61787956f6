import { isRecord } from '@/core/import/jsonValue';
import { parseDocuments } from '@/core/import/parseDocuments';
import { lineForPath, sourceLines, type PathLines } from '@/core/import/sourceLines';
import { lint } from '@/core/lint/lint';
import { asWindowsVersion } from '@/core/validation/targetOptions';
import { DEFAULT_TARGET, type Target } from '@/core/validation/types';

import { formatReport, type LintEntry, type LintFormat } from './lintReport';
import { MAX_CLI_INPUT_BYTES, readInput } from './readInput';
import { escapeForTerminal } from './terminalText';

export type { LintEntry } from './lintReport';

const TARGET_FLAGS = '[--containerd 1.6|1.7+] [--kubernetes 1.NN] [--windows 2019|2022|2025]';
const USAGE =
  `usage: lint [--format text|json|github|sarif] [--json] ${TARGET_FLAGS} FILE…   (- = stdin)\n` +
  `       lint --fix ${TARGET_FLAGS} FILE   (fixed YAML on stdout)`;

/** What `runLint` talks to; tests and other front ends can swap any part. */
export interface LintIo {
  readText: (file: string) => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour the human output. */
  color: boolean;
}

/** The parsed command line. */
export interface LintOptions {
  format: LintFormat;
  /** Write the file with every safe fix applied to stdout (one FILE only). */
  fix: boolean;
  target: Target;
  files: string[];
}

const DEFAULT_IO: LintIo = {
  readText: (file) => readInput(file),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
};

const FORMATS: readonly LintFormat[] = ['text', 'json', 'github', 'sarif'];

function parseArgs(args: string[]): LintOptions | string {
  const options: LintOptions = {
    format: 'text',
    fix: false,
    target: { ...DEFAULT_TARGET },
    files: [],
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[(i += 1)];
    if (flag === '--json') {
      options.format = 'json';
    } else if (flag === '--fix') {
      options.fix = true;
    } else if (flag === '--format') {
      const requested = value();
      const format = FORMATS.find((candidate) => candidate === requested);
      if (!format) return `--format must be one of ${FORMATS.join(', ')}, not ${String(requested)}`;
      options.format = format;
    } else if (flag === '--containerd') {
      const containerd = value();
      if (containerd === '1.6' || containerd === '1.7+') options.target.containerd = containerd;
      else if (containerd === '1.7') options.target.containerd = '1.7+';
      else return `--containerd must be 1.6 or 1.7+, not ${String(containerd)}`;
    } else if (flag === '--kubernetes') {
      const version = value();
      if (version === undefined || !/^v?1\.\d+$/.test(version)) {
        return `--kubernetes must be a minor version such as 1.29, not ${String(version)}`;
      }
      options.target.kubernetesVersion = version.replace(/^v/, '');
    } else if (flag === '--windows') {
      const version = value();
      const windows = asWindowsVersion(version);
      if (windows === undefined)
        return `--windows must be 2019, 2022 or 2025, not ${String(version)}`;
      options.target.windows = windows;
    } else if (arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
    } else {
      return `unknown option ${arg}`;
    }
  }
  if (options.fix && options.files.length !== 1) return '--fix takes exactly one FILE';
  return options.files.length === 0 ? 'no FILE given' : options;
}

function objectInfo(object: unknown): { kind: string; name: string } {
  const record = isRecord(object) ? object : {};
  const metadata = isRecord(record.metadata) ? record.metadata : {};
  const name = metadata.name ?? metadata.generateName;
  return {
    kind: typeof record.kind === 'string' ? record.kind : 'unknown',
    name: typeof name === 'string' ? name : '',
  };
}

/** A document to check, with where its fields sit in the file (`items[3].` inside a List). */
export interface Located {
  object: unknown;
  lines: PathLines | undefined;
  prefix: string;
}

/**
 * `kind: List` and every `*List` kind (PodList, …) open up into their items, as kubectl applies
 * each item: a bad workload inside a List must not pass unseen.
 */
export function unwrapLists(documents: readonly unknown[], lines: readonly PathLines[]): Located[] {
  return documents.flatMap((object, index): Located[] => {
    const docLines = lines[index];
    if (isRecord(object) && typeof object.kind === 'string' && object.kind.endsWith('List')) {
      if (Array.isArray(object.items)) {
        return object.items.map((item: unknown, i) => ({
          object: item,
          lines: docLines,
          prefix: `items[${i}].`,
        }));
      }
    }
    return [{ object, lines: docLines, prefix: '' }];
  });
}

/** The findings of each located object: rule findings with their fixes, and schema findings. */
export function lintDocuments(
  file: string,
  located: readonly Located[],
  target: Target,
): LintEntry[] {
  const result = lint(
    located.map((doc) => doc.object),
    target,
  );
  return located.flatMap(({ object, lines, prefix }, index) => {
    const workload = result.workloads.find((candidate) => candidate.index === index);
    const found = result.documents[index] ?? [];
    if (!workload && found.length === 0) return [];
    const { kind, name } = objectInfo(object);
    const findings = found.map((finding) => {
      const line = lineForPath(lines, `${prefix}${finding.path}`);
      return line === undefined ? finding : { ...finding, line };
    });
    return [{ file, kind, name, podSecurityLevel: workload?.podSecurityLevel ?? null, findings }];
  });
}

/**
 * `lint [--format text|json|github|sarif] [--containerd 1.6|1.7+] [--kubernetes 1.NN] FILE…`:
 * validates manifests with the same core, limits and YAML reading as the app. Returns 2 when a
 * file cannot be read or parsed, else 1 when any error was found, else 0.
 */
export async function runLint(args: string[], io: Partial<LintIo> = {}): Promise<number> {
  const { readText, out, err, color } = { ...DEFAULT_IO, ...io };
  if (args.includes('--version')) {
    const { runVersion } = await import('./version');
    return runVersion();
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    err(`${options}\n${USAGE}\n`);
    return 2;
  }
  if (options.fix) {
    const { runLintFix } = await import('./lintFix');
    return runLintFix(options, { readText, out, err, color });
  }
  const entries: LintEntry[] = [];
  let unreadable = 0;
  for (const file of options.files) {
    const label = file === '-' ? 'stdin' : file;
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      err(
        `${escapeForTerminal(label)}: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`,
      );
      unreadable += 1;
      continue;
    }
    const parsed = parseDocuments(text, MAX_CLI_INPUT_BYTES);
    if (!parsed.ok) {
      err(`${escapeForTerminal(label)}: ${escapeForTerminal(parsed.reason)}\n`);
      unreadable += 1;
      continue;
    }
    const located = unwrapLists(parsed.documents, sourceLines(text));
    entries.push(...lintDocuments(label, located, options.target));
  }
  out(formatReport(options.format, entries, { files: options.files.length, unreadable }, color));
  if (unreadable > 0) return 2;
  const findings = entries.flatMap((entry) => entry.findings);
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
