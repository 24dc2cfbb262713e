/**
 * Generates the declarations (scripts/gen-dsl-dts.ts) only when their inputs changed since the last
 * generation (scripts/gen-stamp.ts), so that `npm start` serves the page at once on a warm install.
 *
 * Run by `npm start`, `npm test` and `npm run typecheck`; `npm run build` and `npm run gen` always
 * generate. `--check` prints whether a generation is due and exits (1 when due) without generating.
 */
import { fileURLToPath } from 'node:url';
import { inputsHash, upToDate, writeStamp } from './gen-stamp.ts';

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const hash = inputsHash();
  if (upToDate(hash)) {
    console.log('gen-dsl-dts: generated/ is up to date with src/');
  } else if (process.argv.includes('--check')) {
    console.log('gen-dsl-dts: generated/ is out of date');
    process.exitCode = 1;
  } else {
    const started = performance.now();
    // Loaded only when needed: the generator loads the TypeScript compiler.
    const { generate } = await import('./gen-dsl-dts.ts');
    const written = generate();
    writeStamp(hash);
    console.log(`gen-dsl-dts: ${written.length} files in generated/ (${Math.round(performance.now() - started)} ms)`);
  }
}
