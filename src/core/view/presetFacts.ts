import type { Draft } from '@/core/model/draft';
import { toBuiltInAccount } from '@/core/model/windows';

/** The account a draft runs as, in the words of the account chooser. */
export function accountLabel(draft: Draft): string {
  const name = draft.user.runAsUserName;
  if (name === null || name.trim() === '') return 'No account set';
  return toBuiltInAccount(name)?.title ?? `Local usergroup ${name}`;
}

/** One line about a preset: its kind and account, e.g. "DaemonSet · LocalService". */
export function presetFacts(draft: Draft): string {
  return `${draft.workload.kind} · ${accountLabel(draft)}`;
}
