/** Where a Windows fact comes from: code that runs on the node, or a documentation page. */
export type FactSource =
  | { repo: string; path: string; commit: string; symbol?: string }
  | { url: string; section?: string };

/**
 * One claim about what a Windows node does, with the source that shows it. When a docs page and the code
 * that runs on the node disagree, both are in `sources` and `claim` says how they differ.
 */
export interface WindowsFact {
  /** Stable kebab-case id, cited by rules, hints, presets and tests. */
  id: string;
  claim: string;
  sources: readonly FactSource[];
}
