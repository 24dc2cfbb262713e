/**
 * Query throughput of weft's pattern engine against Strudel's on the same performer code, in one
 * run, heap use over 10,000 cycles of querying, and the cost of `weft events --count` against the
 * engine's own query. Run by `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as strudelCore from '@strudel/core';
import * as strudelMini from '@strudel/mini';
import * as strudelTonal from '@strudel/tonal';
import { transpiler } from '@strudel/transpiler';
import { main } from '../src/cli/main.ts';
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

/**
 * Dense patterns (tens to hundreds of events a cycle) that stress the engine where the ten above
 * do not: signals sampled per event, `ply`, `chop`, stacked `off`, `jux` and polymeters.
 */
export const DENSE_PATTERNS: readonly string[] = [
  `s("hh*16").gain(sine.range(0.2, 1)).pan(cosine.fast(3)).lpf(saw.range(500, 5000).slow(4)).speed(tri.range(0.5, 2))`,
  `s("bd sd [~ bd] <cp sd>, hh*8").ply("<2 3 4>").gain(rand.range(0.5, 1))`,
  `s("bev*2 arpy [amen amen:2]").chop("<8 16>").speed(perlin.range(0.8, 1.2))`,
  `note("c3 [eb3 g3] bb3 d4").off(1/16, x => x.add(note(7))).off(1/8, x => x.add(note(12))).off(3/16, x => x.add(note(-12))).s("square")`,
  `note("[c4 d4 e4 g4]*4").jux(x => x.rev().fast(2)).s("triangle").gain(sine.range(0.5, 1))`,
  `note("{c4 eb4 g4 bb4 d5, c2 g2 c3, f4 ab4}%16").s("sawtooth").lpf(sine.range(400, 4000).slow(2))`,
  `polymeter(s("bd sd cp"), s("hh hh oh hh"), s("rim*5")).fast(4).pan(sine)`,
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

const STEP = 0.25;

/**
 * Milliseconds of CPU time this process has used (all its threads, the garbage collector's too):
 * unlike the wall clock, it does not count the time other processes on a shared machine take.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Queries of 1/4 cycle, as the scheduler makes them, for at least `ms` ms of CPU time: events/s. */
function rate(pattern: Queryable, from: number, ms: number): { rate: number; next: number } {
  let events = 0;
  let c = from;
  const t0 = cpuMs();
  let elapsed = 0;
  do {
    for (let i = 0; i < 16; i++, c += STEP) events += pattern.queryArc(c, c + STEP).length;
    elapsed = cpuMs() - t0;
  } while (elapsed < ms);
  return { rate: (events / elapsed) * 1000, next: c };
}

/**
 * Both engines warmed up, then measured in alternating rounds of CPU time, so that what load on
 * this shared machine still does (caches, memory bandwidth) hits both alike; the best round of
 * each is its figure.
 */
function measurePair(ours: Queryable, theirs: Queryable): { weft: number; strudel: number } {
  let cw = rate(ours, 0, 300).next;
  let cs = rate(theirs, 0, 300).next;
  let weft = 0;
  let strudel = 0;
  for (let round = 0; round < 8; round++) {
    const w = rate(ours, cw, 80);
    const s = rate(theirs, cs, 80);
    cw = w.next;
    cs = s.next;
    weft = Math.max(weft, w.rate);
    strudel = Math.max(strudel, s.rate);
  }
  return { weft, strudel };
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

function heapOver10000Cycles(code: string): string {
  const pattern = evaluate(code).pattern as Queryable;
  for (let c = 0; c < 1000; c++) pattern.queryArc(c, c + 1);
  const before = heapAfterGc();
  for (let c = 1000; c < 11000; c++) pattern.queryArc(c, c + 1);
  const after = heapAfterGc();
  return `${(before / 1e6).toFixed(1)} MB -> ${(after / 1e6).toFixed(1)} MB (${(((after - before) / before) * 100).toFixed(1)}%)`;
}

/** `weft events --count --cycles N` in process against the engine's own query of the same cycles. */
async function eventsCommand(code: string, cycles: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'weft-bench-'));
  const file = join(dir, 'pattern.ts');
  writeFileSync(file, code);
  try {
    const pattern = evaluate(code).pattern as Queryable;
    let out = '';
    const io = { readStdin: async () => '', stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
    let engine = Infinity;
    let command = Infinity;
    let engineEvents = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = cpuMs();
      engineEvents = pattern.queryArc(0, cycles).length;
      engine = Math.min(engine, cpuMs() - t0);
      out = '';
      const t1 = cpuMs();
      await main(['events', '--count', '--cycles', String(cycles), file], io);
      command = Math.min(command, cpuMs() - t1);
    }
    const counted = Number(out.trim());
    const same = counted === engineEvents ? '' : ` [counts differ: ${out.trim()} vs ${engineEvents}]`;
    return `${engineEvents} events: engine ${engine.toFixed(0)} ms, weft events --count ${command.toFixed(0)} ms of CPU time (${(command / engine).toFixed(2)}x)${same}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPatterns(): Promise<void> {
  console.log('\n## Pattern query throughput (events/s, queries of 1/4 cycle as the scheduler makes them)\n');
  console.log('| # | pattern | weft | strudel | ratio |');
  console.log('|---|---|---:|---:|---:|');
  const ratios: number[] = [];
  const weftRates: number[] = [];
  for (const [i, code] of [...BENCH_PATTERNS, ...DENSE_PATTERNS].entries()) {
    const ours = evaluate(code).pattern as Queryable;
    const theirs = await strudelPattern(code);
    const { weft: w, strudel: s } = measurePair(ours, theirs);
    ratios.push(w / s);
    weftRates.push(w);
    const shown = code.length > 60 ? `${code.slice(0, 57)}...` : code;
    const dense = i >= BENCH_PATTERNS.length ? ' (dense)' : '';
    console.log(`| ${i + 1}${dense} | \`${shown.replace(/\|/g, '\\|')}\` | ${w.toFixed(0)} | ${s.toFixed(0)} | ${(w / s).toFixed(2)}x |`);
  }
  console.log(
    `\nratio weft/strudel: median ${median(ratios).toFixed(2)}x (target >= 6x), lowest ${Math.min(...ratios).toFixed(2)}x (target >= 4x); ` +
      `weft ${Math.min(...weftRates).toFixed(0)} to ${Math.max(...weftRates).toFixed(0)} events/s`,
  );

  const exact = (globalThis as { gc?: unknown }).gc ? '' : ' [run with --expose-gc for exact figures]';
  console.log(`heap over 10,000 cycles of querying #9: ${heapOver10000Cycles(BENCH_PATTERNS[8] as string)}${exact}`);
  console.log(`heap over 10,000 cycles of querying #13 (dense): ${heapOver10000Cycles(DENSE_PATTERNS[2] as string)}${exact}`);

  console.log('\n## weft events --count --cycles 4000 against the engine querying the same 4000 cycles (target <= 1.5x)\n');
  for (const code of [BENCH_PATTERNS[4] as string, DENSE_PATTERNS[0] as string]) {
    console.log(`- \`${code.length > 60 ? `${code.slice(0, 57)}...` : code}\`: ${await eventsCommand(code, 4000)}`);
  }
}
