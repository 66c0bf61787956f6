/** Two edits of the same fields closer together than this are one undo step (a typing burst). */
export const COALESCE_MS = 500;

/** How many undo steps are kept; older ones are dropped first. */
export const HISTORY_LIMIT = 100;

/** The edit that made the latest step, so the next edit of the same fields can join it. */
export interface Burst {
  /** Which fields the edit changed (see `changeSignature`). */
  signature: string;
  /** When the latest edit of the burst happened, in milliseconds. */
  at: number;
}

/**
 * Undo/redo history around a present value that is kept elsewhere (the store's draft): the
 * present is passed in, so the history never disagrees with it.
 */
export interface UndoHistory<T> {
  /** Earlier values, oldest first. */
  readonly past: readonly T[];
  /** Undone values, the next redo last. */
  readonly future: readonly T[];
  /** The edit still open for merging; null after loads, undo and redo. */
  readonly burst: Burst | null;
}

/** How an edit is recorded: `signature` null means "never merge" (loads, resets, imports). */
export interface Change {
  signature: string | null;
  at: number;
}

/** An empty history. */
export function createHistory<T>(): UndoHistory<T> {
  return { past: [], future: [], burst: null };
}

/**
 * Records that `previous` was replaced by `next`. An edit of the same fields within
 * `COALESCE_MS` of the last one joins its step, so one undo reverts a whole burst of typing.
 */
export function recordChange<T>(
  history: UndoHistory<T>,
  previous: T,
  next: T,
  change: Change,
): UndoHistory<T> {
  if (Object.is(previous, next)) return history;
  const { signature, at } = change;
  const burst = signature === null ? null : { signature, at };
  const joinsBurst =
    signature !== null &&
    history.burst !== null &&
    history.burst.signature === signature &&
    at - history.burst.at >= 0 &&
    at - history.burst.at <= COALESCE_MS &&
    history.past.length > 0;
  if (joinsBurst) return { past: history.past, future: [], burst };
  return { past: [...history.past, previous].slice(-HISTORY_LIMIT), future: [], burst };
}

/** The result of undo or redo: the new history and the value to show. */
export interface Step<T> {
  history: UndoHistory<T>;
  present: T;
}

/** Steps back once; null when there is nothing to undo. */
export function undo<T>(history: UndoHistory<T>, present: T): Step<T> | null {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, present], burst: null },
    present: previous as T,
  };
}

/** Steps forward once; null when there is nothing to redo. */
export function redo<T>(history: UndoHistory<T>, present: T): Step<T> | null {
  const next = history.future.at(-1);
  if (history.future.length === 0) return null;
  return {
    history: { past: [...history.past, present], future: history.future.slice(0, -1), burst: null },
    present: next as T,
  };
}
