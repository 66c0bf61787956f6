import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PRECACHE_LINE, precacheManifest } from './precacheManifest';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hpb-precache-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('precacheManifest', () => {
  it('lists every built file relative to the site, the shell first, host files left out', () => {
    const dir = site({
      'index.html': '<html>',
      'assets/index-a1.js': 'js',
      'assets/index-b2.css': 'css',
      'favicon.svg': '<svg/>',
      'sw.js': 'worker',
      _headers: '/*',
      'robots.txt': 'User-agent: *',
    });
    expect(precacheManifest(dir).files).toEqual([
      './',
      'assets/index-a1.js',
      'assets/index-b2.css',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('changes version when any file changes, and only then', () => {
    const a = precacheManifest(site({ 'index.html': 'one', 'assets/x.js': 'x' })).version;
    const same = precacheManifest(site({ 'index.html': 'one', 'assets/x.js': 'x' })).version;
    const changed = precacheManifest(site({ 'index.html': 'one', 'assets/x.js': 'y' })).version;
    expect(same).toBe(a);
    expect(changed).not.toBe(a);
  });

  it('finds the manifest line of public/sw.js', () => {
    expect(readFileSync('public/sw.js', 'utf8')).toMatch(PRECACHE_LINE);
  });
});
