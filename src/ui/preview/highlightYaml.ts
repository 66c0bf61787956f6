import { TreeFragment, type Tree } from '@lezer/common';
import { highlightCode, tagHighlighter, tags } from '@lezer/highlight';
import { parser } from '@lezer/yaml';

import { lineChange, replaceRange } from '@/core/ui/textChange';

/** A run of YAML text and the class that colours it ('' = plain). */
export interface YamlSegment {
  text: string;
  className: string;
}

const highlighter = tagHighlighter([
  { tag: tags.propertyName, class: 'y-key' },
  { tag: tags.string, class: 'y-str' },
  { tag: tags.meta, class: 'y-meta' },
  { tag: tags.separator, class: 'y-punc' },
  { tag: tags.comment, class: 'y-comment' },
  { tag: [tags.keyword, tags.typeName, tags.labelName], class: 'y-meta' },
]);

/**
 * The YAML as coloured runs whose texts join back to exactly the input. Loaded on demand
 * (dynamic import) so that the parser stays out of the first screen's bundle.
 */
export function highlightYaml(yaml: string): YamlSegment[] {
  const segments: YamlSegment[] = [];
  const push = (text: string, className: string) => {
    const last = segments[segments.length - 1];
    if (last && last.className === className) last.text += text;
    else segments.push({ text, className });
  };
  highlightCode(yaml, parser.parse(yaml), highlighter, push, () => push('\n', ''));
  return segments;
}

/**
 * The YAML as coloured runs per line (without the line breaks), so a preview can re-render and
 * re-colour only the lines that changed.
 */
export function highlightYamlLines(yaml: string): YamlSegment[][] {
  return linesOf(yaml, parser.parse(yaml), 0, yaml.length);
}

/**
 * A per-line highlighter that remembers the last document: the next one is parsed incrementally
 * (lezer reuses the unchanged parts of the tree) and only the lines between the first and the
 * last changed character are coloured again; the other lines keep their runs (same arrays), so a
 * memoized line component does not even re-render. A keystroke in a 6,000-line document costs a
 * few lines of work instead of the whole document.
 */
export function createLineHighlighter(): (yaml: string) => YamlSegment[][] {
  let previous: { text: string; tree: Tree; lines: YamlSegment[][] } | undefined;
  return (yaml) => {
    if (previous?.text === yaml) return previous.lines;
    if (!previous) {
      const tree = parser.parse(yaml);
      previous = { text: yaml, tree, lines: linesOf(yaml, tree, 0, yaml.length) };
      return previous.lines;
    }
    const old = previous.text;
    const { prefix, suffix, firstLine, endOldLine, from, to } = lineChange(old, yaml);
    const fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [
      { fromA: prefix, toA: old.length - suffix, fromB: prefix, toB: yaml.length - suffix },
    ]);
    const tree = parser.parse(yaml, fragments);
    const lines = replaceRange(
      previous.lines,
      firstLine,
      endOldLine,
      linesOf(yaml, tree, from, to),
    );
    previous = { text: yaml, tree, lines };
    return lines;
  };
}

function linesOf(yaml: string, tree: Tree, from: number, to: number): YamlSegment[][] {
  const lines: YamlSegment[][] = [[]];
  const push = (text: string, className: string) => {
    const line = lines[lines.length - 1] ?? [];
    const last = line[line.length - 1];
    if (last && last.className === className) last.text += text;
    else line.push({ text, className });
  };
  highlightCode(yaml, tree, highlighter, push, () => lines.push([]), from, to);
  return lines;
}
