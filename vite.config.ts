import { defineConfig } from 'vitest/config';
import { tonalResolve } from './test/oracle/tonal-resolve.ts';

export default defineConfig({
  plugins: [tonalResolve()],
  // The runtime worker evaluates performer code with sucrase (CommonJS): the dev server must
  // pre-bundle it for the worker, as the production build does.
  optimizeDeps: { include: ['sucrase'] },
  worker: { format: 'es' },
  // The runtime and bounce workers carry the whole DSL (~500 KB); they load after first paint.
  build: { chunkSizeWarningLimit: 700 },
  test: {
    include: ['test/**/*.test.ts'],
    server: { deps: { inline: [/@strudel\//] } },
    testTimeout: 30_000,
  },
});
