import { describe, expect, it } from 'vitest';

import { evaluationOrder, staticImports } from './chunkOrder.mjs';

describe('staticImports', () => {
  it('finds named, namespace, default and bare imports of sibling chunks, minified or not', () => {
    const code = [
      'import { r as __toESM } from "./rolldown-runtime-Sb.js";',
      'import{a as b,c}from"./react-D5.js";import*as m from"./mui-Do.js";',
      "import def from './index-BN.js';",
      'import "./side-effect-1.js";',
    ].join('\n');
    expect(staticImports(code)).toEqual([
      'rolldown-runtime-Sb.js',
      'react-D5.js',
      'mui-Do.js',
      'index-BN.js',
      'side-effect-1.js',
    ]);
  });

  it('leaves out chunks loaded on demand and imports from elsewhere', () => {
    const code = [
      'const p = () => import("./AppHeader-X.js");',
      '__vitePreload(() => import("./YamlPanel-Y.js"), [], import.meta.url);',
      'import { x } from "https://example.com/x.js";',
      'import { y } from "../outside.js";',
    ].join('\n');
    expect(staticImports(code)).toEqual([]);
  });
});

describe('evaluationOrder', () => {
  const graph: Record<string, string[]> = {
    'index.js': ['runtime.js', 'react.js', 'mui.js'],
    'mui.js': ['runtime.js', 'react.js'],
    'react.js': ['runtime.js'],
    'runtime.js': [],
  };

  it('puts every chunk after the chunks it imports, each once, the entry last', () => {
    expect(evaluationOrder('index.js', (file) => graph[file] ?? [])).toEqual([
      'runtime.js',
      'react.js',
      'mui.js',
      'index.js',
    ]);
  });

  it('lists chunks that import each other once each, without looping', () => {
    const cyclic: Record<string, string[]> = { 'a.js': ['b.js'], 'b.js': ['a.js', 'c.js'] };
    expect(evaluationOrder('a.js', (file) => cyclic[file] ?? [])).toEqual(['c.js', 'b.js', 'a.js']);
  });
});
