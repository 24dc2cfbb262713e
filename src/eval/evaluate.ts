/**
 * Evaluating performer code: TypeScript or JavaScript with the whole DSL in scope, where
 * double-quoted and backtick strings are mini-notation, and `$:` blocks play together.
 */
import type { SampleDeclaration } from '../audio/protocol.ts';
import { stack } from '../pattern/constructors.ts';
import { Pattern, silence } from '../pattern/pattern.ts';
import { EvalError } from './errors.ts';
import { LiteralError, miniLiteral, miniTemplate } from './literals.ts';
import { RUNTIME, rewrite, tokenEnd, type Rewritten } from './rewrite.ts';
import { compile, thrownAt, withDeepStacks } from './run.ts';
import { samplesFunction } from './samples.ts';
import { dslScope, SHADOWED_GLOBALS } from './scope.ts';
import { parseProblem, stripTypes, type Stripped } from './strip-types.ts';

// Silence (a `Pattern<never>`), typed as a pattern of anything.
const nothing: Pattern<unknown> = silence.fmap((v): unknown => v);

/** Cycles per second when the code sets none (Strudel's default). */
export const DEFAULT_CPS = 0.5;

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** More names for performer code; they win over DSL names (and over `samples`, `setcps`, `setcpm`). */
  readonly scope?: Readonly<Record<string, unknown>>;
  /** Cycles per second when the code calls neither `setcps` nor `setcpm`; {@link DEFAULT_CPS} by default. */
  readonly cps?: number;
  /**
   * Pattern methods that leave events unchanged, for code written for other environments
   * (e.g. Strudel's `.pianoroll()` or `.midi()` when comparing events in tests).
   */
  readonly inertMethods?: readonly string[];
}

/** A labelled statement such as `$: s("bd")`, `bass: note("c2")` or the muted `_$: ...`. */
export interface Block {
  /** The label as typed, e.g. `$`, `_$`, `$drums`, `bass`. */
  readonly label: string;
  /** True when the label starts with `_`: evaluated, but not played. */
  readonly muted: boolean;
  /** Where the statement is in the code (offsets). */
  readonly from: number;
  readonly to: number;
  readonly pattern: Pattern<unknown>;
}

/** What performer code gave. */
export interface Evaluation {
  /** The unmuted blocks stacked; with none, the last expression if it is a pattern; else silence. */
  readonly pattern: Pattern<unknown>;
  /** Cycles per second: set by `setcps(x)` or `setcpm(x)` (= x / 60), else the default. */
  readonly cps: number;
  /** Every block, in the order it ran, muted ones included. */
  readonly blocks: readonly Block[];
  /**
   * The sounds the code declared with `samples(...)`, in the order of the calls (a later
   * declaration of a name wins). Evaluating fetches nothing: the player loads these.
   */
  readonly samples: readonly SampleDeclaration[];
  /** Locates an error thrown later by functions in this code (e.g. while querying the pattern). */
  locate(error: unknown): EvalError | undefined;
}

/**
 * Evaluates performer code. Throws an {@link EvalError} located in `code` for a syntax error or
 * for an error thrown while the code runs.
 * For example, `setcpm(90)` then `$: s("bd sd")` then `_$: note("c")` gives cps 1.5, two
 * blocks, and a pattern that plays only the first.
 */
export function evaluate(code: string, options: EvaluateOptions = {}): Evaluation {
  const rewritten = rewrite(code, new Set(options.inertMethods ?? []));
  const stripped = strip(code, rewritten);
  const locate = (error: unknown): EvalError | undefined => locateError(code, rewritten, stripped, error);

  let cps = options.cps ?? DEFAULT_CPS;
  const blocks: Block[] = [];
  const samples: SampleDeclaration[] = [];
  // Where a `samples(...)` call is: the performer's frame of a stack taken inside it.
  const here = (): { start: number; end: number }[] => {
    const place = locate(new Error('samples'));
    return place === undefined || (place.from === 0 && place.to === code.length) ? [] : [{ start: place.from, end: place.to }];
  };
  const runtime = {
    m: miniLiteral,
    id: <T>(value: T): T => value,
    t: miniTemplate,
    b(label: string, from: number, to: number, value: unknown): unknown {
      if (!(value instanceof Pattern)) throw new TypeError(`the "${label}:" block needs a pattern, not ${describe(value)}`);
      blocks.push({ label, muted: label.startsWith('_'), from, to, pattern: value });
      return value;
    },
  };
  const names = new Map<string, unknown>(SHADOWED_GLOBALS.map((name) => [name, undefined]));
  for (const [name, value] of dslScope) names.set(name, value);
  names.set('setcps', (x: unknown) => void (cps = cyclesPerSecond(x, 'setcps')));
  names.set('setcpm', (x: unknown) => void (cps = cyclesPerSecond(x, 'setcpm') / 60));
  names.set('samples', samplesFunction((declared) => samples.push(...declared), here));
  for (const [name, value] of Object.entries(options.scope ?? {})) names.set(name, value);
  names.set(RUNTIME, runtime);

  let run: ReturnType<typeof compile>;
  try {
    run = compile([...names.keys()], stripped.code);
  } catch (error) {
    // Rare: the parsers accepted what the engine rejects; the engine does not say where.
    throw new EvalError(messageOf(error), code, 0, code.length, { cause: error });
  }
  let value: unknown;
  try {
    value = withDeepStacks(() => run(...names.values()));
  } catch (error) {
    throw locate(error) ?? new EvalError(messageOf(error), code, 0, code.length, { cause: error });
  }

  // As in Strudel, muted blocks do not count: with none playing, the last expression plays.
  const playing = blocks.filter((b) => !b.muted).map((b) => b.pattern);
  const pattern: Pattern<unknown> = playing.length > 0 ? stack(...playing) : value instanceof Pattern ? value : nothing;
  return { pattern, cps, blocks, samples, locate };
}

function strip(code: string, { edited, tree }: Rewritten): Stripped {
  try {
    return stripTypes(edited.text);
  } catch (error) {
    const problem = parseProblem(error);
    if (problem === undefined) throw new EvalError(messageOf(error), code, 0, code.length, { cause: error });
    const pos = edited.toOriginal(problem.pos);
    throw new EvalError(problem.message, code, pos, tokenEnd(code, tree, pos), { cause: error });
  }
}

function locateError(code: string, { edited, tree }: Rewritten, stripped: Stripped, error: unknown): EvalError | undefined {
  if (error instanceof EvalError) return error;
  if (error instanceof LiteralError) {
    return new EvalError(error.message, code, error.offset, tokenEnd(code, tree, error.offset), { cause: error.cause });
  }
  const at = thrownAt(error);
  if (at === undefined) return undefined;
  const pos = edited.toOriginal(stripped.toSource(at.line, at.column));
  return new EvalError(messageOf(error), code, pos, tokenEnd(code, tree, pos), { cause: error });
}

function cyclesPerSecond(x: unknown, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`${name} needs a number, not ${describe(x)}`);
  return x;
}

/** The error's message, with the engine's quotes of rewritten code turned back into literals. */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replaceAll(`${RUNTIME}.m(...)`, '"..."').replaceAll(`${RUNTIME}.t(...)(...)`, '`...`');
}

function describe(value: unknown): string {
  if (value instanceof Pattern) return 'a pattern';
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
