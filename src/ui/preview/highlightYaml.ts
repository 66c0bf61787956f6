import { highlightCode, tagHighlighter, tags } from '@lezer/highlight';
import { parser } from '@lezer/yaml';

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
  const lines: YamlSegment[][] = [[]];
  const push = (text: string, className: string) => {
    const line = lines[lines.length - 1] ?? [];
    const last = line[line.length - 1];
    if (last && last.className === className) last.text += text;
    else line.push({ text, className });
  };
  highlightCode(yaml, parser.parse(yaml), highlighter, push, () => lines.push([]));
  return lines;
}
