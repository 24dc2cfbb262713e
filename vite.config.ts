import { defineConfig } from 'vitest/config';
import { securityHeaders } from './scripts/security-headers.ts';
import { workerChunks } from './scripts/worker-chunks.ts';
import { tonalResolve } from './test/oracle/tonal-resolve.ts';

export default defineConfig({
  plugins: [tonalResolve(), securityHeaders(), workerChunks()],
  // The runtime worker evaluates performer code with sucrase, and the language service's worker
  // runs TypeScript: both are CommonJS, which the dev server must pre-bundle for the workers, as
  // the production build does.
  optimizeDeps: { include: ['sucrase', 'typescript-js'] },
  worker: { format: 'es', plugins: () => [securityHeaders()] },
  // The runtime and bounce workers carry the whole DSL (~500 KB); they load after first paint.
  build: { chunkSizeWarningLimit: 700 },
  test: {
    include: ['test/**/*.test.ts'],
    server: { deps: { inline: [/@strudel\//] } },
    testTimeout: 30_000,
  },
});
