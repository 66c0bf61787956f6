import type { NeedId } from '@/core/model/windowsNeeds';
import type { Draft } from '@/core/model/draft';

/** A ready-made starting point: data only, checked by restoreDraft like any other Draft. */
export interface Preset {
  /** Stable kebab-case id, also the snapshot file name. */
  id: string;
  title: string;
  /** One paragraph: what it runs, and why this account is the smallest that works. */
  summary: string;
  /** What it works with or needs on the node (“Companion of Calico for Windows”), one sentence. */
  companionOf: string;
  /** The live upstream page (manifest or guide) it follows. */
  docUrl: string;
  draft: Draft;
  /** What the workload must do on the node: the least-privilege advisor opens with these ticked. */
  needs?: readonly NeedId[];
}
