import { create } from 'zustand';

import { createDraft, type Draft } from '@/core/model/draft';

/** A pure update of the whole Draft, usually one of `@/core/model/draftOps`. */
export type DraftOp = (draft: Draft) => Draft;

interface DraftStore {
  draft: Draft;
  actions: {
    /** Patch one section of the Draft. */
    patch: <K extends keyof Draft>(section: K, value: Partial<Draft[K]>) => void;
    /** Apply any pure draft operation. */
    apply: (op: DraftOp) => void;
    /** Replace the whole Draft (presets, share links, imports, reset). */
    load: (draft: Draft) => void;
  };
}

/** The one store: the Draft and the actions that change it. Derived data lives in derived.ts. */
export const useDraftStore = create<DraftStore>()((set) => ({
  draft: createDraft(),
  actions: {
    patch: (section, value) =>
      set(({ draft }) => ({ draft: { ...draft, [section]: { ...draft[section], ...value } } })),
    apply: (op) => set(({ draft }) => ({ draft: op(draft) })),
    load: (draft) => set({ draft }),
  },
}));

/** Select a slice of the Draft; the selector must return a stable reference. */
export function useDraft<T>(select: (draft: Draft) => T): T {
  return useDraftStore((s) => select(s.draft));
}

/** The stable action object. */
export function useDraftActions(): DraftStore['actions'] {
  return useDraftStore((s) => s.actions);
}
