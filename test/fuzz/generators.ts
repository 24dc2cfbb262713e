/**
 * Generators of hostile and clumsy performer input, for the property tests (fuzz.test.ts, a fixed
 * seed and budget) and for `npm run fuzz` (scripts/fuzz.ts, many more): mini-notation strings
 * built from its grammar with adversarial numbers, raw junk and deep nests, and chains of
 * pattern methods with adversarial arguments. Also the judge: what an input may do (give haps or
 * throw one of weft's own errors, quickly) and what it must not (hang, overflow the stack,
 * throw a TypeError or anything that is not weft's).
 */
import fc from 'fast-check';
import { mini, MiniParseError } from '../../src/mini/index.ts';
import { ArgumentError, BudgetError, Pattern, QueryBudget, s, TimeRangeError } from '../../src/pattern/index.ts';
import type { Hap } from '../../src/pattern/index.ts';
import { EvalError, evaluate, LoopGuard } from '../../src/eval/index.ts';

// --- numbers ---

/** Numbers as a performer might type them, adversarial ones first. */
export const ADVERSARIAL_NUMBERS: readonly string[] = [
  '0', '-0', '-1', '-2.5', '0.5', '1', '2', '3', '8', '1e9', '-1e9', '1e16', '9007199254740993', '1e400', '-1e400', '1e-9',
  '5e-324', '2.5e-3', '1E3', '1e+2', '10000', '10001', '100000', '1e5', '0.0001', '1e-300', '.5', '0x10', 'NaN', 'Infinity',
  '-Infinity', '1.5e1',
];

/** The text of a number: adversarial, small, or any double JavaScript prints. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ADVERSARIAL_NUMBERS) },
  { weight: 3, arbitrary: fc.integer({ min: -16, max: 16 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

// --- mini-notation from its grammar ---

const WORDS = ['bd', 'sd', 'hh', 'a', 'c4', 'e', 'x', 'NaN', 'Infinity', 'foo', 'c#5'];

/** Mostly ordinary numbers, and adversarial ones often enough to meet every check. */
const miniNumber: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: numberText },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 8 }).map(String) },
);

const word: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('bd', 'sd', 'hh', 'a', 'c4') }, { weight: 1, arbitrary: fc.constantFrom(...WORDS) });

interface MiniArbs {
  readonly layers: fc.Arbitrary<string>;
  readonly sequence: fc.Arbitrary<string>;
  readonly slice: fc.Arbitrary<string>;
}

const byDepth: MiniArbs[] = [];

/** The grammar's arbitraries for brackets nested at most `depth` deep. */
function miniAt(depth: number): MiniArbs {
  const known = byDepth[depth];
  if (known !== undefined) return known;
  const inner = depth > 0 ? miniAt(depth - 1) : undefined;
  const atoms = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: miniNumber }, { weight: 1, arbitrary: fc.constant('~') });
  const slice: fc.Arbitrary<string> =
    inner === undefined
      ? atoms
      : fc.oneof(
          { weight: 6, arbitrary: atoms },
          { weight: 1, arbitrary: inner.layers.map((l) => `[${l}]`) },
          { weight: 1, arbitrary: inner.sequence.map((l) => `<${l}>`) },
          { weight: 1, arbitrary: fc.tuple(inner.sequence, fc.option(inner.slice)).map(([l, n]) => `{${l}}${n === null ? '' : `%${n}`}`) },
        );
  // Operator arguments are mostly numbers, sometimes patterns of them, rarely words.
  const arg = fc.oneof(
    { weight: 8, arbitrary: miniNumber },
    { weight: 2, arbitrary: inner?.slice ?? miniNumber },
    { weight: 1, arbitrary: word },
  );
  const op = fc.oneof(
    arg.map((x) => `*${x}`),
    arg.map((x) => `/${x}`),
    arg.map((x) => `:${x}`),
    arg.map((x) => ` .. ${x}`),
    fc.tuple(arg, arg, fc.option(arg)).map(([k, n, r]) => `(${k},${n}${r === null ? '' : `,${r}`})`),
    fc.option(miniNumber).map((x) => `?${x ?? ''}`),
    fc.option(miniNumber).map((x) => `@${x ?? ''}`),
    fc.option(miniNumber).map((x) => `!${x ?? ''}`),
    fc.constant(' _'),
  );
  const step = fc.tuple(slice, fc.array(op, { maxLength: 2 })).map(([x, ops]) => x + ops.join(''));
  const sequence = fc.array(step, { minLength: 1, maxLength: 4 }).map((steps) => steps.join(' '));
  const layers = fc.oneof(
    { weight: 4, arbitrary: sequence },
    { weight: 1, arbitrary: fc.array(sequence, { minLength: 2, maxLength: 3 }).map((l) => l.join(', ')) },
    { weight: 1, arbitrary: fc.array(sequence, { minLength: 2, maxLength: 3 }).map((l) => l.join(' | ')) },
  );
  const arbs = { layers, sequence, slice };
  byDepth[depth] = arbs;
  return arbs;
}

