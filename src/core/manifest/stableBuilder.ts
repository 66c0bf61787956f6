import { sameTree } from './sameTree';
import { markStable } from './stableObjects';

/**
 * `build`, memoized on the draft object it is given and registered as stable, so that toYaml can
 * reuse its text: a keystroke replaces one item of a Draft list, and only that one is rebuilt and
 * re-written. The cache is checked against a deep copy of the draft object, so a draft edited in
 * place (as the importer does) is still seen; the output shares nothing with the draft and is
 * deep-frozen.
 */
export function stableBuilder<Source extends object, Output extends object>(
  build: (source: Source) => Output,
): (draft: Source) => Output {
  const built = new WeakMap<Source, { source: Source; output: Output }>();
  return (draft) => {
    const cached = built.get(draft);
    if (cached && sameTree(cached.source, draft)) return cached.output;
    let source: Source;
    try {
      source = structuredClone(draft);
    } catch {
      // Not plain data (a function, a symbol): build it every time, uncached.
      return build(draft);
    }
    // Freezing the output also freezes the parts it shares with `source`, which is only ever read.
    const output = markStable(build(source));
    built.set(draft, { source, output });
    return output;
  };
}
