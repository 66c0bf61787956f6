import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./build-schema.mjs', import.meta.url));

describe('build-schema', () => {
  it('the committed schema data is what the installed kubernetes-models generates', () => {
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  }, 60_000);
});
