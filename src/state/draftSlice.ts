import { changeSignature } from '@/core/history/changeSignature';
import {
  createHistory,
  recordChange,
  redo,
  undo,
  type UndoHistory,
} from '@/core/history/undoHistory';
import { createDraft, type Draft } from '@/core/model/draft';
import { patchSection, type SectionName } from '@/core/model/draftOps';
import { NO_EDITOR_TEXT } from './editorTextSlice';
import type { SliceSet } from './sliceTypes';

/** A pure update of the whole Draft, usually one of `@/core/model/draftOps`. */
export type DraftOp = (draft: Draft) => Draft;

export interface DraftState {
  draft: Draft;
  /** Undo/redo around `draft`; the Draft itself is never duplicated here. */
  history: UndoHistory<Draft>;
}

export interface DraftActions {
  /** Patch one section of the Draft. */
  patch: <K extends keyof Draft>(section: K, value: Partial<Draft[K]>) => void;
  /** Apply any pure draft operation. */
  apply: (op: DraftOp) => void;
  /** Replace the whole Draft (presets, share links, imports, reset): one undo step of its own. */
  load: (draft: Draft) => void;
  /** Replace the Draft and forget the history (the draft restored at start-up). */
  hydrate: (draft: Draft) => void;
  undo: () => void;
  redo: () => void;
}

/** The clock the history uses to merge bursts of typing; tests may replace it. */
export const historyClock = { now: (): number => Date.now() };

const PATCHED_BY_DRAFT_OPS: ReadonlySet<keyof Draft> = new Set<SectionName>([
  'workload',
  'user',
  'scheduling',
]);

function patchDraft<K extends keyof Draft>(draft: Draft, section: K, value: Partial<Draft[K]>) {
  if (PATCHED_BY_DRAFT_OPS.has(section)) {
    return patchSection(draft, section as SectionName, value as Partial<Draft[SectionName]>);
  }
  return { ...draft, [section]: { ...draft[section], ...value } };
}

export const initialDraftState = (): DraftState => ({
  draft: createDraft(),
  history: createHistory<Draft>(),
});

export function draftActions(set: SliceSet): DraftActions {
  /** Every edit goes through here, so every change is undoable; same-field bursts merge. */
  const edit = (op: DraftOp) =>
    set(({ draft, history }) => {
      const next = op(draft);
      const signature = changeSignature(draft, next);
      // An edit that changes no value (a re-selected option, a blur) is no step, and keeping the
      // old Draft keeps every selector's result stable.
      if (signature === '') return {};
      return {
        ...NO_EDITOR_TEXT,
        draft: next,
        history: recordChange(history, draft, next, {
          signature: signature === '*' ? null : signature,
          at: historyClock.now(),
        }),
      };
    });
  const step = (move: typeof undo) =>
    set(({ draft, history }) => {
      const moved = move(history, draft);
      return moved ? { ...NO_EDITOR_TEXT, draft: moved.present, history: moved.history } : {};
    });
  return {
    patch: (section, value) => edit((draft) => patchDraft(draft, section, value)),
    apply: edit,
    load: (loaded) =>
      set(({ draft, history }) => ({
        ...NO_EDITOR_TEXT,
        draft: loaded,
        history: recordChange(history, draft, loaded, { signature: null, at: historyClock.now() }),
      })),
    hydrate: (draft) => set({ ...NO_EDITOR_TEXT, draft, history: createHistory<Draft>() }),
    undo: () => step(undo),
    redo: () => step(redo),
  };
}
