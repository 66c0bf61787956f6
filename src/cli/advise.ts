import { adviseAccount } from '@/core/advisor/adviseAccount';
import { NEEDS, type NeedId } from '@/core/model/windowsNeeds';
import { importManifests } from '@/core/import/importManifests';

import { readInput } from './readInput';
import { escapeForTerminal } from './terminalText';

const USAGE = `usage: advise [--need ID]… FILE   (- = stdin)
needs: ${NEEDS.map((need) => need.id).join(', ')}`;

/** What `runAdvise` talks to; tests swap any part. */
export interface AdviseIo {
  readText: (file: string) => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
}

const DEFAULT_IO: AdviseIo = {
  readText: (file) => readInput(file),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * `advise [--need ID]… FILE`: the least-privilege advisor of the app for the workload in FILE:
 * the smallest account for the given needs, why, and for a usergroup the node preparation.
 * Returns 0, or 2 on a bad argument or an unreadable file.
 */
export async function runAdvise(args: string[], io: Partial<AdviseIo> = {}): Promise<number> {
  const { readText, out, err } = { ...DEFAULT_IO, ...io };
  const needs: NeedId[] = [];
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg !== '--need') {
      files.push(arg);
      continue;
    }
    const need = NEEDS.find((candidate) => candidate.id === args[i + 1]);
    if (!need) {
      err(`unknown need ${String(args[i + 1])}\n${USAGE}\n`);
      return 2;
    }
    needs.push(need.id);
    i += 1;
  }
  const [file] = files;
  if (file === undefined || files.length > 1) {
    err(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    err(
      `${escapeForTerminal(file)}: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`,
    );
    return 2;
  }
  const imported = importManifests(text);
  if (!imported.ok) {
    err(`${escapeForTerminal(file)}: ${escapeForTerminal(imported.reason)}\n`);
    return 2;
  }
  const advice = adviseAccount(needs, imported.draft);
  const lines = [`runAsUserName: ${advice.runAsUserName}`, advice.summary];
  for (const reason of advice.reasons) lines.push(`- ${reason.label}: ${reason.why}`);
  if (advice.preparation) {
    lines.push('Prepare each node:', ...advice.preparation.netLocalgroup);
    lines.push(...advice.preparation.grants.map((grant) => grant.command));
  }
  out(`${lines.join('\n')}\n`);
  return 0;
}
