/**
 * From the mini-notation syntax tree to a pattern.
 *
 * Steps (`Pattern.steps`) follow Strudel: a sequence has as many steps as the sum of its
 * weights; a stack has the least common multiple of its layers' steps. A `^` at the start of a
 * sequence marks it as the level to count steps at: a sequence holding marked steps counts
 * `weights × lcm(steps of the marked ones)`, a stack with marked layers counts only those.
 */
import type { CodeRange } from '../controls/event.ts';
import type { MiniAtom, MiniLayers, MiniOp, MiniSequence, MiniSlice, MiniStep } from './ast.ts';
import { MiniParseError } from './parser.ts';
import { atom, fastBy, nothing, lcmSteps, range, replicate, tail, withLocations } from './patterns.ts';
import { euclidStruct } from './euclid.ts';
import { ArgumentError, checkRangeSize, countArg, euclidProblem, slowArg, speedArg, type ArgCheck } from '../pattern/limits.ts';
import { stackPlain, timeCatPlain } from '../pattern/combine.ts';
import { appLeft, fast as fastPlain, innerJoin, mapArg, splitQueries } from '../pattern/core.ts';
import type { Pattern } from '../pattern/pattern.ts';
import { ONE, Rational, ZERO } from '../pattern/rational.ts';
import { degradeByWith, randcatPlain, seededRand } from '../pattern/random-streams.ts';

/** A built node: its pattern, and whether a `^` inside it marks where steps are counted. */
interface Built {
  readonly pat: Pattern<unknown>;
  readonly marked: boolean;
}

// Strudel gives the n-th random operator of a string (`?` or a `|` group) the seed 3n.
const SEED_STEP = 3;

// The same checks, and the same meanings of 0 and negative numbers, as `fast` and `slow`.
const FAST = speedArg('*');
const SLOW = slowArg('/');
// A polymeter's pulse: steps a cycle, none (0) being silence.
const PULSE = countArg('%', { min: 0, noun: 'steps a cycle' });

/**
 * Checks a number written right in the string; its argument error becomes a syntax error at the
 * number, as the evaluator places mini-notation errors.
 */
function checkLiteral<A>(check: ArgCheck<A>, slice: MiniAtom): A {
  try {
    return check(slice.value);
  } catch (error) {
    if (error instanceof ArgumentError) throw new MiniParseError(`mini-notation: ${error.message}`, slice.start);
    throw error;
  }
}

/** Builds the pattern for a parsed mini-notation string. */
export function buildMini(tree: MiniLayers): Pattern<unknown> {
  return buildLayers(tree).pat;
}

function buildLayers(node: MiniLayers): Built {
  if (node.kind === 'sequence') return buildSequence(node);
  const layers = node.layers.map(buildSequence);
  const marked = layers.filter((l) => l.marked);
  if (node.kind === 'choice') {
    // Unmarked, a random choice has no step count; marked, it counts like a stack.
    const steps = marked.length > 0 ? lcmSteps(marked.map((l) => l.pat.steps)) : undefined;
    const pats = layers.map((l) => l.pat);
    return { pat: randcatPlain(seededRand(node.seed * SEED_STEP), pats).withSteps(steps), marked: marked.length > 0 };
  }
  return stackOf(layers);
}

function stackOf(layers: readonly Built[]): Built {
  const marked = layers.filter((l) => l.marked);
  const counted = marked.length > 0 ? marked : layers;
  const steps = lcmSteps(counted.map((l) => l.pat.steps));
  return { pat: stackPlain(layers.map((l) => l.pat)).withSteps(steps), marked: marked.length > 0 };
}

/** A built sequence, with the sum of its steps' weights. */
interface BuiltSequence extends Built {
  readonly weight: Rational;
}

function buildSequence(seq: MiniSequence): BuiltSequence {
  const items = seq.steps.map((step) => ({ built: buildStep(step), weight: stepWeight(step) }));
  let weight = Rational.int(0);
  for (const item of items) weight = weight.add(item.weight);
  const pat = timeCatPlain(items.map((item) => [item.weight, item.built.pat] as const));
  let steps: Rational | undefined = weight;
  const marked = items.filter((item) => item.built.marked);
  // Feet count as steps themselves, whatever is marked inside them.
  if (marked.length > 0 && !seq.feet) {
    const inner = lcmSteps(marked.map((item) => item.built.pat.steps).filter((s) => s !== undefined));
    if (inner !== undefined) steps = weight.mul(inner);
  }
  return { pat: pat.withSteps(steps), marked: seq.marked || marked.length > 0, weight };
}

// Strudel reads a weight of 0 as no weight at all.
function stepWeight(step: MiniStep): Rational {
  return step.weight === 0 ? ONE : Rational.from(step.weight);
}

function buildStep(step: MiniStep): Built {
  checkRange(step);
  const slice = buildSlice(step.slice);
  let pat = slice.pat;
  for (const op of step.ops) pat = applyOp(op, pat);
  return { pat, marked: slice.marked };
}

function buildSlice(slice: MiniSlice): Built {
  switch (slice.kind) {
    case 'atom':
      return { pat: atom<unknown>(slice.value, [{ start: slice.start, end: slice.end }]), marked: false };
    case 'rest':
      return { pat: nothing(), marked: false };
    case 'bracket':
      return buildLayers(slice.body);
    case 'alternation':
      return buildAlternation(slice.body);
    case 'polymeter':
      return buildPolymeter(slice.layers, slice.steps);
  }
}

