/**
 * The sweep: every DSL function and every Pattern method, called with adversarial numbers in
 * each of its number arguments (found by probing: the positions where a plain 2 works), then
 * queried with a budget. Each call must end quickly, with haps or with one of weft's own errors:
 * an ArgumentError (the number is refused), a BudgetError (the query would do too much), a
 * TimeRangeError (times beyond what weft keeps exactly) or a MiniParseError. Never a hang, a stack overflow, a TypeError or a bare RangeError.
 */
import { describe, expect, it } from 'vitest';
import * as dsl from '../../src/pattern/index.ts';
import { MiniParseError } from '../../src/mini/index.ts';
import { ArgumentError, BudgetError, Pattern, QueryBudget, TimeRangeError } from '../../src/pattern/index.ts';

const ADVERSARIAL = [0, -1, -2.5, 0.5, Number.NaN, Infinity, -Infinity, 1e9, -1e9, 1e-9, -1e-9, 1e16, 1e300, 5e-324, 2 ** 53 + 2, 1e5, 10_001];

/** Arguments tried when looking for a call that works: a number first, then other kinds. */
const CANDIDATES: readonly (() => unknown)[] = [
  () => 2,
  () => (p: Pattern<unknown>) => p,
  () => dsl.s('a b'),
  () => 'a b',
  () => [1, 0, 1],
];

type Call = (args: unknown[]) => unknown;

interface Target {
  readonly name: string;
  readonly call: Call;
  readonly arity: number;
}

const base = (): Pattern<unknown> => dsl.s('a b') as Pattern<unknown>;

function targets(): Target[] {
  const out: Target[] = [];
  const proto = Pattern.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(Pattern.prototype)) {
    const d = Object.getOwnPropertyDescriptor(Pattern.prototype, name);
    if (name === 'constructor' || d === undefined || typeof d.value !== 'function') continue;
    const method = proto[name] as (...args: unknown[]) => unknown;
    out.push({ name: `.${name}`, arity: method.length, call: (args) => method.apply(base(), args) });
  }
  for (const [name, value] of Object.entries(dsl)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name) || /^class[\s{]/.test(Function.prototype.toString.call(value))) continue;
    const f = value as (...args: unknown[]) => unknown;
    out.push({
      name,
      arity: f.length,
      call: (args) => {
        const r = f(...args);
        return typeof r === 'function' ? (r as (p: Pattern<unknown>) => unknown)(base()) : r;
      },
    });
  }
  return out;
}

function query(p: Pattern<unknown>): void {
  p.queryArc(0, 2, {}, QueryBudget.forCycles(2));
  p.queryArc(7, 7.5, {}, QueryBudget.forCycles(0.5));
}

function works(t: Target, args: unknown[]): boolean {
  try {
    const r = t.call(args);
    if (!(r instanceof Pattern)) return false;
    query(r);
    return true;
  } catch {
    return false;
  }
}

/** A call that works with plain numbers where numbers fit, or undefined; tries the likeliest first. */
function baseline(t: Target): number[] | undefined {
  const n = Math.min(t.arity, 4);
  let combos: number[][] = [[]];
  for (let i = 0; i < n; i++) combos = combos.flatMap((c) => CANDIDATES.map((_, k) => [...c, k]));
  combos.sort((a, b) => a.filter((k) => k > 0).length - b.filter((k) => k > 0).length);
  for (const combo of combos.slice(0, 80)) {
    if (!combo.includes(0)) continue;
    const args = combo.map((k) => (CANDIDATES[k] as () => unknown)());
    if (works(t, args)) return combo;
  }
  return undefined;
}

type Outcome = 'haps' | 'refused' | 'over budget' | 'beyond time' | 'mini-notation error';

function outcome(t: Target, args: unknown[]): Outcome {
  let result: unknown;
  try {
    result = t.call(args);
  } catch (error) {
    return classify(error, 'when called');
  }
  if (!(result instanceof Pattern)) throw new Error(`${t.name} returned ${typeof result}, not a pattern`);
  try {
    query(result);
    return 'haps';
  } catch (error) {
    return classify(error, 'when queried');
  }
}

function classify(error: unknown, when: string): Outcome {
  if (error instanceof BudgetError) return 'over budget';
  if (error instanceof TimeRangeError) return 'beyond time';
  if (error instanceof ArgumentError) return 'refused';
  if (error instanceof MiniParseError) return 'mini-notation error';
  const what = error instanceof Error ? `${error.name}: ${error.message}` : `a non-error ${String(error)}`;
  throw new Error(`${when}: ${what}`);
}

interface Swept {
  readonly name: string;
  readonly positions: number;
  readonly calls: number;
}

function sweep(): { swept: Swept[]; problems: string[] } {
  const swept: Swept[] = [];
  const problems: string[] = [];
  for (const t of targets()) {
    const combo = baseline(t);
    if (combo === undefined) continue;
    const positions = combo.flatMap((k, i) => (k === 0 ? [i] : []));
    let calls = 0;
    for (const position of positions) {
      for (const value of ADVERSARIAL) {
        const args = combo.map((k) => (CANDIDATES[k] as () => unknown)());
        args[position] = value;
        const shown = args.map((a, i) => (i === position ? String(value) : typeof a === 'function' ? 'f' : a instanceof Pattern ? 'pat' : JSON.stringify(a)));
        const t0 = performance.now();
        try {
          outcome(t, args);
        } catch (error) {
          problems.push(`${t.name}(${shown.join(', ')}): ${(error as Error).message}`);
        }
        const ms = performance.now() - t0;
        // Generous: a hang is what must be ruled out, not a slow machine.
        if (ms > 2000) problems.push(`${t.name}(${shown.join(', ')}) took ${ms.toFixed(0)} ms`);
        calls++;
      }
    }
    swept.push({ name: t.name, positions: positions.length, calls });
  }
  return { swept, problems };
}

describe('every DSL function and method with adversarial numbers', () => {
  const { swept, problems } = sweep();
  const names = new Set(swept.filter((s) => s.positions > 0).map((s) => s.name));

  it('ends each call quickly with haps or one of weft\'s own errors', () => {
    expect(problems).toEqual([]);
  });

  it('finds the number arguments of the functions that take counts, factors and times', () => {
    const expected = [
      'fast', 'slow', 'ply', 'segment', 'fastGap', 'early', 'late', 'chop', 'striate', 'slice', 'splice', 'iter', 'iterBack',
      'echo', 'stut', 'echoWith', 'linger', 'chunk', 'chunkBack', 'fastChunk', 'bite', 'inside', 'outside', 'hurry', 'euclid',
      'euclidRot', 'euclidLegato', 'euclidLegatoRot', 'euclidish', 'run', 'binaryN', 'range', 'rangex', 'off', 'swingBy',
      'swing', 'shuffle', 'scramble', 'repeatCycles', 'plyWith', 'chunkInto', 'pace', 'extend', 'replicate', 'take', 'drop',
      'ribbon', 'randL', 'irand', 'segment', 'loopAt', 'cpm', 'beat', 'pressBy', 'degradeBy', 'sometimesBy',
    ];
    for (const name of expected) expect(names.has(name) || names.has(`.${name}`), name).toBe(true);
    expect(names.size).toBeGreaterThan(300);
  });
});
