import { readFile, stat } from 'node:fs/promises';

import { loadAll, YAMLException } from 'js-yaml';

import { checkSchema } from '@/core/schema/checkSchema';
import type { PodSecurityLevel } from '@/core/validation/podSecurityLevel';
import { asWindowsVersion } from '@/core/validation/targetOptions';
import { DEFAULT_TARGET, type Finding, type Target } from '@/core/validation/types';
import { mergeSchemaFindings } from '@/core/validation/mergeSchemaFindings';
import { validateWithFixes } from '@/core/fixes/validateWithFixes';

const USAGE =
  'usage: lint [--json] [--containerd 1.6|1.7+] [--kubernetes 1.NN] [--windows 2019|2022|2025] FILE…   (- = stdin)\n' +
  '       lint --fix [--containerd 1.6|1.7+] [--kubernetes 1.NN] [--windows 2019|2022|2025] FILE   (fixed YAML on stdout)';

// Generous for any manifest, small enough that a stray binary file cannot exhaust memory.
const MAX_INPUT_BYTES = 10 * 1024 * 1024;
export const YAML_LIMITS = { maxDepth: 100, maxAliases: 1000, maxTotalMergeKeys: 1000 } as const;

/** What `runLint` talks to; tests and other front ends can swap any part. */
export interface LintIo {
  readText: (file: string) => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Colour the human output. */
  color: boolean;
  /** Extra per-object checks (the schema check); their findings join the validator's. */
  checkObject: (object: unknown) => Finding[];
}

/** One workload (or other object with findings) in the `--json` output. */
export interface LintEntry {
  file: string;
  kind: string;
  name: string;
  /** null for objects without a pod template (ConfigMap, …). */
  podSecurityLevel: PodSecurityLevel | null;
  findings: Finding[];
}

/** The parsed command line. */
export interface LintOptions {
  json: boolean;
  /** Write the file with every safe fix applied to stdout (one FILE only). */
  fix: boolean;
  target: Target;
  files: string[];
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_INPUT_BYTES) throw new Error(`input is larger than ${MAX_INPUT_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  if ((await stat(file)).size > MAX_INPUT_BYTES) {
    throw new Error(`file is larger than ${MAX_INPUT_BYTES} bytes`);
  }
  return readFile(file, 'utf8');
}

const DEFAULT_IO: LintIo = {
  readText: readInput,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  checkObject: checkSchema,
};

function parseArgs(args: string[]): LintOptions | string {
  const options: LintOptions = {
    json: false,
    fix: false,
    target: { ...DEFAULT_TARGET },
    files: [],
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[(i += 1)];
    if (flag === '--json') {
      options.json = true;
    } else if (flag === '--fix') {
      options.fix = true;
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
      if (windows === undefined) {
        return `--windows must be 2019, 2022 or 2025, not ${String(version)}`;
      }
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

/** YAML errors with line and column, everything else with its message. */
export function describeReadError(error: unknown): string {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    return mark ? `${mark.line + 1}:${mark.column + 1}: ${error.reason}` : error.reason;
  }
  return error instanceof Error ? error.message : String(error);
}

function objectInfo(object: unknown): { kind: string; name: string } {
  const record =
    typeof object === 'object' && object !== null ? (object as Record<string, unknown>) : {};
  const metadata =
    typeof record.metadata === 'object' && record.metadata !== null
      ? (record.metadata as Record<string, unknown>)
      : {};
  const name = metadata.name ?? metadata.generateName;
  return {
    kind: typeof record.kind === 'string' ? record.kind : 'unknown',
    name: typeof name === 'string' ? name : '',
  };
}

/** The findings of each object of one file: rule findings with their fixes, and schema findings. */
export function lintDocuments(
  file: string,
  documents: unknown[],
  target: Target,
  io: LintIo,
): LintEntry[] {
  const result = validateWithFixes(documents, target);
  const entries: LintEntry[] = [];
  documents.forEach((document, index) => {
    const workload = result.workloads.find((candidate) => candidate.index === index);
    let extra: Finding[] = [];
    try {
      extra = io.checkObject(document).map((finding) => ({ ...finding, documentIndex: index }));
    } catch {
      // The extra check is advisory; the validator's findings still stand.
    }
    if (!workload && extra.length === 0) return;
    const { kind, name } = objectInfo(document);
    entries.push({
      file,
      kind,
      name,
      podSecurityLevel: workload?.podSecurityLevel ?? null,
      findings: mergeSchemaFindings(workload?.findings ?? [], extra),
    });
  });
  return entries;
}

const COLORS: Record<Finding['severity'], string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
};

function formatLine(entry: LintEntry, finding: Finding, color: boolean): string {
  const severity = color
    ? `${COLORS[finding.severity]}${finding.severity}\u001b[0m`
    : finding.severity;
  return `${entry.file}: ${entry.kind}/${entry.name}: ${severity} ${finding.stage} ${finding.path}: ${finding.message}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `lint [--json] [--containerd 1.6|1.7+] [--kubernetes 1.NN] FILE…`: validates manifests with the
 * same core as the app. Returns 2 when a file cannot be read or parsed, else 1 when any error was
 * found, else 0.
 */
export async function runLint(args: string[], io: Partial<LintIo> = {}): Promise<number> {
  const { readText, out, err, color, checkObject } = { ...DEFAULT_IO, ...io };
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
    return runLintFix(options, { readText, out, err, color, checkObject });
  }
  const entries: LintEntry[] = [];
  let unreadable = 0;
  for (const file of options.files) {
    const label = file === '-' ? 'stdin' : file;
    let documents: unknown[];
    try {
      documents = loadAll(await readText(file), { ...YAML_LIMITS, filename: label });
    } catch (error) {
      err(`${label}: ${describeReadError(error)}\n`);
      unreadable += 1;
      continue;
    }
    entries.push(
      ...lintDocuments(label, documents, options.target, {
        readText,
        out,
        err,
        color,
        checkObject,
      }),
    );
  }

  const findings = entries.flatMap((entry) => entry.findings);
  if (options.json) {
    out(`${JSON.stringify(entries, null, 2)}\n`);
  } else {
    for (const entry of entries) {
      for (const finding of entry.findings) out(formatLine(entry, finding, color));
    }
    const count = (severity: Finding['severity']): number =>
      findings.filter((finding) => finding.severity === severity).length;
    out(
      `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info ` +
        `in ${plural(entries.length, 'object')} from ${plural(options.files.length - unreadable, 'file')}` +
        `${unreadable > 0 ? ` (${plural(unreadable, 'file')} unreadable)` : ''}\n`,
    );
  }
  if (unreadable > 0) return 2;
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
