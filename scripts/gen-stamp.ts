/**
 * The stamp of the generated declarations: the content hash of the generator's inputs (every file
 * of `src/`, the generator's own scripts and the TypeScript it compiles with), kept in
 * `generated/.inputs-hash` next to the output and written only after a generation succeeds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STAMP = join(ROOT, 'generated/.inputs-hash');
/** What the generator writes: all must be there for the stamp to count. */
const OUTPUTS = ['generated/dsl/dsl.d.ts', 'generated/dsl-files.json', 'generated/dsl-reference.json'];

/** Every file under `dir`, sorted, as paths relative to the repository. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else if (entry.isFile()) found.push(relative(ROOT, path));
  }
  return found.sort();
}

/** The content hash of the generator's inputs. */
export function inputsHash(): string {
  const scripts = filesUnder(join(ROOT, 'scripts')).filter((f) => /^scripts\/(gen-dsl-|dsl-)/.test(f.replaceAll('\\', '/')));
  const typescript = createRequire(import.meta.url).resolve('typescript-js/package.json');
  const hash = createHash('sha256');
  for (const file of [...filesUnder(join(ROOT, 'src')), ...scripts]) {
    hash.update(`${file.replaceAll('\\', '/')}\0`);
    hash.update(readFileSync(join(ROOT, file)));
    hash.update('\0');
  }
  hash.update(readFileSync(typescript));
  return hash.digest('hex');
}

/** True when the outputs exist and were made from inputs with hash `hash`. */
export function upToDate(hash: string): boolean {
  if (!OUTPUTS.every((f) => existsSync(join(ROOT, f)))) return false;
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
}

/** Records that generated/ was made from inputs with hash `hash` (after a generation succeeded). */
export function writeStamp(hash: string): void {
  writeFileSync(STAMP, `${hash}\n`);
}

