import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { createTheme } from '@mui/material/styles';
import { describe, expect, it, vi } from 'vitest';

import { DEFAULT_THEME_MODULES, lazyObject, rewriteDefaultTheme } from './lazyMuiDefaultThemes.mjs';

const require = createRequire(import.meta.url);
/** The installed ES module of `path` (e.g. `@mui/material/Box/Box`). */
function installed(path: string): { id: string; source: string } {
  const [scope, name, ...rest] = path.split('/');
  const root = dirname(require.resolve(`${scope}/${name}/package.json`));
  const id = join(root, ...rest) + '.mjs';
  return { id, source: readFileSync(id, 'utf8') };
}

describe('lazyObject', () => {
  it('makes nothing until used, then once, and behaves as the object it stands for', () => {
    const make = vi.fn(() => createTheme());
    const theme = lazyObject(make);
    expect(make).not.toHaveBeenCalled();
    expect(theme.palette.primary.main).toBe('#1976d2');
    expect(theme.spacing(2)).toBe('16px');
    expect('breakpoints' in theme).toBe(true);
    expect(Object.keys(theme)).toEqual(Object.keys(createTheme()));
    // MUI's isObjectEmpty walks the object with for…in.
    let keys = 0;
    for (const key in theme) if (key) keys++;
    expect(keys).toBeGreaterThan(5);
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('rewriteDefaultTheme', () => {
  it.each(DEFAULT_THEME_MODULES)('makes %s’s default theme on first use', (path, statement) => {
    const { id, source } = installed(path);
    expect(source).toContain(statement);
    const code = rewriteDefaultTheme(id, source);
    expect(code).toBeDefined();
    expect(code).not.toContain(statement);
    expect(code).toContain('__lazyObject(() => createTheme())');
  });

  it('leaves other modules alone', () => {
    const { id, source } = installed('@mui/material/Paper/Paper');
    expect(rewriteDefaultTheme(id, source)).toBeUndefined();
  });

  it('fails the build when MUI no longer has the statement', () => {
    const { id } = installed('@mui/material/Box/Box');
    expect(() => rewriteDefaultTheme(id, 'const defaultTheme = makeTheme();')).toThrow(
      /no longer in @mui\/material\/Box\/Box/,
    );
  });
});
