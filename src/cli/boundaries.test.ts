import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

describe('import boundaries between the layers of src/', { timeout: 60_000 }, () => {
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
