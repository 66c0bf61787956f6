import { create } from 'zustand';

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

/** A pure update of the whole Draft, usually one of `@/core/model/draftOps`. */
export type DraftOp = (draft: Draft) => Draft;

const PATCHED_BY_DRAFT_OPS: ReadonlySet<keyof Draft> = new Set<SectionName>([
  'workload',
  'user',
  'scheduling',
]);

interface DraftStore {
  draft: Draft;
  /** Undo/redo around `draft`; the Draft itself is never duplicated here. */
  history: UndoHistory<Draft>;
  actions: {
    /** Patch one section of the Draft. */
    patch: <K extends keyof Draft>(section: K, value: Partial<Draft[K]>) => void;
    /** Apply any pure draft operation. */
    apply: (op: DraftOp) => void;
    /** Replace the whole Draft (presets, share links, imports, reset): one undo step of its own. */
    load: (draft: Draft) => void;
    /** Replace the whole Draft with one read from the YAML editor: a burst of typing is one step. */
    loadFromText: (draft: Draft) => void;
    /** Replace the Draft and forget the history (the draft restored at start-up). */
    hydrate: (draft: Draft) => void;
    undo: () => void;
    redo: () => void;
  };
}

/** The clock the history uses to merge bursts of typing; tests may replace it. */
export const historyClock = { now: (): number => Date.now() };

function patchDraft<K extends keyof Draft>(draft: Draft, section: K, value: Partial<Draft[K]>) {
  if (PATCHED_BY_DRAFT_OPS.has(section)) {
    return patchSection(draft, section as SectionName, value as Partial<Draft[SectionName]>);
  }
  return { ...draft, [section]: { ...draft[section], ...value } };
}

/** The one store: the Draft, its undo history and the actions. Derived data lives in derived.ts. */
export const useDraftStore = create<DraftStore>()((set) => {
  /** Every edit goes through here, so every change is undoable; same-field bursts merge. */
  const edit = (op: DraftOp) =>
    set(({ draft, history }) => {
      const next = op(draft);
      const signature = changeSignature(draft, next);
      // An edit that changes no value (a re-selected option, a blur) is no step, and keeping the
      // old Draft keeps every selector's result stable.
      if (signature === '') return {};
      return {
        draft: next,
        history: recordChange(history, draft, next, {
          signature: signature === '*' ? null : signature,
          at: historyClock.now(),
        }),
      };
    });
  return {
    draft: createDraft(),
    history: createHistory<Draft>(),
    actions: {
      patch: (section, value) => edit((draft) => patchDraft(draft, section, value)),
      apply: edit,
      load: (loaded) =>
        set(({ draft, history }) => ({
          draft: loaded,
          history: recordChange(history, draft, loaded, {
            signature: null,
            at: historyClock.now(),
          }),
        })),
      loadFromText: (loaded) =>
        set(({ draft, history }) =>
          // A comment or a blank line changes the text, not the Draft: no step.
          loaded === draft || changeSignature(draft, loaded) === ''
            ? {}
            : {
                draft: loaded,
                history: recordChange(history, draft, loaded, {
                  signature: 'yaml-editor',
                  at: historyClock.now(),
                }),
              },
        ),
      hydrate: (draft) => set({ draft, history: createHistory<Draft>() }),
      undo: () =>
        set(({ draft, history }) => {
          const step = undo(history, draft);
          return step ? { draft: step.present, history: step.history } : {};
        }),
      redo: () =>
        set(({ draft, history }) => {
          const step = redo(history, draft);
          return step ? { draft: step.present, history: step.history } : {};
        }),
    },
  };
});

/** Select a slice of the Draft; the selector must return a stable reference. */
export function useDraft<T>(select: (draft: Draft) => T): T {
  return useDraftStore((s) => select(s.draft));
}

/** The stable action object. */
export function useDraftActions(): DraftStore['actions'] {
  return useDraftStore((s) => s.actions);
}

/** Whether undo and redo have anything to do (for buttons). */
export function useCanUndoRedo(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useDraftStore((s) => s.history.past.length > 0);
  const canRedo = useDraftStore((s) => s.history.future.length > 0);
  return { canUndo, canRedo };
}
