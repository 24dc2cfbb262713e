/**
 * Where `weft serve` finds the built app: a directory given with `--app`, or the repository's
 * `dist/`, built first with `npm run build` when it is missing or older than the sources. A build
 * records the content hash of its inputs in `dist/.weft-build-inputs`; a build whose inputs
 * changed since (or one made without the record) is made again.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `npm run build` writes the app. */
export const DIST = join(ROOT, 'dist');
const STAMP = '.weft-build-inputs';

/** Every file under `dir` (none if it does not exist), as paths relative to the repository. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [relative(ROOT, path)] : [];
  });
}

/** The content hash of what the app's build reads: the sources (but the command line's), its scripts, its configuration, the lockfile. */
export function buildInputsHash(): string {
  const cli = join('src', 'cli');
  const files = [...filesUnder(join(ROOT, 'src')).filter((file) => !file.startsWith(cli)), ...filesUnder(join(ROOT, 'scripts')), ...filesUnder(join(ROOT, 'public'))];
  for (const file of ['index.html', 'vite.config.ts', 'package-lock.json']) if (existsSync(join(ROOT, file))) files.push(file);
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(`${file.replaceAll('\\', '/')}\0`);
    hash.update(readFileSync(join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when `dist/` holds a build of the sources as they are. */
export function buildUpToDate(hash: string): boolean {
  const stamp = join(DIST, STAMP);
  return existsSync(join(DIST, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
}

/** Runs `npm run build` in the repository; rejects with the end of its output when it fails. */
async function npmBuild(): Promise<void> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const child = spawn(npm, ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', done);
  });
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`the app's build (npm run build) failed:\n${tail}`);
  }
}

/**
 * The directory of the built app to serve: `given` as it is (it must hold index.html), or the
 * repository's `dist/`, built first when it is not up to date (`say` tells the performer).
 */
export async function builtApp(given: string | undefined, say: (line: string) => void): Promise<string> {
  if (given !== undefined) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`--app ${given}: no index.html there (give the directory a vite build wrote)`);
    return given;
  }
  if (!existsSync(join(ROOT, 'index.html')) || !existsSync(join(ROOT, 'vite.config.ts'))) {
    throw new Error('no app to serve: run weft serve from a clone of weft, or give a built app with --app DIR');
  }
  const hash = buildInputsHash();
  if (buildUpToDate(hash)) return DIST;
  say(`building the app into ${DIST} (npm run build; a minute or two, once after each change of the sources)…`);
  const started = performance.now();
  await npmBuild();
  writeFileSync(join(DIST, STAMP), `${hash}\n`);
  say(`built in ${Math.round((performance.now() - started) / 1000)} s`);
  return DIST;
}
