import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          environment: 'node',
          testTimeout: 30_000,
          include: [
            'src/core/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'src/prerender/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'ui',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['src/state/**/*.test.{ts,tsx}', 'src/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
