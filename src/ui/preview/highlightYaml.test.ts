import { describe, expect, it } from 'vitest';

import { highlightYaml, highlightYamlLines } from './highlightYaml';

const YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "a b"\n  labels: {}\n';

describe('highlightYamlLines', () => {
  it('gives one list of runs per line whose texts are exactly that line', () => {
    const lines = highlightYamlLines(YAML);
    expect(lines.map((runs) => runs.map((r) => r.text).join(''))).toEqual(YAML.split('\n'));
  });

  it('colours like the whole-document highlighter', () => {
    const keys = (runs: Array<{ text: string; className: string }>) =>
      runs.filter((r) => r.className === 'y-key').map((r) => r.text);
    expect(highlightYamlLines(YAML).flatMap(keys)).toEqual(keys(highlightYaml(YAML)));
    expect(highlightYamlLines(YAML).flatMap(keys)).toContain('apiVersion');
  });
});