// `<a b c>`: each layer slowed down by its weight, so that it plays one step per cycle.
function buildAlternation(body: MiniLayers): Built {
  const layers = body.kind === 'sequence' ? [body] : body.layers;
  const built = layers.map((layer) => {
    const b = buildSequence(layer);
    return { pat: fastPlain(ONE.div(b.weight), b.pat).withSteps(b.pat.steps), marked: b.marked };
  });
  return built.length === 1 ? (built[0] as Built) : stackOf(built);
}

// `{a b c, d e}%n`: every layer at the pulse of n steps per cycle (by default, the first
// layer's), aligned by the weights of the layers' steps. Its step count (which `^` marks
// use) is the least common multiple of the layers' step counts.
function buildPolymeter(layers: readonly MiniSequence[], stepsArg: MiniSlice | undefined): Built {
  const built = layers.map(buildSequence);
  const lcm = lcmSteps(built.map((b) => b.weight)) ?? ONE;
  const aligned = stackPlain(built.map((b) => fastPlain(lcm.div(b.weight), b.pat)));
  const steps = lcmSteps(built.map((b) => b.pat.steps));
  const marked = built.some((b) => b.marked);
  const first = (built[0] as BuiltSequence).weight;
  // Strudel splits a polymeter's events at cycle boundaries.
  if (stepsArg === undefined) return { pat: splitQueries(fastPlain(first.div(lcm), aligned), steps), marked };
  const at = (pulse: number): Pattern<unknown> => fastBy(pulse / lcm.valueOf(), aligned);
  if (stepsArg.kind === 'atom') checkLiteral(PULSE, stepsArg);
  return { pat: innerJoin(mapArg((x: unknown) => at(PULSE(x)), buildSlice(stepsArg).pat)).withSteps(steps), marked };
}

/**
 * A range between two numbers written in the string (`0 .. 1e8`) is checked when the string is
 * read: it has as many steps as a factor may make. Other ranges are checked when queried.
 */
function checkRange(step: MiniStep): void {
  const [first] = step.ops;
  if (first?.kind !== 'range' || step.slice.kind !== 'atom' || first.arg.kind !== 'atom') return;
  const from = step.slice.value;
  const to = first.arg.value;
  if (typeof from === 'number' && typeof to === 'number') checkLiteral(() => checkRangeSize(from, to), first.arg);
}

function locationOf(slice: MiniSlice): CodeRange {
  return { start: slice.start, end: slice.end };
}

function applyOp(op: MiniOp, pat: Pattern<unknown>): Pattern<unknown> {
  switch (op.kind) {
    case 'fast':
    case 'slow': {
      const check = op.kind === 'fast' ? FAST : SLOW;
      const by = (x: number): Pattern<unknown> => (op.kind === 'fast' ? fastBy(x, pat) : x === 0 ? nothing() : fastBy(1 / x, pat));
      if (op.arg.kind === 'atom') return withLocations([locationOf(op.arg)], by(checkLiteral(check, op.arg))).withSteps(pat.steps);
      // Strudel keeps the step count through a patterned `*` but counts zero after a patterned `/`.
      return innerJoin(mapArg((x: unknown) => by(check(x)), buildSlice(op.arg).pat)).withSteps(op.kind === 'fast' ? pat.steps : ZERO);
    }
    case 'tail':
      return tail(pat, buildSlice(op.arg).pat);
    case 'range':
      // Strudel counts a range as zero steps.
      return range(pat, buildSlice(op.arg).pat).withSteps(ZERO);
    case 'replicate':
      return replicate(Rational.from(op.times), pat);
    case 'degrade':
      // Strudel's `?0` still drops an event whose random value is exactly 0 (as at cycle 0):
      // it keeps values above the amount, which for 0 is the smallest positive number.
      return degradeByWith(seededRand(op.seed * SEED_STEP), op.amount === 0 ? Number.MIN_VALUE : op.amount, pat);
    case 'euclid':
      return applyEuclid(op, pat);
  }
}

function applyEuclid(op: Extract<MiniOp, { kind: 'euclid' }>, pat: Pattern<unknown>): Pattern<unknown> {
  // Strudel reads the operators of a Euclidean argument (`a(3?,8)`) but ignores them.
  const args = (op.rotation === undefined ? [op.pulses, op.steps] : [op.pulses, op.steps, op.rotation]).map((a) => a.slice);
  const plain = args.map((a) => (a.kind === 'atom' ? a.value : undefined));
  if (plain.every((v) => v !== undefined)) {
    const [k, n, r = 0] = plain;
    const problem = euclidProblem(k, n, r);
    if (problem !== undefined) {
      const at = problem.argument === 'pulses' ? op.pulses : problem.argument === 'steps' ? op.steps : (op.rotation ?? op.pulses);
      throw new MiniParseError(`mini-notation: (${plain.join(',')}): ${problem.text}`, at.start);
    }
    return withLocations(args.map(locationOf), euclidStruct(k as number, n as number, r as number, pat));
  }
  const [kPat, nPat, rPat] = args.map((a) => buildSlice(a).pat) as [Pattern<unknown>, Pattern<unknown>, Pattern<unknown> | undefined];
  let params = appLeft((k: unknown, n: unknown) => [k, n], kPat, nPat, 'right-first');
  if (rPat !== undefined) params = appLeft((kn: unknown[], r: unknown) => [...kn, r], params, rPat, 'right-first');
  // Strudel counts a Euclidean rhythm with patterned arguments as zero steps.
  const joined = innerJoin(
    mapArg((ps: unknown[], state) => {
      const [k, n, r = 0] = ps;
      const problem = euclidProblem(k, n, r);
      if (problem !== undefined) throw new ArgumentError(`(${ps.map(String).join(',')}): ${problem.text}`);
      state.budget?.charge(n as number);
      return euclidStruct(k as number, n as number, r as number, pat);
    }, params),
  );
  return joined.withSteps(ZERO);
}
