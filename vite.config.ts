import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers.ts';
import { controlDocsStripped } from './scripts/strip-control-docs.ts';
import { workerChunks } from './scripts/worker-chunks.ts';
import { tonalResolve } from './test/oracle/tonal-resolve.ts';

/**
 * Modules that the page, the runtime worker and the performer realm all load (see `codeSplitting`).
 * Nothing here may import the pattern library, which the page would then load too.
 */
const SHARED = new RegExp(
  [
    '/node_modules/valibot/',
    '/src/app/performer/protocol\\.ts$',
    '/src/app/runtime/messages\\.ts$',
    '/src/audio/worklet/replies\\.ts$',
    '/src/audio/sample-map\\.ts$',
    '/src/eval/stacks\\.ts$',
    // Note names and pitches: the page's pianoroll, the control table and the workers read them.
    '/src/pattern/theory/note\\.ts$',
    '/src/audio/dsp/pitch\\.ts$',
  ]
    .map((path) => path.replaceAll('/', '[\\\\/]'))
    .join('|'),
);

/**
 * What the runtime worker, the performer realm and the bounce worker share (time, haps, the
 * scheduler, the known onsets): one chunk rather than two small ones. The page loads none of it.
 */
const CORE = new RegExp(
  [
    // MIDI clock only with MIDI, which loads when first used.
    '/src/scheduler/(?!midi-clock)',
    '/src/pattern/(budget|errors|hap|limits|pattern|rational|span|state)\\.ts$',
    '/src/eval/(budget|errors)\\.ts$',
    '/src/audio/protocol\\.ts$',
    '/src/app/performer/plain\\.ts$',
    '/src/app/runtime/source-cache\\.ts$',
  ]
    .map((path) => path.replaceAll('/', '[\\\\/]'))
    .join('|'),
);

export default defineConfig({
  plugins: [tonalResolve(), securityHeaders(), workerChunks(), controlDocsStripped()],
  // The runtime worker evaluates performer code with sucrase, and the language service's worker
  // runs TypeScript: both are CommonJS, which the dev server must pre-bundle for the workers, as
  // the production build does.
  optimizeDeps: { include: ['sucrase', 'typescript-js'] },
  worker: { format: 'es', plugins: () => [securityHeaders(), controlDocsStripped()] },
  // The runtime and bounce workers carry the whole DSL (~500 KB); they load after first paint.
  build: {
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The message schemas (and valibot) and the small modules that the page and its workers
        // share, in one chunk: one chunk costs less than several small ones.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'shared', test: SHARED },
            { name: 'core', test: CORE },
          ],
        },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    server: { deps: { inline: [/@strudel\//] } },
    testTimeout: 30_000,
    // A test that fails runs once more before it counts as failed. The browser tests share a loaded
    // machine with everything else CI runs, and twice a redraw or a late frame failed one of them
    // once in thousands of runs; a real fault fails both times. A retried test is named at the end.
    retry: 1,
    reporters: ['default', './test/retried-reporter.ts'],
    // One directory per run for what test files share: the app's build, the generated declarations.
    globalSetup: ['test/global-setup.ts'],
  },
});
