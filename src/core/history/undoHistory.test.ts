import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  COALESCE_MS,
  HISTORY_LIMIT,
  createHistory,
  recordChange,
  redo,
  undo,
  type UndoHistory,
} from './undoHistory';

/** Types `text` one character per `gapMs`, recording each keystroke as an edit of `field`. */
function typeInto(field: string, text: string, gapMs: number, start = 0) {
  let history: UndoHistory<string> = createHistory();
  let present = '';
  [...text].forEach((char, i) => {
    const next = present + char;
    history = recordChange(history, present, next, { signature: field, at: start + i * gapMs });
    present = next;
  });
  return { history, present };
}

describe('undo history', () => {
  it('has nothing to undo or redo at first', () => {
    expect(undo(createHistory(), 'a')).toBeNull();
    expect(redo(createHistory(), 'a')).toBeNull();
  });

  it('ignores a change to the very same value', () => {
    const history = createHistory<string>();
    expect(recordChange(history, 'a', 'a', { signature: 'x', at: 0 })).toBe(history);
  });

  it('merges a fast burst of typing in one field into one undo step', () => {
    const { history, present } = typeInto('workload.name', 'hello', 100);
    expect(present).toBe('hello');
    expect(history.past).toEqual(['']);
    expect(undo(history, present)?.present).toBe('');
  });

  it('starts a new step after a pause longer than the coalescing window', () => {
    const { history, present } = typeInto('workload.name', 'ab', COALESCE_MS + 1);
    expect(history.past).toEqual(['', 'a']);
    const once = undo(history, present);
    expect(once?.present).toBe('a');
  });

  it('starts a new step when another field is edited', () => {
    let history = createHistory<string>();
    history = recordChange(history, '', 'a', { signature: 'one', at: 0 });
    history = recordChange(history, 'a', 'ab', { signature: 'two', at: 10 });
    expect(history.past).toEqual(['', 'a']);
  });

  it('never merges loads (null signature), before or after', () => {
    let history = createHistory<string>();
    history = recordChange(history, '', 'a', { signature: null, at: 0 });
    history = recordChange(history, 'a', 'b', { signature: null, at: 1 });
    expect(history.past).toEqual(['', 'a']);
    expect(history.burst).toBeNull();
  });

  it('redoes what was undone, and a new edit drops the redo branch', () => {
    const { history, present } = typeInto('f', 'ab', COALESCE_MS + 1);
    const back = undo(history, present)!;
    expect(back.present).toBe('a');
    const forward = redo(back.history, back.present)!;
    expect(forward.present).toBe('ab');
    const back2 = undo(forward.history, forward.present)!;
    const edited = recordChange(back2.history, back2.present, 'ax', { signature: 'f', at: 1e6 });
    expect(edited.future).toEqual([]);
    expect(redo(edited, 'ax')).toBeNull();
  });

  it('does not merge an edit right after undo into the undone step', () => {
    const { history, present } = typeInto('f', 'abc', 10);
    const back = undo(history, present)!;
    const next = recordChange(back.history, back.present, 'z', { signature: 'f', at: 25 });
    expect(next.past).toEqual(['']);
    expect(undo(next, 'z')?.present).toBe('');
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let history = createHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) {
      history = recordChange(history, i, i + 1, { signature: null, at: i });
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toBe(20);
  });

  it('undo then redo always returns to the same value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer(), fc.constantFrom('a', 'b', null), fc.nat(1000)), {
          maxLength: 30,
        }),
        fc.nat(40),
        (edits, undos) => {
          let history = createHistory<number>();
          let present = 0;
          let at = 0;
          for (const [value, signature, gap] of edits) {
            at += gap;
            history = recordChange(history, present, value, { signature, at });
            present = value;
          }
          const seen: number[] = [present];
          for (let i = 0; i < undos; i += 1) {
            const step = undo(history, present);
            if (!step) break;
            ({ history, present } = step);
            seen.push(present);
          }
          seen.pop();
          for (const expected of seen.reverse()) {
            const step = redo(history, present)!;
            ({ history, present } = step);
            expect(present).toBe(expected);
          }
        },
      ),
    );
  });
});