/** A mini-notation string built from the grammar (brackets up to 3 deep), adversarial numbers among ordinary ones. */
export const miniGrammar: fc.Arbitrary<string> = miniAt(3).layers;

/** Characters of mini-notation and a little more, for junk. */
const JUNK_CHARS = [...'[]<>{}(),.*/!@?_:~-|%^ abdex019.+\n\t\'"'];

/** Junk: random strings of mini-notation's characters, any strings, and deep or unbalanced nests. */
export const miniJunk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom(...JUNK_CHARS), maxLength: 60 }),
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[]', '<>', '{}', '(', '[', '<')).map(([n, pair]) => {
    const open = pair[0] as string;
    const close = pair[1] ?? '';
    return `${open.repeat(n)}a${close.repeat(n)}`;
  }),
  fc.tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom('a(3,', 'a*', 'a:', 'a!', 'a .. ')).map(([n, piece]) => `${piece.repeat(n)}8${')'.repeat(piece === 'a(3,' ? n : 0)}`),
  fc.integer({ min: 1, max: 20000 }).map((n) => `a${'!'.repeat(n)}`),
);

/** Any mini-notation input: mostly from the grammar. */
export const miniInput: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: miniGrammar }, { weight: 1, arbitrary: miniJunk });

// --- method chains ---

/** An argument of a method in a chain, as data (so that a failing chain can be printed as code). */
export type ChainArg =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'mini'; readonly text: string }
  | { readonly kind: 'transform'; readonly code: string };

/** One method call of a chain. */
export interface ChainCall {
  readonly method: string;
  readonly args: readonly ChainArg[];
}

/** A chain: `s(base)` then the calls. */
export interface Chain {
  readonly base: string;
  readonly calls: readonly ChainCall[];
}

type Kind = 'n' | 'f' | 'b';

/** Methods with count, factor or time arguments (`n`), transforms (`f`) and boolean patterns (`b`). */
const METHODS: Readonly<Record<string, readonly Kind[]>> = {
  fast: ['n'], slow: ['n'], hurry: ['n'], ply: ['n'], segment: ['n'], fastGap: ['n'], early: ['n'], late: ['n'],
  iter: ['n'], iterBack: ['n'], linger: ['n'], chop: ['n'], striate: ['n'], slice: ['n', 'n'], splice: ['n', 'n'],
  echo: ['n', 'n', 'n'], stut: ['n', 'n', 'n'], echoWith: ['n', 'n', 'f'], chunk: ['n', 'f'], chunkBack: ['n', 'f'],
  fastChunk: ['n', 'f'], inside: ['n', 'f'], outside: ['n', 'f'], every: ['n', 'f'], lastOf: ['n', 'f'], off: ['n', 'f'],
  euclid: ['n', 'n'], euclidRot: ['n', 'n', 'n'], euclidLegato: ['n', 'n'], euclidLegatoRot: ['n', 'n', 'n'], bite: ['n', 'n'],
  swingBy: ['n', 'n'], swing: ['n'], shuffle: ['n'], scramble: ['n'], repeatCycles: ['n'], degradeBy: ['n'],
  sometimesBy: ['n', 'f'], pace: ['n'], extend: ['n'], replicate: ['n'], take: ['n'], drop: ['n'], expand: ['n'],
  ribbon: ['n', 'n'], plyWith: ['n', 'f'], chunkInto: ['n', 'f'], loopAt: ['n'], zoom: ['n', 'n'], compress: ['n', 'n'],
  struct: ['b'], mask: ['b'], rev: [], palindrome: [], brak: [], jux: ['f'], superimpose: ['f'], gain: ['n'], speed: ['n'],
  n: ['n'], pan: ['n'], beat: ['n', 'n'], euclidish: ['n', 'n', 'n'], seed: ['n'], range: ['n', 'n'],
};

