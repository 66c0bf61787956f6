import { toNamespace, toWorkload } from '@/core/manifest/toManifests';
import type { Draft, WorkloadKind } from '@/core/model/draft';
import type { Finding } from '@/core/validation/types';

import { describeNormalisations, differences, importNote } from './describeNormalisations';
import { deepEqual, isRecord } from './jsonValue';
import { parseDocuments } from './parseDocuments';
import { readWorkload } from './readWorkload';
import { reconcile } from './reconcile';

/** What an import found: the Draft, a list of the documents, and notes on what it changed. */
export type ImportResult =
  | {
      ok: true;
      draft: Draft;
      summary: { documents: Array<{ kind: string; name: string }>; workloadIndex: number };
      /** Info findings naming each normalisation (and other things worth knowing). */
      notes: Finding[];
    }
  | Refusal;

/** Why a text cannot be read into a Draft. */
type Refusal = { ok: false; reason: string };

const WORKLOAD_KINDS: readonly WorkloadKind[] = ['Pod', 'DaemonSet', 'Deployment', 'Job'];
const OTHER_POD_OWNERS = ['ReplicaSet', 'StatefulSet', 'CronJob', 'ReplicationController'];

type KubeDoc = Record<string, unknown>;

function kindOf(doc: KubeDoc): string {
  return typeof doc.kind === 'string' ? doc.kind : '';
}

function nameOf(doc: KubeDoc): string {
  return isRecord(doc.metadata) && typeof doc.metadata.name === 'string' ? doc.metadata.name : '';
}

function podSpecOf(doc: KubeDoc): unknown {
  if (!isRecord(doc.spec)) return undefined;
  if (kindOf(doc) === 'Pod') return doc.spec;
  return isRecord(doc.spec.template) ? doc.spec.template.spec : undefined;
}

function isHostProcess(doc: KubeDoc): boolean {
  const spec = podSpecOf(doc);
  if (!isRecord(spec)) return false;
  const lists: unknown[] = [spec.containers, spec.initContainers];
  const containers = lists.flatMap((list): unknown[] => (Array.isArray(list) ? list : []));
  const contexts: unknown[] = [spec, ...containers];
  return contexts.some(
    (holder) =>
      isRecord(holder) &&
      isRecord(holder.securityContext) &&
      isRecord(holder.securityContext.windowsOptions) &&
      holder.securityContext.windowsOptions.hostProcess === true,
  );
}

/** `kind: List` documents are opened up: their items are the documents. */
function unwrapLists(documents: readonly unknown[], notes: Finding[]): unknown[] {
  return documents.flatMap((doc) => {
    if (!isRecord(doc) || doc.kind !== 'List' || !Array.isArray(doc.items)) return [doc];
    notes.push(
      importNote(
        'import-list-unwrapped',
        `The kind: List was opened up: its ${doc.items.length} items are written as separate documents.`,
      ),
    );
    return doc.items as unknown[];
  });
}

function noWorkloadReason(docs: readonly KubeDoc[]): string {
  const kinds = docs.map(kindOf);
  const unsupported = kinds.find((kind) => OTHER_POD_OWNERS.includes(kind));
  if (unsupported) {
    return `Unsupported kind ${unsupported}: the builder edits a Pod, DaemonSet, Deployment or Job.`;
  }
  const found = kinds.filter((k) => k !== '').join(', ') || 'no kind';
  return `No workload found: expected a Pod, DaemonSet, Deployment or Job (found ${found}).`;
}

/** The workload a text holds, read into a Draft, with the documents around it. */
interface Reading {
  ok: true;
  draft: Draft;
  docs: KubeDoc[];
  workloadIndex: number;
  source: KubeDoc;
  /** Notes on the documents as a whole (lists opened up, several workloads). */
  notes: Finding[];
}

function readText(text: string): Reading | Refusal {
  const parsed = parseDocuments(text);
  if (!parsed.ok) return parsed;
  const notes: Finding[] = [];
  const documents = unwrapLists(parsed.documents, notes);
  if (documents.length === 0)
    return { ok: false, reason: 'The input holds no YAML or JSON document.' };
  const badIndex = documents.findIndex((doc) => !isRecord(doc));
  if (badIndex >= 0) {
    const what = Array.isArray(documents[badIndex]) ? 'a list' : `a ${typeof documents[badIndex]}`;
    return {
      ok: false,
      reason: `Document ${badIndex + 1} is ${what}, not a Kubernetes object (a mapping with apiVersion and kind).`,
    };
  }
  const docs = documents as KubeDoc[];
  const candidates = docs.flatMap((doc, i) =>
    WORKLOAD_KINDS.includes(kindOf(doc) as WorkloadKind) ? [i] : [],
  );
  const workloadIndex = candidates.find((i) => isHostProcess(docs[i]!)) ?? candidates[0];
  if (workloadIndex === undefined) return { ok: false, reason: noWorkloadReason(docs) };
  const source = docs[workloadIndex]!;
  if (candidates.length > 1) {
    notes.push(
      importNote(
        'import-several-workloads',
        `Found ${candidates.length} workloads; editing the ${kindOf(source)} “${nameOf(source)}”. The others are kept unchanged as extra documents.`,
      ),
    );
  }
  const draft = reconcile(readWorkload(source, kindOf(source) as WorkloadKind), source);
  draft.kept.documentsBefore = docs.slice(0, workloadIndex);
  draft.kept.documentsAfter = docs.slice(workloadIndex + 1);
  const [first] = draft.kept.documentsBefore;
  if (first !== undefined && deepEqual(first, toNamespace(draft))) {
    draft.workload.emitNamespace = true;
    draft.kept.documentsBefore = draft.kept.documentsBefore.slice(1);
  }
  return { ok: true, draft, docs, workloadIndex, source, notes };
}

/** Runs a read, turning anything it throws into a refusal: bad input never crashes the caller. */
function neverThrows<T>(read: () => T | Refusal): T | Refusal {
  try {
    return read();
  } catch (error) {
    return {
      ok: false,
      reason: `Could not import: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/**
 * Reads YAML or JSON (one or many documents, or a `kind: List`) into a Draft for the HostProcess
 * workload it holds. Nothing is lost: unmodelled fields and the other documents are kept and
 * written back in place, and each deliberate change is named in `notes`. Never throws.
 */
export function importManifests(text: string): ImportResult {
  return neverThrows((): ImportResult => {
    const reading = readText(text);
    if (!reading.ok) return reading;
    const { draft, docs, workloadIndex, source, notes } = reading;
    notes.push(...describeNormalisations(differences(source, toWorkload(draft))));
    return {
      ok: true,
      draft,
      summary: {
        documents: docs.map((doc) => ({ kind: kindOf(doc), name: nameOf(doc) })),
        workloadIndex,
      },
      notes,
    };
  });
}

/**
 * The Draft `importManifests` reads from `text` (or its reason to refuse), without the notes and
 * the document summary the Import dialog shows: for reading text on every keystroke, where
 * comparing the workload with the one written back again would be wasted. Never throws.
 */
export function importDraft(text: string): { ok: true; draft: Draft } | Refusal {
  return neverThrows(() => {
    const reading = readText(text);
    return reading.ok ? { ok: true, draft: reading.draft } : reading;
  });
}
