/**
 * Evaluating performer code: TypeScript or JavaScript with the whole DSL in scope, where
 * double-quoted and backtick strings are mini-notation, and `$:` blocks play together.
 */
import { MAX_CPS, MIN_CPS, type CodeRange, type SampleDeclaration } from '../audio/protocol.ts';
import { stack } from '../pattern/constructors.ts';
import { Pattern, silence } from '../pattern/pattern.ts';
import { evaluationBudget } from './budget.ts';
import { EvalError } from './errors.ts';
import { LoopGuard } from './guard.ts';
import { LiteralError, miniLiteral, miniTemplate } from './literals.ts';
import { describe, messageOf } from './messages.ts';
import { checkEngineView } from './engine-view.ts';
import { RUNTIME, rewrite, tokenEnd, type Rewritten } from './rewrite.ts';
import { compile, thrownAt, withDeepStacks } from './run.ts';
import { samplesFunction } from './samples.ts';
import { fixedSlider, Sliders } from './sliders.ts';
import { MidiInputs, type MidiInRequest, type MidiInValues } from './midi-in.ts';
import { LocatedCalls, type EvaluationWarning, type VisualRequest } from './located-calls.ts';
import { unheardControls } from './unheard-controls.ts';
import { BlockTransforms } from './block-transforms.ts';
import { Registry } from './register.ts';
import { dslScope, SHADOWED_GLOBALS } from './scope.ts';
import { asWritten, NeedsTypeStripper, type Stripped, type TypeStripper } from './stripper.ts';
import { evaluationVoicings } from './voicings.ts';
import { TEMPO_CALLS } from './tempo.ts';

// Silence (a `Pattern<never>`), typed as a pattern of anything.
const nothing: Pattern<unknown> = silence.fmap((v): unknown => v);

/** Cycles per second when the code sets none (Strudel's default). */
export const DEFAULT_CPS = 0.5;

/**
 * The names `evaluate` adds to the DSL's: the tempo, `samples`, `all`/`each`, `register`,
 * `slider`, `midin`, `createParam(s)`, Strudel's Csound loaders and the evaluation's voicing dictionaries
 * (voicings.ts) (their docs and declarations for the language service are in
 * scripts/dsl-globals.ts).
 */
export const EVALUATOR_NAMES = [
  'setcps', 'setcpm', 'setCps', 'setCpm', 'samples', 'all', 'each', 'register', 'slider', 'createParam', 'createParams',
  'loadOrc', 'loadCsound', 'addVoicings', 'setVoicingRange', 'setDefaultVoicings', 'midin',
] as const;
export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** More names for performer code; they win over DSL names (and over `samples`, `setcps`, `setcpm`, `all`...). */
  readonly scope?: Readonly<Record<string, unknown>>;
  /** Cycles per second when the code calls neither `setcps` nor `setcpm`; {@link DEFAULT_CPS} by default. */
  readonly cps?: number;
  /**
   * The guard that loops in the code check (see {@link LoopGuard}); a new one by default. Run the
   * queries of the evaluation's patterns inside its `within` to give their loops a deadline.
   */
  readonly guard?: LoopGuard;
  /** How long (ms) the top level may run loops; {@link evaluationBudget} of the code by default. */
  readonly budget?: number;
  /**
   * Removes TypeScript's types (Sucrase's is `sucraseStripper` in strip-types.ts, which the
   * layer's index passes). Without it, code that needs it throws {@link NeedsTypeStripper}.
   */
  readonly types?: TypeStripper;
  /**
   * The values of the MIDI inputs the code listens to (`midin`, see midi-in.ts), read when its
   * patterns are queried. Without them there is no MIDI: the values stay at 0 and no notes, and
   * each `midin` call says so.
   */
  readonly midiInputs?: MidiInValues;
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
  /** The visuals the code asks for (`._pianoroll()`, `.scope()`...), in the order they ran. */
  readonly visuals: readonly VisualRequest[];
  /** What the code asks for that is not heard or drawn (`.midi()`...): it plays on, and the performer is told. */
  readonly warnings: readonly EvaluationWarning[];
  /** The code's sliders, in the order the calls ran: set one to change what its pattern plays from then on. */
  readonly sliders: Sliders;
  /** The MIDI inputs the code listens to (`midin`): the player sets their values by key. */
  readonly midiInputs: readonly MidiInRequest[];
  /** The guard the code's loops check (the one given in the options, or a new one). */
  readonly guard: LoopGuard;
  /**
   * Locates an error thrown later by functions in this code (e.g. while querying the pattern):
   * an {@link EvalError} as it is; an error with its own `locations` (offsets into this code,
   * e.g. a `LoopError` or a pattern function's bad argument) at the first of them; a value thrown
   * by a `throw` of this code at that `throw`; any other error at the innermost frame of this
   * code in its stack. Undefined when it cannot be placed.
   */
  locate(error: unknown): EvalError | undefined;
}

