/**
 * Query throughput of weft's pattern engine against Strudel's on the same performer code, in one
 * run, and heap use over 10,000 cycles of querying. Run by `npm run bench`.
 */
import * as strudelCore from '@strudel/core';
import * as strudelMini from '@strudel/mini';
import * as strudelTonal from '@strudel/tonal';
import { transpiler } from '@strudel/transpiler';
import { evaluate } from '../src/eval/index.ts';

/** Ten patterns of the kind performers write, from sparse drums to dense signal-driven melodies. */
export const BENCH_PATTERNS: readonly string[] = [
  `s("bd*2 [~ bd] sd ~, hh*8")`,
  `note("c4 [e4 g4] <b4 d5> a4").s("triangle").lpf(1200)`,
  `n("0 2 4 <6 7>").scale("C:minor").s("sawtooth").every(3, fast(2))`,
  `s("bd(3,8), hh(5,8,2), sd(<2 3>,8,4)")`,
  `note("c3 eb3 g3 bb3").off(0.125, x => x.add(note(12))).off(0.25, x => x.add(note(7))).s("square")`,
  `stack(s("bd*4"), s("~ sd").fast(2), s("hh*16").gain(sine.range(0.3, 1)))`,
  `n(run(8)).scale("D:dorian").jux(rev).sometimes(x => x.add(note(12))).s("sine")`,
  `s("bd sd [hh hh] cp").chop(4).rev().iter(4)`,
  `note("<c e g b>*8".add("<0 12>")).lpf(saw.range(200, 4000).segment(16)).degradeBy(0.3)`,
  `s("{bd sd hh, cp hh}%8").ply("<1 2>").palindrome().echo(3, 0.125, 0.5)`,
];

interface Queryable {
  queryArc(begin: number, end: number): unknown[];
}

async function strudelPattern(code: string): Promise<Queryable> {
  await strudelCore.evalScope(strudelCore, strudelMini, strudelTonal);
  // Strudel's transpiled output is plain JS evaluated in its global scope; it returns the pattern.
  const { pattern } = await strudelCore.evaluate(code, transpiler);
  return pattern as Queryable;
}

function throughput(pattern: Queryable, cycles: number, step: number): { events: number; seconds: number } {
  let events = 0;
  const t0 = performance.now();
  for (let c = 0; c < cycles; c += step) events += pattern.queryArc(c, c + step).length;
  return { events, seconds: (performance.now() - t0) / 1000 };
}

function measure(pattern: Queryable): number {
  throughput(pattern, 64, 0.25); // warm-up
  let best = 0;
  for (let i = 0; i < 3; i++) {
    const { events, seconds } = throughput(pattern, 256, 0.25);
    best = Math.max(best, events / seconds);
  }
  return best;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export async function benchPatterns(): Promise<void> {
  console.log('\n## Pattern query throughput (events/s, queries of 1/4 cycle as the scheduler makes them)\n');
  console.log('| # | pattern | weft | strudel | ratio |');
  console.log('|---|---|---:|---:|---:|');
  const ratios: number[] = [];
  for (const [i, code] of BENCH_PATTERNS.entries()) {
    const ours = evaluate(code).pattern as Queryable;
    const theirs = await strudelPattern(code);
    const w = measure(ours);
    const s = measure(theirs);
    ratios.push(w / s);
    const shown = code.length > 60 ? `${code.slice(0, 57)}...` : code;
    console.log(`| ${i + 1} | \`${shown.replace(/\|/g, '\\|')}\` | ${w.toFixed(0)} | ${s.toFixed(0)} | ${(w / s).toFixed(2)}x |`);
  }
  console.log(`\nmedian ratio weft/strudel: ${median(ratios).toFixed(2)}x (target >= 3x)`);

  const pattern = evaluate(BENCH_PATTERNS[8] as string).pattern as Queryable;
  for (let c = 0; c < 1000; c++) pattern.queryArc(c, c + 1);
  const before = heapAfterGc();
  for (let c = 1000; c < 11000; c++) pattern.queryArc(c, c + 1);
  const after = heapAfterGc();
  console.log(
    `heap over 10,000 cycles of querying: ${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB ` +
      `(${(((after - before) / before) * 100).toFixed(1)}%)${(globalThis as { gc?: unknown }).gc ? '' : ' [run with --expose-gc for exact figures]'}`,
  );
}
