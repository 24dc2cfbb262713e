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

/** One import of a source file, as written: `to` resolved under src/ (`'mini/index.ts'`) or a package (`'@pkg'`). */
interface Import {
  readonly from: string;
  readonly to: string;
  /** `import type` / `export type`: no code loads. */
  readonly typeOnly: boolean;
  /** `import('...')`: loads when it runs, not with the file. */
  readonly dynamic: boolean;
}

/** Every import of every source file: static (`import`, `export ... from`, bare `import '...'`) and dynamic. */
const imports: readonly Import[] = files(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => {
    const spec = (m[2] ?? m[3] ?? m[4]) as string;
    const to = spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)) : spec;
    return { from: relative(src, file), to, typeOnly: m[1] !== undefined, dynamic: m[4] !== undefined };
  });
});

const layerOf = (path: string): string => path.split('/')[0] as string;

/**
 * The imports that load code when they run, per file: type-only imports are left out, and so are
 * packages and the workers a file starts (`?worker-chunk`, `new URL(...)`), which load in threads
 * of their own.
 */
const loads = new Map<string, Import[]>();
for (const i of imports) {
  if (i.typeOnly || !i.to.endsWith('.ts')) continue;
  loads.set(i.from, [...(loads.get(i.from) ?? []), i]);
}

/** How `entry` comes to load `target` (the chain of files), or undefined if it never does. */
export function loadChain(entry: string, target: (file: string) => boolean, followDynamic: boolean): string[] | undefined {
  const cameFrom = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (target(file)) {
      const chain = [file];
      for (let at = cameFrom.get(file); at !== undefined; at = cameFrom.get(at)) chain.unshift(at);
      return chain;
    }
    for (const { to, dynamic } of loads.get(file) ?? []) {
      if ((dynamic && !followDynamic) || cameFrom.has(to)) continue;
      cameFrom.set(to, file);
      queue.push(to);
    }
  }
  return undefined;
}

/**
 * Which layers each layer may import (itself always allowed, and the controls layer, the bottom one:
 * the control table and the event every layer passes); see CONTRIBUTING.md.
 */
const allowed: Record<string, readonly string[]> = {
  controls: [], // the one control table, below pattern and audio
  pattern: ['mini'], // reify reads strings as mini-notation (see README: Layers); no file cycle
  mini: ['pattern'],
  eval: ['pattern', 'mini', 'audio/protocol.ts', 'audio/sample-map.ts'], // samples(...) declarations
  scheduler: ['pattern', 'audio/protocol.ts', 'audio/dsp/units.ts'],
  audio: ['pattern/theory/note.ts'], // note names: one parser for the whole project
  editor: ['intel'], // the language service client's types and the docs' prose, for the intel extensions
  intel: ['pattern', 'mini', 'eval', 'editor', 'audio'], // audio: the built-in sound names
  // the OSC bridge reads the page's events by the page's schema; render --midi writes the messages the page sends
  cli: ['eval', 'pattern', 'scheduler', 'audio', 'app/bounce.ts', 'app/osc/wire.ts', 'app/osc/bridge-address.ts', 'app/osc/refusal.ts', 'app/midi/midi-file.ts', 'app/room/protocol.ts'],
  app: ['pattern', 'mini', 'eval', 'scheduler', 'audio', 'editor', 'intel'],
};

/**
 * The import cycles among src/'s files (type-only imports count: a cycle of types is a cycle of
 * concepts), each as the files around it, from Tarjan's strongly connected components.
 */
export function importCycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!to.endsWith('.ts') || to.startsWith('@')) continue;
    (next.get(from) ?? next.set(from, []).get(from)!).push(to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('the layers', () => {
  it('never import Strudel (nor its superdough, a bench-only devDependency) from src/', () => {
    expect(imports.filter(({ to }) => to.startsWith('@strudel/') || to === 'superdough' || to.startsWith('superdough/'))).toEqual([]);
  });

  it('import no file that imports them back, however indirectly (no cycle, no exception)', () => {
    expect(importCycles(imports)).toEqual([]);
  });

  it('find a cycle where there is one', () => {
    const edges = [{ from: 'a.ts', to: 'b.ts' }, { from: 'b.ts', to: 'c.ts' }, { from: 'c.ts', to: 'a.ts' }, { from: 'c.ts', to: 'd.ts' }];
    expect(importCycles(edges)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles([{ from: 'a.ts', to: 'a.ts' }])).toEqual([['a.ts']]);
    expect(importCycles(edges.slice(0, 2))).toEqual([]);
  });

  it('import only the layers below them', () => {
    const wrong = imports.filter(({ from, to }) => {
      if (!to.includes('/') || to.startsWith('@') || !to.endsWith('.ts')) return false;
      const own = layerOf(from);
      if (layerOf(to) === own) return false;
      return !['controls', ...(allowed[own] ?? [])].some((ok) => to === ok || to.startsWith(`${ok}/`) || layerOf(to) === ok);
    });
    expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});

describe('what each thread loads', () => {
  // The DSL (the pattern index, which mixes every method into Pattern when it runs) is big and slow
  // to start: only the performer realm, which runs performer code, may load it. The page (with
  // everything it loads later, as the visuals on the first play), the runtime worker and the bounce
  // worker take the few modules they need by their own paths, so the first sound never waits for it.
  const dsl = (file: string): boolean => file === 'pattern/index.ts' || file.startsWith('pattern/surface/') || file === 'eval/evaluate.ts';
  it.each([
    ['the page, and all it loads later', 'app/main.ts', true],
    ['the runtime worker', 'app/runtime/runtime-worker.ts', false],
    ['the bounce worker', 'app/bounce-worker.ts', false],
  ] as const)('%s: never the DSL', (_name, entry, followDynamic) => {
    expect(loadChain(entry, dsl, followDynamic)).toBeUndefined();
  });

  it('the performer realm: the DSL (so the check above can find it)', () => {
    expect(loadChain('app/performer/performer-worker.ts', dsl, false)).toEqual(expect.arrayContaining(['app/performer/performer-worker.ts', 'pattern/index.ts']));
  });
});