/**
 * Evaluates performer code. Throws an {@link EvalError} located in `code` for a syntax error or
 * for an error thrown while the code runs, including a `LoopError` when a loop at the top level
 * is still running after the evaluation budget ({@link evaluationBudget}).
 * For example, `setcpm(90)` then `$: s("bd sd")` then `_$: note("c")` gives cps 1.5, two
 * blocks, and a pattern that plays only the first.
 */
export function evaluate(code: string, options: EvaluateOptions = {}): Evaluation {
  const { types } = options;
  const rewritten = rewrite(code, types);
  // Code without TypeScript syntax (most performer code) runs as written.
  let stripped = rewritten.typeSyntax ? strip(code, rewritten, types) : asWritten(rewritten.edited.text);
  checkEngineView(code, rewritten, stripped);
  const guard = options.guard ?? new LoopGuard();
  const { sites } = rewritten;
  const whole: CodeRange = { start: 0, end: code.length };
  // The value of the last `throw` that ran, and where it is (what is thrown may be no Error).
  let thrown: { value: unknown; site: CodeRange } | undefined;
  const locate = (error: unknown): EvalError | undefined =>
    locateError(code, rewritten, stripped, error) ?? (thrown !== undefined && Object.is(thrown.value, error) ? at(code, thrown.site, error) : undefined);

  let cps = options.cps ?? DEFAULT_CPS;
  const blocks: Block[] = [];
  const samples: SampleDeclaration[] = [];
  // Where a `samples(...)` call is: the performer's frame of a stack taken inside it.
  const here = (): { start: number; end: number }[] => {
    const place = locate(new Error('samples'));
    return place === undefined || (place.from === 0 && place.to === code.length) ? [] : [{ start: place.from, end: place.to }];
  };
  const transforms = new BlockTransforms(() => here()[0]);
  const registry = new Registry(rewritten.registered);
  const located = new LocatedCalls();
  const sliders = new Sliders();
  const midiInputs = new MidiInputs(options.midiInputs, (at) => located.warn('MIDI input is not available here: midin(...) plays 0 and no notes', at));
  // This evaluation's voicing dictionaries (voicings.ts), open while the code runs (and all/each apply).
  const voicings = evaluationVoicings();
  const runtime = Object.freeze({
    m: miniLiteral,
    id: <T>(value: T): T => value,
    t: miniTemplate,
    b(label: string, from: number, to: number, value: unknown): unknown {
      if (!(value instanceof Pattern)) {
        const hint = typeof value === 'function' && value.name !== '' ? ` (call it: ${value.name}(...))` : '';
        throw new TypeError(`the "${label}:" block needs a pattern, not ${describe(value)}${hint}`);
      }
      blocks.push({ label, muted: label.startsWith('_'), from, to, pattern: value });
      return value;
    },
    l(site: number): void {
      guard.check(sites[site] ?? whole);
    },
    r: (target: unknown): unknown => registry.methodsOf(target),
    pm: (name: string, f: unknown): unknown => registry.prototypeMethod(name, f),
    c: (target: unknown, name: string, start: number, end: number): unknown => located.method(target, name, start, end),
    sl: (start: number, end: number, literal: boolean): unknown => sliders.at(start, end, literal),
    e(value: unknown, site: number): unknown {
      thrown = { value, site: sites[site] ?? whole };
      return value;
    },
  });
  const names = new Map<string, unknown>(SHADOWED_GLOBALS.map((name) => [name, undefined]));
  for (const [name, value] of dslScope) names.set(name, value);
  const [all, each] = transforms.functions();
  const setTempo = (name: EvaluatorName, per: number) => (x: unknown) => void (cps = tempo(x, name, per));
  const evaluatorGlobals: Record<EvaluatorName, unknown> = {
    // setcps, setcpm, and Strudel's camelCase names for the same two.
    setcps: setTempo('setcps', TEMPO_CALLS.setcps),
    setcpm: setTempo('setcpm', TEMPO_CALLS.setcpm),
    setCps: setTempo('setCps', TEMPO_CALLS.setCps),
    setCpm: setTempo('setCpm', TEMPO_CALLS.setCpm),
    samples: samplesFunction((declared) => samples.push(...declared), here),
    all,
    each,
    register: registry.register,
    createParam: registry.createParam,
    createParams: registry.createParams,
    // Strudel's Csound: not in weft. The code plays on (its `.csound()` events go nowhere), and says so.
    loadOrc: csoundLoader(located, here),
    loadCsound: csoundLoader(located, here),
    slider: fixedSlider,
    midin: midiInputs.function(() => here()[0]),
    ...voicings.functions,
  };
  for (const [name, value] of Object.entries(evaluatorGlobals)) names.set(name, value);
  for (const [name, value] of Object.entries(options.scope ?? {})) names.set(name, value);
  names.set(RUNTIME, runtime);

  let run: ReturnType<typeof compile>;
  try {
    run = compile([...names.keys()], stripped.code);
  } catch (error) {
    if (rewritten.typeSyntax || error instanceof RangeError) throw engineRejects(code, rewritten, error);
    // Lezer read as JavaScript what the engine rejects: the stripper's parser says where and why.
    stripped = strip(code, rewritten, types);
    checkEngineView(code, rewritten, stripped);
    try {
      run = compile([...names.keys()], stripped.code);
    } catch (again) {
      throw engineRejects(code, rewritten, again);
    }
  }
  let value: unknown;
  const closeVoicings = voicings.open();
  try {
    value = guard.within(options.budget ?? evaluationBudget(code), () =>
      withDeepStacks(() => {
        const result = run(...names.values());
        // `all` and `each` apply once the code has run, within its budget (their functions are performer code).
        if (transforms.empty) return result;
        for (const [i, block] of blocks.entries()) blocks[i] = { ...block, pattern: transforms.apply(block.pattern) };
        return blocks.length === 0 && result instanceof Pattern ? transforms.apply(result) : result;
      }),
    );
  } catch (error) {
    throw locate(error) ?? new EvalError(messageOf(error), code, 0, code.length, { cause: error });
  } finally {
    closeVoicings();
  }

  // As in Strudel, muted blocks do not count: with none playing, the last expression plays.
  const playing = blocks.filter((b) => !b.muted).map((b) => b.pattern);
  const pattern: Pattern<unknown> = playing.length > 0 ? stack(...playing) : value instanceof Pattern ? value : nothing;
  for (const unheard of unheardControls(code, rewritten.tree, new Set(rewritten.registered))) located.warn(unheard.message, unheard.at);
  return { pattern, cps, blocks, samples, visuals: located.visuals, warnings: located.warnings, sliders, midiInputs: midiInputs.list, guard, locate };
}