/** Transforms given to methods that take one, as code (the chain prints them). */
const TRANSFORMS: Readonly<Record<string, (p: Pattern<unknown>) => Pattern<unknown>>> = {
  'x => x.fast(2)': (x) => x.fast(2),
  'x => x.rev()': (x) => x.rev(),
  'x => x.late(0.25)': (x) => x.late(0.25),
  'x => x.ply(2)': (x) => x.ply(2),
  'x => x.fast(1e4)': (x) => x.fast(1e4),
  'x => x.slow(1e9)': (x) => x.slow(1e9),
};

const numberArg: fc.Arbitrary<ChainArg> = numberText.map((text) => ({ kind: 'number', text }));
const miniNumbers: fc.Arbitrary<ChainArg> = fc.oneof(
  fc.tuple(numberText, numberText).map(([a, b]) => ({ kind: 'mini' as const, text: `<${a} ${b}>` })),
  fc.tuple(numberText, numberText).map(([a, b]) => ({ kind: 'mini' as const, text: `${a} [${b} ${a}]` })),
  numberText.map((a) => ({ kind: 'mini' as const, text: a })),
);
const argOf: Readonly<Record<Kind, fc.Arbitrary<ChainArg>>> = {
  n: fc.oneof({ weight: 3, arbitrary: numberArg }, { weight: 1, arbitrary: miniNumbers }),
  f: fc.constantFrom(...Object.keys(TRANSFORMS)).map((code) => ({ kind: 'transform' as const, code })),
  b: miniGrammar.map((text) => ({ kind: 'mini' as const, text })),
};

const callArb: fc.Arbitrary<ChainCall> = fc
  .constantFrom(...Object.keys(METHODS))
  .chain((method) => fc.tuple(...(METHODS[method] ?? []).map((k) => argOf[k])).map((args) => ({ method, args })));

/** A chain of 1 to 5 calls on `s(...)` of a small mini-notation string. */
export const chainInput: fc.Arbitrary<Chain> = fc.record({
  base: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('bd sd', 'bd*4, hh*8', '<a b> [c d]', 'a(3,8)', 'a . b c . d', '{a b c}%4') }, { weight: 1, arbitrary: miniGrammar }),
  calls: fc.array(callArb, { minLength: 1, maxLength: 5 }),
});

function argValue(arg: ChainArg): unknown {
  if (arg.kind === 'number') return Number(arg.text);
  if (arg.kind === 'mini') return arg.text;
  return TRANSFORMS[arg.code];
}

/** The chain as performer code. */
export function chainCode(chain: Chain): string {
  const args = (a: ChainArg) => (a.kind === 'number' ? a.text : a.kind === 'mini' ? JSON.stringify(a.text) : a.code);
  return `s(${JSON.stringify(chain.base)})${chain.calls.map((c) => `.${c.method}(${c.args.map(args).join(', ')})`).join('')}`;
}

/** Builds the chain's pattern, calling the methods as performer code would. */
export function buildChain(chain: Chain): Pattern<unknown> {
  let pat = s(chain.base) as Pattern<unknown>;
  for (const call of chain.calls) {
    const method = (pat as unknown as Record<string, (...args: unknown[]) => unknown>)[call.method];
    if (typeof method !== 'function') throw new Error(`no method ${call.method}`);
    const next = method.apply(pat, call.args.map(argValue));
    if (!(next instanceof Pattern)) throw new Error(`${call.method} gave no pattern`);
    pat = next as Pattern<unknown>;
  }
  return pat;
}

// --- the judge ---

/** Where queries start, and how long they are: short ones as the scheduler makes, and whole cycles. */
export const queryWindow: fc.Arbitrary<{ begin: number; cycles: number }> = fc.record({
  begin: fc.constantFrom(0, 0.5, 1, 7, 1000),
  cycles: fc.constantFrom(0.125, 0.25, 1, 2),
});

/** What an input did, when it did something allowed. */
export type Verdict = 'haps' | 'refused' | 'over budget' | 'beyond time' | 'mini-notation error';

/** The longest a build and query may take before it counts as a hang (generous: machines are noisy). */
export const HANG_MS = 2000;

/**
 * Runs `build` then queries its pattern over `window` with a budget, and judges the result: haps,
 * or one of weft's own errors (a MiniParseError with an offset, a BudgetError or TimeRangeError,
 * which are about the whole pattern, or an ArgumentError, which carries source locations when
 * thrown by a query of a patterned argument). Anything else, or taking longer than {@link HANG_MS}, throws an error that says
 * what went wrong.
 */
