// What test files share across worker processes within one vitest run: its directory (made by
// test/global-setup.ts), and files written there whole, for other processes to read or wait for.
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { inject } from 'vitest';

/** This vitest run's shared directory, or undefined outside vitest (the benches). */
export function runDir(): string | undefined {
  return process.env['VITEST'] === undefined ? undefined : inject('weftRunDir');
}

/** Writes `path` whole or not at all (written beside it, then renamed): a reader never sees half of it. */
export function writeWhole(path: string, text: string): void {
  const partial = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}