/** `loadOrc(url)` or loadCsound`...`: loads nothing, says at the call that Csound is not available. */
function csoundLoader(located: LocatedCalls, here: () => CodeRange[]): () => Promise<void> {
  return () => {
    const at = here()[0];
    if (at !== undefined) located.warn('Csound is not available in weft: this loads nothing, and .csound() events are not heard', at);
    return Promise.resolve();
  };
}

/** The error for code the engine would not compile. */
function engineRejects(code: string, { limits }: Rewritten, error: unknown): EvalError {
  if (error instanceof RangeError) return limits.overflow(error);
  // Rare: the parsers accepted what the engine rejects; the engine does not say where.
  return new EvalError(messageOf(error), code, 0, code.length, { cause: error });
}

function strip(code: string, { edited, tree, limits }: Rewritten, types: TypeStripper | undefined): Stripped {
  if (types === undefined) throw new NeedsTypeStripper();
  try {
    return types.strip(edited.text);
  } catch (error) {
    if (error instanceof RangeError) throw limits.overflow(error);
    const problem = types.parseProblem(error);
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
  const place = ownLocation(error);
  if (place !== undefined) return at(code, place, error);
  const frame = thrownAt(error);
  if (frame === undefined) return undefined;
  const pos = edited.toOriginal(stripped.toSource(frame.line, frame.column));
  return new EvalError(messageOf(error), code, pos, tokenEnd(code, tree, pos), { cause: error });
}

/** The error's message placed at `place`. */
function at(code: string, place: CodeRange, error: unknown): EvalError {
  return new EvalError(messageOf(error), code, place.start, place.end, { cause: error });
}

/** The first of an error's own `locations` (offsets into the code), when it has usable ones. */
function ownLocation(error: unknown): CodeRange | undefined {
  if (typeof error !== 'object' || error === null || !Object.hasOwn(error, 'locations')) return undefined;
  const locations: unknown = Reflect.get(error, 'locations');
  const first: unknown = Array.isArray(locations) ? locations[0] : undefined;
  if (typeof first !== 'object' || first === null) return undefined;
  const start: unknown = Reflect.get(first, 'start');
  const end: unknown = Reflect.get(first, 'end');
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  return { start, end: Math.max(start, end) };
}

/**
 * The cycles per second that `setcps(x)` (`per` 1) or `setcpm(x)` (60) asks for; refuses
 * anything that is not a number between {@link MIN_CPS} and {@link MAX_CPS} cycles per second.
 */
function tempo(x: unknown, name: string, per: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new TypeError(`${name} needs a number, not ${describe(x)}`);
  const cps = x / per;
  if (cps >= MIN_CPS && cps <= MAX_CPS) return cps;
  const unit = per === 1 ? 'second' : 'minute';
  throw new RangeError(`${name}(${String(x)}): weft plays between ${String(MIN_CPS * per)} and ${String(MAX_CPS * per)} cycles per ${unit}`);
}
