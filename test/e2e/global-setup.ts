// Vitest's global setup (vite.config.ts `test.globalSetup`): one directory per run for the app's
// production build, which every browser test file shares (test/e2e/harness.ts). Nothing is built
// here: the first e2e file that needs the app builds it, so a run without e2e files pays nothing.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The directory of this run's shared build of the app (see `buildAndServe`). */
    weftE2eBuildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-e2e-run-'));
  project.provide('weftE2eBuildDir', dir);
  // In watch mode the sources may have changed since the last build: start again from empty.
  project.onTestsRerun(async () => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
  });
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
