#!/usr/bin/env node
// Installed entry of the command-line tool: runs the bundle that `npm run build` writes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/main.js', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'hostprocess-pod-builder: run `npm run build` first (dist-cli/ is missing)\n',
  );
  process.exit(2);
}
await import(bundle);
