import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Words that only a statement about what a Windows node does would use. Text with them belongs in
 * a windows*.ts facts file, with its source; rules, hints and presets quote the fact instead.
 */
const WINDOWS_CLAIM = [
  /hcsshim/i,
  /(domain|account).{0,40}case[- ](in)?sensitiv|case[- ](in)?sensitiv.{0,40}(domain|account)/i,
  /interactive logon/i,
  /bindflt|bind filter/i,
  /symlink/i,
  /C:\\+hpc/i,
  /job object/i,
  /ephemeral (local )?user/i,
  /(requires?|needs?) containerd/i,
  /Performance Log Users/i,
  /full control of the node/i,
  /anonymous credentials/i,
  /computer account/i,
  /os\.?version|OS build/i,
  /shadow(s|ed)\b/i,
  /out-of-memory|allocations? (that would exceed|fail)/i,
  /stays after the pod is deleted|firewall rules? .{0,30}outlives?/i,
  /ContainerAdministrator|verifyRunAsNonRoot/i,
  /cannot be mounted into HostProcess/i,
  /Kubernetes creates an ephemeral/i,
];

/** The literal text of a source file: string literals, template parts and JSX text. */
export function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      texts.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

/** The Windows claims written in a file's literal text. */
export function windowsClaimsIn(fileName: string, source: string): string[] {
  return literalTexts(fileName, source).filter((text) =>
    WINDOWS_CLAIM.some((pattern) => pattern.test(text)),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// The facts themselves, and test helpers that describe rules rather than state facts.
const FACT_FILE = /src[\\/]core[\\/]model[\\/]windows[A-Z]\w*\.ts$/;

describe('Windows claims live in the facts module', () => {
  it('the scan finds a claim written in a string, a template and JSX text', () => {
    expect(
      windowsClaimsIn(
        'x.tsx',
        [
          "const a = 'hcsshim compares the domain case-sensitively';",
          "const e = 'The values are case-sensitive: pick one of those listed';",
          'const b = `${x} runs as an ephemeral user`;',
          'const c = <p>Kubernetes creates an ephemeral user in this group</p>;',
          '// hcsshim in a comment is not text the user reads',
          "const d = 'Pick an account';",
        ].join('\n'),
      ),
    ).toEqual([
      'hcsshim compares the domain case-sensitively',
      ' runs as an ephemeral user',
      'Kubernetes creates an ephemeral user in this group',
    ]);
  });

  it('no rule, hint, preset or other source file states one outside the facts files', () => {
    const found = sourceFiles('src')
      .filter((file) => !FACT_FILE.test(file))
      .flatMap((file) =>
        windowsClaimsIn(file, readFileSync(file, 'utf8')).map((text) => `${file}: ${text}`),
      );
    expect(found).toEqual([]);
  });
});
