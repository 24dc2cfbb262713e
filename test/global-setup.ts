// Vitest's global setup (vite.config.ts `test.globalSetup`): one directory per run for what test
// files share across worker processes instead of each making it again: the app's production build
// (test/e2e/harness.ts) and the generator's declarations and reference (test/intel/helpers.ts).
// Nothing is made here: the first file that needs each makes it, so a run pays only for what its
// files use.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's directory for what its test files share (see the global setup). */
    weftRunDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-test-run-'));
  project.provide('weftRunDir', dir);
  // In watch mode the sources may have changed since the last run: start again from empty.
  project.onTestsRerun(async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
