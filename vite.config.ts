import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    server: { deps: { inline: [/@strudel\//] } },
    testTimeout: 30_000,
  },
});
