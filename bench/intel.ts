/**
 * The language service's cold start and latency, in Node (the worker runs the same code):
 * loading TypeScript, building the service over the generated declarations and warming it up,
 * then completions and diagnostics while "typing". Target: completion under 50 ms median once
 * warm. Run by `npm run bench` (the generated files are made first if missing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GENERATED = fileURLToPath(new URL('../generated/', import.meta.url));

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Prints the cold start and the warm latencies; returns the figures. */
export async function benchIntel(): Promise<Record<string, number>> {
  if (!existsSync(`${GENERATED}dsl-files.json`)) {
    const { generate } = await import('../scripts/gen-dsl-dts.ts');
    generate();
  }
  const started = performance.now();
  await import('typescript-js');
  const tsLoaded = performance.now();
  const { createIntelService } = await import('../src/intel/service.ts');
  const { asDslFiles, asDslReference } = await import('../src/intel/reference-data.ts');
  const { defaultVocabulary } = await import('../src/intel/vocabulary.ts');
  const files = asDslFiles(JSON.parse(readFileSync(`${GENERATED}dsl-files.json`, 'utf8')));
  const reference = asDslReference(JSON.parse(readFileSync(`${GENERATED}dsl-reference.json`, 'utf8')));
  const service = createIntelService(files, reference, defaultVocabulary());
  // The worker's warm-up before it says it is ready.
  service.diagnostics('s("bd")');
  service.completions('s("bd").', 8, false);
  const ready = performance.now();

  // Typing a line, asking at each step what an editor would ask.
  const line = '$: note("c3 e3 g3").s("sawtooth").lpf(sine.range(300, 2000).slow(4)).room(0.3)';
  const prefix = 'setcpm(30)\n$: s("bd*2, ~ sd, hh*4")\n';
  const member: number[] = [];
  const global: number[] = [];
  const inString: number[] = [];
  const diagnostics: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (let i = 1; i <= line.length; i++) {
      const code = prefix + line.slice(0, i) + ' '.repeat(round);
      const pos = prefix.length + i;
      const before = line[i - 1]!;
      const inQuotes = (line.slice(0, i).match(/"/g) ?? []).length % 2 === 1;
      const t = performance.now();
      service.completions(code, pos, false);
      const took = performance.now() - t;
      if (inQuotes) inString.push(took);
      else if (before === '.' || /\.\w+$/.test(line.slice(0, i))) member.push(took);
      else global.push(took);
      if (i % 8 === 0) {
        const d = performance.now();
        service.diagnostics(code);
        diagnostics.push(performance.now() - d);
      }
    }
  }
  const all = [...member, ...global, ...inString];
  const figures = {
    tsLoadMs: tsLoaded - started,
    coldStartMs: ready - started,
    completionMedianMs: median(all),
    completionP95Ms: percentile(all, 0.95),
    memberCompletionMedianMs: median(member),
    globalCompletionMedianMs: median(global),
    stringCompletionMedianMs: median(inString),
    diagnosticsMedianMs: median(diagnostics),
  };
  console.log('\nLanguage service (Node; the worker runs the same code)');
  console.log(`  cold start: ${ms(figures.coldStartMs)} (TypeScript load ${ms(figures.tsLoadMs)}, then service and warm-up)`);
  console.log(`  completion, warm: median ${ms(figures.completionMedianMs)}, p95 ${ms(figures.completionP95Ms)} over ${all.length} requests (target: median < 50 ms)`);
  console.log(`    after a dot ${ms(figures.memberCompletionMedianMs)}, names ${ms(figures.globalCompletionMedianMs)}, inside strings ${ms(figures.stringCompletionMedianMs)}`);
  console.log(`  diagnostics, warm: median ${ms(figures.diagnosticsMedianMs)} over ${diagnostics.length} checks`);
  return figures;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await benchIntel();