export function judge(build: () => Pattern<unknown>, window: { begin: number; cycles: number }): Verdict {
  const t0 = performance.now();
  let verdict: Verdict;
  let pat: Pattern<unknown> | undefined;
  try {
    pat = build();
    const haps: Hap<unknown>[] = pat.queryArc(window.begin, window.begin + window.cycles, {}, QueryBudget.forCycles(window.cycles));
    if (!Array.isArray(haps)) throw new Error('the query gave no list');
    verdict = 'haps';
  } catch (error) {
    verdict = classify(error, pat !== undefined);
  }
  const ms = performance.now() - t0;
  if (ms > HANG_MS) throw new Error(`took ${ms.toFixed(0)} ms (${verdict})`);
  return verdict;
}

function classify(error: unknown, queried: boolean): Verdict {
  if (error instanceof BudgetError) return 'over budget';
  // Like a budget, about the whole pattern (its factors multiplied), placed at the block.
  if (error instanceof TimeRangeError) return 'beyond time';
  if (error instanceof MiniParseError) {
    if (!Number.isInteger(error.offset) || error.offset < 0) throw new Error(`a MiniParseError without an offset: ${error.message}`);
    if (/ at \d/.test(error.message)) throw new Error(`a MiniParseError that gives its offset in words: ${error.message}`);
    return 'mini-notation error';
  }
  if (error instanceof ArgumentError) {
    const located = Object.hasOwn(error, 'locations') && Array.isArray(error.locations) && error.locations.length > 0;
    if (queried && !located) throw new Error(`an ArgumentError from a query without locations: ${error.message}`);
    if (/\[object |=>|function\s*\w*\s*\(/.test(error.message)) throw new Error(`an ArgumentError that shows weft's internals: ${error.message}`);
    return 'refused';
  }
  if (error instanceof Error) throw new Error(`${error.name} (not weft's own): ${error.message}`);
  throw new Error(`a thrown non-error: ${String(error)}`);
}

/** Judges a mini-notation string: parsed and queried as a pattern. */
export function judgeMini(code: string, window: { begin: number; cycles: number }): Verdict {
  return judge(() => mini(code), window);
}

/** Judges a chain of methods. */
export function judgeChain(chain: Chain, window: { begin: number; cycles: number }): Verdict {
  return judge(() => buildChain(chain), window);
}

// --- performer code ---

/** What evaluating and querying performer code did, when it did something allowed. */
export type CodeVerdict = 'haps' | 'placed error' | 'over budget' | 'beyond time';

/**
 * Evaluates performer code as the performer realm does (its loops against a guard) and queries it
 * with a budget, and judges the result: haps, or an error placed at the characters that caused it.
 * An evaluation error must cover less than the whole code (unless the code is one call); a query
 * error must be placed by the evaluation (`locate`), or be about the pattern as a whole (a budget,
 * a time beyond weft's exact range: placed at the block). Anything else, or taking longer than
 * {@link HANG_MS}, throws an error that says what went wrong.
 */
export function judgeCode(code: string, window: { begin: number; cycles: number }): CodeVerdict {
  const t0 = performance.now();
  const verdict = ((): CodeVerdict => {
    const guard = new LoopGuard();
    let evaluation;
    try {
      evaluation = evaluate(code, { guard });
    } catch (error) {
      if (!(error instanceof EvalError)) throw new Error(`evaluate threw ${String(error)}, not an EvalError`);
      const whole = error.from === 0 && error.to === code.length && /[.(]/.test(code.slice(code.indexOf(')') + 1));
      if (whole) throw new Error(`an error not placed in the code (all of it): ${error.message}`);
      if (/\[object |=>|function\s*\w*\s*\(/.test(error.message)) throw new Error(`an error that shows weft's internals: ${error.message}`);
      return 'placed error';
    }
    try {
      guard.within(QUERY_MS, () => evaluation.pattern.queryArc(window.begin, window.begin + window.cycles, {}, QueryBudget.forCycles(window.cycles)));
      return 'haps';
    } catch (error) {
      if (error instanceof BudgetError) return 'over budget';
      if (error instanceof TimeRangeError) return 'beyond time';
      const placed = evaluation.locate(error);
      if (placed === undefined) throw new Error(`a query error not placed in the code: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      return 'placed error';
    }
  })();
  const ms = performance.now() - t0;
  if (ms > HANG_MS) throw new Error(`took ${ms.toFixed(0)} ms (${verdict})`);
  return verdict;
}

/** The loop deadline of a query (as the performer realm gives one block's query). */
const QUERY_MS = 150;
