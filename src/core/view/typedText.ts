import { joinCommandLine, splitCommandLine } from '@/core/model/commandLine';

/*
 * What an input shows while a person types: the text as typed while it still means the stored
 * value (a leading zero, trailing spaces, an open quote), else the stored value written out afresh
 * (after an undo, or a change made elsewhere).
 */

/** A whole number typed as text: null when empty, undefined while it is not (yet) a number. */
export function parseWholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** What a number input shows for the stored `value`, given what was last typed into it. */
export function shownNumber(typed: string, value: number | null): string {
  if (parseWholeNumber(typed) === value) return typed;
  return value === null ? '' : String(value);
}

/** What a command-line input shows for the stored `args`, given what was last typed into it. */
export function shownCommandLine(typed: string, args: readonly string[]): string {
  const parsed = splitCommandLine(typed);
  const same = parsed.length === args.length && parsed.every((arg, i) => arg === args[i]);
  return same ? typed : joinCommandLine(args);
}
