import type { Draft } from '@/core/model/draft';
import { restoreDraft } from '@/core/model/restoreDraft';

import { parseSafeJson } from './safeJson';

/** Marks storage content as ours, so another app's value under the same key is not misread. */
const SAVED_APP = 'hostprocess-pod-builder';

/** Version of the saved envelope; a Draft's own evolution is handled by `restoreDraft`. */
const SAVED_VERSION = 1;

/** What was found in storage: nothing, a Draft, or content that cannot be used (and why). */
export type ReadSavedResult =
  { kind: 'empty' } | { kind: 'ok'; draft: Draft } | { kind: 'unreadable'; reason: string };

/** A Draft as the text kept in local storage. */
export function encodeSavedDraft(draft: Draft): string {
  return JSON.stringify({ app: SAVED_APP, version: SAVED_VERSION, draft });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what local storage holds. Never throws: corrupt, foreign or future content gives
 * `unreadable` with a reason, so the app starts fresh and says why.
 */
export function decodeSavedDraft(text: string | null): ReadSavedResult {
  if (text === null || text === '') return { kind: 'empty' };
  const parsed = parseSafeJson(text);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason };
  const envelope = parsed.value;
  if (!isRecord(envelope) || envelope.app !== SAVED_APP) {
    return { kind: 'unreadable', reason: 'it was not saved by this app' };
  }
  if (envelope.version !== SAVED_VERSION) {
    return {
      kind: 'unreadable',
      reason: `it uses an unknown format (${String(envelope.version)})`,
    };
  }
  const restored = restoreDraft(envelope.draft);
  return restored.ok
    ? { kind: 'ok', draft: restored.draft }
    : { kind: 'unreadable', reason: restored.reason };
}
