import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of every source file, as `{ from: 'pattern/core.ts', to: 'mini/index.ts' | '@pkg' }`. */
const imports = files(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => {
    const spec = (m[1] ?? m[2]) as string;
    const to = spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)) : spec;
    return { from: relative(src, file), to };
  });
});

const layerOf = (path: string): string => path.split('/')[0] as string;

/** Which layers each layer may import (itself always allowed); see DEVELOPERS.md. */
const allowed: Record<string, readonly string[]> = {
  controls: [], // the one control table, below pattern and audio
  pattern: ['mini', 'controls'], // reify reads strings as mini-notation (see README: the one loop)
  mini: ['pattern'],
  eval: ['pattern', 'mini', 'audio/protocol.ts', 'audio/sample-map.ts'], // samples(...) declarations
  scheduler: ['pattern', 'audio/protocol.ts', 'audio/dsp/units.ts'],
  audio: ['pattern/theory/note.ts', 'controls'], // note names: one parser for the whole project
  editor: ['intel', 'controls'], // intel: the language service client's types; controls: the event's CodeRange
  intel: ['pattern', 'mini', 'eval', 'editor', 'audio'], // audio: the built-in sound names
  cli: ['eval', 'pattern', 'scheduler', 'audio', 'app/bounce.ts'],
  app: ['pattern', 'mini', 'eval', 'scheduler', 'audio', 'editor', 'intel'],
};

describe('the layers', () => {
  it('never import Strudel from src/', () => {
    expect(imports.filter(({ to }) => to.startsWith('@strudel/'))).toEqual([]);
  });

  it('import only the layers below them', () => {
    const wrong = imports.filter(({ from, to }) => {
      if (!to.includes('/') || to.startsWith('@') || !to.endsWith('.ts')) return false;
      const own = layerOf(from);
      if (layerOf(to) === own) return false;
      return !(allowed[own] ?? []).some((ok) => to === ok || to.startsWith(`${ok}/`) || layerOf(to) === ok);
    });
    expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});
