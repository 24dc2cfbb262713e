import { defineConfig } from 'vitest/config';
import { tonalResolve } from './test/oracle/tonal-resolve.ts';

export default defineConfig({
  plugins: [tonalResolve()],
  test: {
    include: ['test/**/*.test.ts'],
    server: { deps: { inline: [/@strudel\//] } },
    testTimeout: 30_000,
  },
});
