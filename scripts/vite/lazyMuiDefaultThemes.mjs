// MUI makes a default theme when some of its modules load (for components rendered without a
// ThemeProvider): two material themes (Box, styles/defaultTheme) and five system ones. This app
// always renders inside its own ThemeProvider, so none is ever read, yet making them took most
// of the start-up task that runs MUI's chunk (about 12 of 17 ms on this machine, CPU profile).
// This build step makes each one on first use instead: a proxy that creates the theme when a
// property is first read.

/** The modules and the exact statement each holds; a build fails if one is no longer there. */
export const DEFAULT_THEME_MODULES = [
  ['@mui/material/styles/defaultTheme', 'const defaultTheme = createTheme();'],
  ['@mui/material/Box/Box', 'const defaultTheme = createTheme();'],
  ['@mui/system/createStyled/createStyled', 'export const systemDefaultTheme = createTheme();'],
  ['@mui/system/useTheme/useTheme', 'export const systemDefaultTheme = createTheme();'],
  ['@mui/system/Container/createContainer', 'const defaultTheme = createTheme();'],
  ['@mui/system/Grid/createGrid', 'const defaultTheme = createTheme();'],
  ['@mui/system/Stack/createStack', 'const defaultTheme = createTheme();'],
];

/** An object that stands for `make()`'s result and calls `make` (once) when first used. */
export function lazyObject(make) {
  let made;
  const real = () => (made ??= make());
  return new Proxy(
    {},
    {
      get: (_, key) => Reflect.get(real(), key),
      has: (_, key) => Reflect.has(real(), key),
      set: (_, key, value) => Reflect.set(real(), key, value),
      ownKeys: () => Reflect.ownKeys(real()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
        // A proxy may not report a property its (empty) target lacks as non-configurable.
        return descriptor && { ...descriptor, configurable: true };
      },
      getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    },
  );
}

const HELPER = `const __lazyObject = ${lazyObject.toString()};\n`;

const moduleId = (path) =>
  new RegExp(`node_modules[\\\\/]${path.replaceAll('/', '[\\\\/]')}\\.m?js$`);

/**
 * Rewrites `source` of the module at `id` if it is one of DEFAULT_THEME_MODULES; `undefined` for
 * any other module. Throws when a listed module lacks its statement (MUI changed it).
 */
export function rewriteDefaultTheme(id, source) {
  const entry = DEFAULT_THEME_MODULES.find(([path]) => moduleId(path).test(id));
  if (!entry) return undefined;
  const [path, statement] = entry;
  if (!source.includes(statement)) {
    throw new Error(
      `lazyMuiDefaultThemes: "${statement}" is no longer in ${path}; update the list`,
    );
  }
  const lazy = statement.replace('createTheme();', '__lazyObject(() => createTheme());');
  return HELPER + source.replace(statement, lazy);
}

/** The Vite plugin (build only: the dev server pre-bundles MUI without plugins). */
export function lazyMuiDefaultThemes() {
  return {
    name: 'lazy-mui-default-themes',
    apply: 'build',
    transform(source, id) {
      const code = rewriteDefaultTheme(id, source);
      return code === undefined ? undefined : { code, map: null };
    },
  };
}
