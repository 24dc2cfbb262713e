/**
 * Workers built as chunks of the app's own build, so that they share chunks with the page and
 * with one another: a library the editor and the performer realm both use (Lezer), or the pattern
 * library the runtime worker and the performer realm both use, is downloaded once. Vite's
 * `?worker` builds each worker apart, with its own copy of everything it imports.
 *
 * `import MyWorker from './my-worker.ts?worker-chunk'` gives a constructor as `?worker` does
 * (`new MyWorker({ name })` starts a module worker). `vite build` emits the worker's entry as a
 * chunk named after its file (`assets/my-worker-<hash>.js`, which the security headers match);
 * the dev server serves it as `?worker` does. A worker's own `import()`s load what they import
 * and nothing more: Vite's preloading of their dependencies reads the page's `document`, which a
 * worker does not have.
 */
import { basename, extname } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?worker-chunk';
const PREFIX = '\0worker-chunk:';

/** The files of a build's chunks, and the chunks each imports statically. */
export type ChunkGraph = ReadonlyMap<string, readonly string[]>;

/** The chunk files a worker entry loads before it runs: the entry and every chunk it imports statically. */
export function staticClosure(graph: ChunkGraph, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file) ?? []));
  }
  return seen;
}

/** The `?worker-chunk` imports (see the module comment). */
export function workerChunks(): Plugin {
  let build = false;
  /** The modules started as workers, and the chunk files that run in a worker. */
  const entries = new Set<string>();
  let inWorkers = new Set<string>();
  return {
    name: 'weft-worker-chunks',
    enforce: 'pre',
    config: () => ({
      build: { modulePreload: { resolveDependencies: (_file, deps, { hostId }) => (inWorkers.has(hostId) ? [] : deps) } },
    }),
    configResolved(config) {
      build = config.command === 'build';
    },
    generateBundle: {
      // Before Vite's import analysis, which asks `resolveDependencies` above.
      order: 'pre',
      handler(_options, bundle) {
        const graph = new Map<string, readonly string[]>();
        const starts: string[] = [];
        for (const [file, output] of Object.entries(bundle)) {
          if (output.type !== 'chunk') continue;
          graph.set(file, output.imports);
          if (output.facadeModuleId !== null && entries.has(output.facadeModuleId)) starts.push(file);
        }
        inWorkers = new Set(starts.flatMap((file) => [...staticClosure(graph, file)]));
      },
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const file = source.slice(0, -QUERY.length);
      // The dev server (and Vitest) start the worker as `?worker` does.
      if (!build) return this.resolve(`${file}?worker`, importer, { skipSelf: true });
      const resolved = await this.resolve(file, importer, { skipSelf: true });
      return resolved === null ? null : `${PREFIX}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      entries.add(file);
      const reference = this.emitFile({ type: 'chunk', id: file, name: basename(file, extname(file)) });
      return [
        `const url = import.meta.ROLLUP_FILE_URL_${reference};`,
        'export default function WorkerChunk(options) {',
        "  return new Worker(url, { ...options, type: 'module' });",
        '}',
      ].join('\n');
    },
  };
}
