import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's config, with only the import rule and without type information: the fences are
// what is tested, and loading the whole TypeScript project takes a minute on a busy machine.
const eslint = new ESLint({
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

describe('import boundaries between the layers of src/', { timeout: 30_000 }, () => {
  it('rejects a relative import from the CLI into the UI', async () => {
    const code = "import { App } from '../ui/App';\n\nexport const app = App;\n";
    expect(await ruleIds(code, 'src/cli/main.ts')).toContain('no-restricted-imports');
  });

  it('rejects an aliased import from the core into the store', async () => {
    const code =
      "import { useAppStore } from '@/state/store';\n\nexport const store = useAppStore;\n";
    expect(await ruleIds(code, 'src/core/lint/lint.ts')).toContain('no-restricted-imports');
  });

  it('accepts the core importing its own modules', async () => {
    const code = "import { lint } from '../lint/lint';\n\nexport const check = lint;\n";
    expect(await ruleIds(code, 'src/core/view/listOps.ts')).not.toContain('no-restricted-imports');
  });
});
