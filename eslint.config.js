import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noInnerHtml = {
  selector:
    "JSXAttribute[name.name='dangerouslySetInnerHTML'], AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/], CallExpression[callee.property.name='insertAdjacentHTML']",
  message: 'No HTML injection: render user data as text.',
};

/**
 * An import of another layer of src/, by alias (`@/ui/…`) or by relative path (`../ui/…`).
 * @param {string[]} layers
 * @param {string} message
 */
const layer = (layers, message) => ({
  regex: `^(@/|(\\.\\./)+)(${layers.join('|')})(/|$)`,
  message,
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'dist-ssr',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'coverage',
      'bin',
      'public/sw.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
      'no-restricted-syntax': ['error', noInnerHtml],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core is pure: no React.',
            },
            { group: ['@mui/*', '@emotion/*'], message: 'src/core is pure: no MUI.' },
            { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no store.' },
            layer(['state', 'ui', 'prerender', 'cli'], 'src/core imports nothing outside it.'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'location',
        'localStorage',
        'navigator',
      ],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@mui/*', '@emotion/*'], message: 'src/state has no UI.' },
            layer(['ui', 'prerender', 'cli'], 'Imports flow core → state → ui.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layer(['prerender', 'cli'], 'The app never imports the prerender or the CLI.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/prerender/**/*.{ts,tsx}'],
    rules: {
      'react-refresh/only-export-components': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [layer(['cli'], 'The prerender renders the app; it never imports the CLI.')] },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-console': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', '@mui/*'], message: 'The CLI never imports UI code.' },
            layer(['state', 'ui', 'prerender'], 'The CLI never imports UI code.'),
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);
