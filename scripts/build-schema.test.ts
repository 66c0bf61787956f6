import { execFileSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

describe('build-schema', () => {
  it('the committed schema data is what the installed kubernetes-models generates', () => {
    const tsx = ['--import', 'tsx', 'scripts/build-schema.ts', '--check'];
    expect(() => execFileSync(process.execPath, tsx, { stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
