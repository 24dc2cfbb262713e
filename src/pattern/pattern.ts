/**
 * The `Pattern<T>` type: a function from a query (a span of cycles) to the haps active in it.
 *
 * Free functions are the source of truth; the methods here are one-line delegates for chaining,
 * declared in the class so that types and tools see them. Method docs live on the functions.
 */
import type { QueryBudget } from './budget.ts';
import type { Hap, Location } from './hap.ts';
import { Rational, type RationalLike } from './rational.ts';
import { timeValue } from './limits.ts';
import { Span } from './span.ts';
import { State } from './state.ts';
import type { Controls } from '../controls/index.ts';
import type { PatternArg } from './reify.ts';
import type { Transform } from './transform.ts';
// The modules the methods delegate to, in the order of the class's regions. They import Pattern
// back (an ES-module cycle), so none of them may build a pattern at load time: constants such as
// `sine` live in modules this one does not import (signals.ts).
import * as core from './core.ts';
import * as ctor from './constructors.ts';
import * as time from './time.ts';
import * as signal from './signal.ts';
import * as random from './random.ts';
import * as chance from './chance.ts';
import * as conditional from './conditional.ts';
import * as structure from './structure.ts';
import * as euclid from './euclid.ts';
import * as layering from './layering.ts';
import * as ops from './ops.ts';
import * as picking from './pick.ts';
import * as sampling from './sampling.ts';
import * as arps from './arp.ts';
import * as ctl from './controls.ts';
import * as synth from './controls-synth.ts';
import * as theory from './theory/index.ts';
// --- imports: steps & more (helper A) ---
import * as steps from './steps.ts';
import * as stepsCombine from './steps-combine.ts';
import * as cycles from './cycles.ts';
import * as pieces from './pieces.ts';
import * as rhythm from './rhythm.ts';
import * as lists from './lists.ts';
import * as tags from './tags.ts';
// --- end imports: steps & more (helper A) ---
// --- imports: controls & modulators (helper B) ---
import * as sources from './controls-sources.ts';
import * as midi from './controls-midi.ts';
import * as modulators from './modulators.ts';
import * as fxChain from './fx-chain.ts';
import * as distortion from './distortion.ts';
import * as scrubbing from './scrub.ts';
import * as looping from './ribbon.ts';
import * as playback from './playback.ts';
// --- end imports: controls & modulators (helper B) ---

/** A query function: the haps active during the state's span. */
export type Query<T> = (state: State) => Hap<T>[];

/** A pattern of values of type `T` over cyclic time. */
export class Pattern<T> {
  /** Answers a query: every hap whose part lies within the span asked for. */
  readonly query: Query<T>;
  /** How many steps a cycle of this pattern has, when known (Strudel's `_steps`). */
  readonly steps: Rational | undefined;

  constructor(query: Query<T>, steps?: Rational) {
    this.query = query;
    this.steps = steps;
  }

  /**
   * The haps between `begin` and `end` (in cycles). With a budget (`QueryBudget.forCycles`),
   * the query throws a `BudgetError` instead of doing more work than the budget allows.
   */
  queryArc(begin: RationalLike, end: RationalLike, controls: Record<string, unknown> = {}, budget?: QueryBudget): Hap<T>[] {
    return this.query(new State(new Span(Rational.from(begin), Rational.from(end)), controls, budget));
  }

  /** The same pattern with a step count. */
  withSteps(steps: Rational | undefined): Pattern<T> {
    return new Pattern(this.query, steps);
  }

  // --- primitives (core.ts) ---
  fmap<U>(f: (v: T) => U): Pattern<U> { return core.fmap(f, this); }
  withValue<U>(f: (v: T) => U): Pattern<U> { return core.fmap(f, this); }
  splitQueries(): Pattern<T> { return core.splitQueries(this); }
  withQuerySpan(f: (s: Span) => Span): Pattern<T> { return core.withQuerySpan(f, this); }
  withQueryTime(f: (t: Rational) => Rational): Pattern<T> { return core.withQueryTime(f, this); }
  withHapSpan(f: (s: Span) => Span): Pattern<T> { return core.withHapSpan(f, this); }
  withHapTime(f: (t: Rational) => Rational): Pattern<T> { return core.withHapTime(f, this); }
  withHaps<U>(f: (haps: Hap<T>[], state: State) => Hap<U>[]): Pattern<U> { return core.withHaps(f, this); }
  filterValues(test: (v: T) => boolean): Pattern<T> { return core.filterValues(test, this); }
  filterHaps(test: (h: Hap<T>) => boolean): Pattern<T> { return core.filterHaps(test, this); }
  filterOnsets(): Pattern<T> { return core.filterOnsets(this); }
  onsetsOnly(): Pattern<T> { return core.filterOnsets(this); }
  withLocation(location: Location): Pattern<T> { return core.withLocation(location, this); }
  bind<U>(f: (v: T) => Pattern<U>): Pattern<U> { return core.bind(f, this); }
  innerBind<U>(f: (v: T) => Pattern<U>): Pattern<U> { return core.innerBind(f, this); }
  outerBind<U>(f: (v: T) => Pattern<U>): Pattern<U> { return core.outerBind(f, this); }
  squeezeBind<U>(f: (v: T) => Pattern<U>): Pattern<U> { return core.squeezeBind(f, this); }
  appBoth<B, C>(f: (a: T, b: B) => C, other: Pattern<B>): Pattern<C> { return core.appBoth(f, this, other); }
  appLeft<B, C>(f: (a: T, b: B) => C, other: Pattern<B>): Pattern<C> { return core.appLeft(f, this, other); }
  appRight<B, C>(f: (a: T, b: B) => C, other: Pattern<B>): Pattern<C> { return core.appRight(f, this, other); }

  // --- constructors (constructors.ts) ---
  stack(...others: PatternArg<T>[]): Pattern<T> { return ctor.stack(this, ...others); }
  seq(...others: PatternArg<T>[]): Pattern<T> { return ctor.sequence(this, ...others); }
  sequence(...others: PatternArg<T>[]): Pattern<T> { return ctor.sequence(this, ...others); }
  fastcat(...others: PatternArg<T>[]): Pattern<T> { return ctor.sequence(this, ...others); }
  cat(...others: PatternArg<T>[]): Pattern<T> { return ctor.cat(this, ...others); }
  slowcat(...others: PatternArg<T>[]): Pattern<T> { return ctor.cat(this, ...others); }

  // --- time (time.ts) ---
  fast(factor: PatternArg<number>): Pattern<T> { return time.fast(factor, this); }
  slow(factor: PatternArg<number>): Pattern<T> { return time.slow(factor, this); }
  sparsity(factor: PatternArg<number>): Pattern<T> { return time.slow(factor, this); }
  early(offset: PatternArg<number>): Pattern<T> { return time.early(offset, this); }
  late(offset: PatternArg<number>): Pattern<T> { return time.late(offset, this); }
  rev(): Pattern<T> { return core.rev(this); }
  compress(begin: RationalLike, end: RationalLike): Pattern<T> { return core.compress(timeValue('compress', begin), timeValue('compress', end), this); }
  focus(begin: RationalLike, end: RationalLike): Pattern<T> { return core.focus(timeValue('focus', begin), timeValue('focus', end), this); }
  fastGap(factor: PatternArg<number>): Pattern<T> { return time.fastGap(factor, this); }
  ply(factor: PatternArg<number>): Pattern<T> { return time.ply(factor, this); }
  segment(n: PatternArg<number>): Pattern<T> { return time.segment(n, this); }
  seg(n: PatternArg<number>): Pattern<T> { return time.segment(n, this); }
  zoom(begin: RationalLike, end: RationalLike): Pattern<T> { return time.zoom(timeValue('zoom', begin), timeValue('zoom', end), this); }

  // --- more methods are added below by concept, each delegating to its module ---
  // Each region is owned by one module; add delegates inside your region only.

  // --- region: signals & randomness (signal.ts, random.ts) ---
  range(this: Pattern<number>, min: PatternArg<number>, max: PatternArg<number>): Pattern<number> { return signal.range(min, max, this); }
  rangex(this: Pattern<number>, min: PatternArg<number>, max: PatternArg<number>): Pattern<number> { return signal.rangex(min, max, this); }
  range2(this: Pattern<number>, min: PatternArg<number>, max: PatternArg<number>): Pattern<number> { return signal.range2(min, max, this); }
  toBipolar(this: Pattern<number>): Pattern<number> { return signal.toBipolar(this); }
  fromBipolar(this: Pattern<number>): Pattern<number> { return signal.fromBipolar(this); }
  seed(n: PatternArg<number>): Pattern<T> { return random.seed(n, this); }
  withSeed(f: (seed: number) => number): Pattern<T> { return random.withSeed(f, this); }
  degradeByWith(randPat: Pattern<number>, amount: number): Pattern<T> { return random.degradeByWith(randPat, amount, this); }
  choose<U>(this: Pattern<number>, ...xs: PatternArg<U>[]): Pattern<U> { return random.chooseWith(this, xs); }
  choose2<U>(this: Pattern<number>, ...xs: PatternArg<U>[]): Pattern<U> { return random.chooseWith(signal.fromBipolar(this), xs); }
  degradeBy(amount: PatternArg<number>): Pattern<T> { return chance.degradeBy(amount, this); }
  degrade(): Pattern<T> { return chance.degrade(this); }
  undegradeBy(amount: PatternArg<number>): Pattern<T> { return chance.undegradeBy(amount, this); }
  undegrade(): Pattern<T> { return chance.undegrade(this); }
  sometimesBy(x: PatternArg<number>, f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.sometimesBy(x, f, this); }
  sometimes(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.sometimes(f, this); }
  often(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.often(f, this); }
  rarely(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.rarely(f, this); }
  almostNever(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.almostNever(f, this); }
  almostAlways(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.almostAlways(f, this); }
  always(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.always(f, this); }
  never(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.never(f, this); }
  someCyclesBy(x: PatternArg<number>, f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.someCyclesBy(x, f, this); }
  someCycles(f: (p: Pattern<T>) => Pattern<T>): Pattern<T> { return chance.someCycles(f, this); }
  shuffle(n: PatternArg<number>): Pattern<T> { return chance.shuffle(n, this); }
  scramble(n: PatternArg<number>): Pattern<T> { return chance.scramble(n, this); }
  // --- end region: signals & randomness ---

  // --- region: structure (structure.ts, conditional.ts, euclid.ts, ...) ---
  every(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.every(n, f, this); }
  firstOf(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.firstOf(n, f, this); }
  lastOf(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.lastOf(n, f, this); }
  when(on: PatternArg<conditional.Truthy>, f: Transform<T>): Pattern<T> { return conditional.when(on, f, this); }
  chunk(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.chunk(n, f, this); }
  chunkBack(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.chunkBack(n, f, this); }
  fastChunk(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return conditional.fastChunk(n, f, this); }
  brak(): Pattern<T> { return conditional.brak(this); }
  struct(on: PatternArg<conditional.Truthy>): Pattern<T> { return structure.struct(on, this); }
  mask(on: PatternArg<conditional.Truthy>): Pattern<T> { return structure.mask(on, this); }
  iter(n: PatternArg<number>): Pattern<T> { return structure.iter(n, this); }
  iterBack(n: PatternArg<number>): Pattern<T> { return structure.iterBack(n, this); }
  palindrome(): Pattern<T> { return conditional.palindrome(this); }
  linger(fraction: PatternArg<number>): Pattern<T> { return structure.linger(fraction, this); }
  inside(factor: PatternArg<number>, f: Transform<T>): Pattern<T> { return structure.inside(factor, f, this); }
  outside(factor: PatternArg<number>, f: Transform<T>): Pattern<T> { return structure.outside(factor, f, this); }
  swingBy(amount: PatternArg<number>, n: PatternArg<number>): Pattern<T> { return structure.swingBy(amount, n, this); }
  swing(n: PatternArg<number>): Pattern<T> { return structure.swing(n, this); }
  euclid(pulses: PatternArg<number>, steps: PatternArg<number>): Pattern<T> { return euclid.euclid(pulses, steps, this); }
  euclidRot(pulses: PatternArg<number>, steps: PatternArg<number>, rotation: PatternArg<number>): Pattern<T> { return euclid.euclidRot(pulses, steps, rotation, this); }
  euclidLegato(pulses: PatternArg<number>, steps: PatternArg<number>): Pattern<T> { return euclid.euclidLegato(pulses, steps, this); }
  euclidLegatoRot(pulses: PatternArg<number>, steps: PatternArg<number>, rotation: PatternArg<number>): Pattern<T> { return euclid.euclidLegatoRot(pulses, steps, rotation, this); }
  off(time: PatternArg<number>, f: Transform<T>): Pattern<T> { return layering.off(time, f, this); }
  superimpose(...fs: Transform<T>[]): Pattern<T> { return layering.superimpose<T>(...fs, this); }
  layer(...fs: Transform<T>[]): Pattern<T> { return layering.layer<T>(...fs, this); }
  echoWith(times: PatternArg<number>, time: PatternArg<number>, f: layering.EchoTransform<T>): Pattern<T> { return layering.echoWith(times, time, f, this); }
  stutWith(times: PatternArg<number>, time: PatternArg<number>, f: layering.EchoTransform<T>): Pattern<T> { return layering.echoWith(times, time, f, this); }
  echo<U extends object>(this: Pattern<U>, times: PatternArg<number>, time: PatternArg<number>, feedback: PatternArg<number>): Pattern<U> { return layering.echo(times, time, feedback, this); }
  stut<U extends object>(this: Pattern<U>, times: PatternArg<number>, feedback: PatternArg<number>, time: PatternArg<number>): Pattern<U> { return layering.stut(times, feedback, time, this); }
  jux<U extends object>(this: Pattern<U>, f: Transform<U>): Pattern<U> { return layering.jux(f, this); }
  juxBy<U extends object>(this: Pattern<U>, by: PatternArg<number>, f: Transform<U>): Pattern<U> { return layering.juxBy(by, f, this); }
  hurry<U extends object>(this: Pattern<U>, factor: PatternArg<number>): Pattern<U> { return layering.hurry(factor, this); }
  // --- end region: structure ---

  // --- region: values (ops.ts, pick.ts, sampling.ts, ...) ---
  get add(): ops.BoundOperator<T> { return ops.bindOperator('add', this); }
  get sub(): ops.BoundOperator<T> { return ops.bindOperator('sub', this); }
  get mul(): ops.BoundOperator<T> { return ops.bindOperator('mul', this); }
  get div(): ops.BoundOperator<T> { return ops.bindOperator('div', this); }
  get mod(): ops.BoundOperator<T> { return ops.bindOperator('mod', this); }
  get pow(): ops.BoundOperator<T> { return ops.bindOperator('pow', this); }
  get band(): ops.BoundOperator<T> { return ops.bindOperator('band', this); }
  get bor(): ops.BoundOperator<T> { return ops.bindOperator('bor', this); }
  get bxor(): ops.BoundOperator<T> { return ops.bindOperator('bxor', this); }
  get blshift(): ops.BoundOperator<T> { return ops.bindOperator('blshift', this); }
  get brshift(): ops.BoundOperator<T> { return ops.bindOperator('brshift', this); }
  get and(): ops.BoundOperator<T> { return ops.bindOperator('and', this); }
  get or(): ops.BoundOperator<T> { return ops.bindOperator('or', this); }
  get set(): ops.BoundOperator<T> { return ops.bindOperator('set', this); }
  get keep(): ops.BoundOperator<T> { return ops.bindOperator('keep', this); }
  get keepif(): ops.BoundOperator<T> { return ops.bindOperator('keepif', this); }
  get lt(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('lt', this); }
  get gt(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('gt', this); }
  get lte(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('lte', this); }
  get gte(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('gte', this); }
  get eq(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('eq', this); }
  get eqt(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('eqt', this); }
  get ne(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('ne', this); }
  get net(): ops.BoundOperator<ops.Compared<T>> { return ops.bindOperator('net', this); }
  func(fs: PatternArg<ops.ValueFunction<T>>): Pattern<T> { return ops.func(fs, this); }
  round(): Pattern<number> { return ops.round(this); }
  floor(): Pattern<number> { return ops.floor(this); }
  ceil(): Pattern<number> { return ops.ceil(this); }
  inv(): Pattern<boolean> { return ops.inv(this); }
  pick<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pick(lookup, this); }
  pickmod<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickmod(lookup, this); }
  pickOut<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickOut(lookup, this); }
  pickmodOut<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickmodOut(lookup, this); }
  pickRestart<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickRestart(lookup, this); }
  pickmodRestart<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickmodRestart(lookup, this); }
  pickReset<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickReset(lookup, this); }
  pickmodReset<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickmodReset(lookup, this); }
  inhabit<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.inhabit(lookup, this); }
  inhabitmod<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.inhabitmod(lookup, this); }
  pickSqueeze<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickSqueeze(lookup, this); }
  pickmodSqueeze<U>(lookup: picking.Lookup<U>): Pattern<U> { return picking.pickmodSqueeze(lookup, this); }
  pickF(lookup: PatternArg<number>, funcs: readonly picking.PatternFunction<T>[]): Pattern<T> { return picking.pickF(lookup, funcs, this); }
  pickmodF(lookup: PatternArg<number>, funcs: readonly picking.PatternFunction<T>[]): Pattern<T> { return picking.pickmodF(lookup, funcs, this); }
  chop(this: Pattern<Controls>, n: PatternArg<number>): Pattern<Controls> { return sampling.chop(n, this); }
  striate(this: Pattern<Controls>, n: PatternArg<number>): Pattern<Controls> { return sampling.striate(n, this); }
  slice(this: Pattern<Controls>, n: sampling.Slices, i: PatternArg<number>): Pattern<Controls> { return sampling.slice(n, i, this); }
  splice(this: Pattern<Controls>, n: sampling.Slices, i: PatternArg<number>): Pattern<Controls> { return sampling.splice(n, i, this); }
  loopAt(this: Pattern<Controls>, factor: PatternArg<number>): Pattern<Controls> { return sampling.loopAt(factor, this); }
  loopAtCps(this: Pattern<Controls>, f: PatternArg<number>, cps: PatternArg<number>): Pattern<Controls> { return sampling.loopAtCps(f, cps, this); }
  fit(this: Pattern<Controls>): Pattern<Controls> { return sampling.fit(this); }
  arp(indices: PatternArg<number>): Pattern<T> { return arps.arp(indices, this); }
  arpWith<U>(f: arps.ArpChooser<T, U>): Pattern<U> { return arps.arpWith(f, this); }
  squeeze(...others: PatternArg<unknown>[]): Pattern<unknown> { return ops.bindOperator<unknown>('set', this).squeeze(ctor.sequence(...others) as ops.Operand); }
  // --- end region: values ---

  // --- region: controls (controls.ts) ---
  s(x?: ctl.ControlArg<'s'>): Pattern<Controls> { return ctl.setControl('s', x, this); }
  sound(x?: ctl.ControlArg<'s'>): Pattern<Controls> { return ctl.setControl('s', x, this); }
  n(x?: ctl.ControlArg<'n'>): Pattern<Controls> { return ctl.setControl('n', x, this); }
  note(x?: ctl.ControlArg<'note'>): Pattern<Controls> { return ctl.setControl('note', x, this); }
  freq(x?: ctl.ControlArg<'freq'>): Pattern<Controls> { return ctl.setControl('freq', x, this); }
  octave(x?: ctl.ControlArg<'octave'>): Pattern<Controls> { return ctl.setControl('octave', x, this); }
  oct(x?: ctl.ControlArg<'octave'>): Pattern<Controls> { return ctl.setControl('octave', x, this); }
  bank(x?: ctl.ControlArg<'bank'>): Pattern<Controls> { return ctl.setControl('bank', x, this); }
  gain(x?: ctl.ControlArg<'gain'>): Pattern<Controls> { return ctl.setControl('gain', x, this); }
  amp(x?: ctl.ControlArg<'amp'>): Pattern<Controls> { return ctl.setControl('amp', x, this); }
  velocity(x?: ctl.ControlArg<'velocity'>): Pattern<Controls> { return ctl.setControl('velocity', x, this); }
  vel(x?: ctl.ControlArg<'velocity'>): Pattern<Controls> { return ctl.setControl('velocity', x, this); }
  postgain(x?: ctl.ControlArg<'postgain'>): Pattern<Controls> { return ctl.setControl('postgain', x, this); }
  pan(x?: ctl.ControlArg<'pan'>): Pattern<Controls> { return ctl.setControl('pan', x, this); }
  speed(x?: ctl.ControlArg<'speed'>): Pattern<Controls> { return ctl.setControl('speed', x, this); }
  stretch(x?: ctl.ControlArg<'stretch'>): Pattern<Controls> { return ctl.setControl('stretch', x, this); }
  accelerate(x?: ctl.ControlArg<'accelerate'>): Pattern<Controls> { return ctl.setControl('accelerate', x, this); }
  unit(x?: ctl.ControlArg<'unit'>): Pattern<Controls> { return ctl.setControl('unit', x, this); }
  begin(x?: ctl.ControlArg<'begin'>): Pattern<Controls> { return ctl.setControl('begin', x, this); }
  end(x?: ctl.ControlArg<'end'>): Pattern<Controls> { return ctl.setControl('end', x, this); }
  loop(x?: ctl.ControlArg<'loop'>): Pattern<Controls> { return ctl.setControl('loop', x, this); }
  loopBegin(x?: ctl.ControlArg<'loopBegin'>): Pattern<Controls> { return ctl.setControl('loopBegin', x, this); }
  loopb(x?: ctl.ControlArg<'loopBegin'>): Pattern<Controls> { return ctl.setControl('loopBegin', x, this); }
  loopEnd(x?: ctl.ControlArg<'loopEnd'>): Pattern<Controls> { return ctl.setControl('loopEnd', x, this); }
  loope(x?: ctl.ControlArg<'loopEnd'>): Pattern<Controls> { return ctl.setControl('loopEnd', x, this); }
  cut(x?: ctl.ControlArg<'cut'>): Pattern<Controls> { return ctl.setControl('cut', x, this); }
  clip(x?: ctl.ControlArg<'clip'>): Pattern<Controls> { return ctl.setControl('clip', x, this); }
  legato(x?: ctl.ControlArg<'clip'>): Pattern<Controls> { return ctl.setControl('clip', x, this); }
  duration(x?: ctl.ControlArg<'duration'>): Pattern<Controls> { return ctl.setControl('duration', x, this); }
  dur(x?: ctl.ControlArg<'duration'>): Pattern<Controls> { return ctl.setControl('duration', x, this); }
  orbit(x?: ctl.ControlArg<'orbit'>): Pattern<Controls> { return ctl.setControl('orbit', x, this); }
  bus(x?: ctl.ControlArg<'bus'>): Pattern<Controls> { return ctl.setControl('bus', x, this); }
  busgain(x?: ctl.ControlArg<'busgain'>): Pattern<Controls> { return ctl.setControl('busgain', x, this); }
  bgain(x?: ctl.ControlArg<'busgain'>): Pattern<Controls> { return ctl.setControl('busgain', x, this); }
  channel(x?: ctl.ControlArg<'channel'>): Pattern<Controls> { return ctl.setControl('channel', x, this); }
  channels(x?: ctl.ControlArg<'channels'>): Pattern<Controls> { return ctl.setControl('channels', x, this); }
  ch(x?: ctl.ControlArg<'channels'>): Pattern<Controls> { return ctl.setControl('channels', x, this); }
  cps(x?: ctl.ControlArg<'cps'>): Pattern<Controls> { return ctl.setControl('cps', x, this); }
  nudge(x?: ctl.ControlArg<'nudge'>): Pattern<Controls> { return ctl.setControl('nudge', x, this); }
  color(x?: ctl.ControlArg<'color'>): Pattern<Controls> { return ctl.setControl('color', x, this); }
  cutoff(x?: ctl.ControlArg<'cutoff'>): Pattern<Controls> { return ctl.setControl('cutoff', x, this); }
  ctf(x?: ctl.ControlArg<'cutoff'>): Pattern<Controls> { return ctl.setControl('cutoff', x, this); }
  lpf(x?: ctl.ControlArg<'cutoff'>): Pattern<Controls> { return ctl.setControl('cutoff', x, this); }
  lp(x?: ctl.ControlArg<'cutoff'>): Pattern<Controls> { return ctl.setControl('cutoff', x, this); }
  resonance(x?: ctl.ControlArg<'resonance'>): Pattern<Controls> { return ctl.setControl('resonance', x, this); }
  lpq(x?: ctl.ControlArg<'resonance'>): Pattern<Controls> { return ctl.setControl('resonance', x, this); }
  hcutoff(x?: ctl.ControlArg<'hcutoff'>): Pattern<Controls> { return ctl.setControl('hcutoff', x, this); }
  hpf(x?: ctl.ControlArg<'hcutoff'>): Pattern<Controls> { return ctl.setControl('hcutoff', x, this); }
  hp(x?: ctl.ControlArg<'hcutoff'>): Pattern<Controls> { return ctl.setControl('hcutoff', x, this); }
  hresonance(x?: ctl.ControlArg<'hresonance'>): Pattern<Controls> { return ctl.setControl('hresonance', x, this); }
  hpq(x?: ctl.ControlArg<'hresonance'>): Pattern<Controls> { return ctl.setControl('hresonance', x, this); }
  bandf(x?: ctl.ControlArg<'bandf'>): Pattern<Controls> { return ctl.setControl('bandf', x, this); }
  bpf(x?: ctl.ControlArg<'bandf'>): Pattern<Controls> { return ctl.setControl('bandf', x, this); }
  bp(x?: ctl.ControlArg<'bandf'>): Pattern<Controls> { return ctl.setControl('bandf', x, this); }
  bandq(x?: ctl.ControlArg<'bandq'>): Pattern<Controls> { return ctl.setControl('bandq', x, this); }
  bpq(x?: ctl.ControlArg<'bandq'>): Pattern<Controls> { return ctl.setControl('bandq', x, this); }
  ftype(x?: ctl.ControlArg<'ftype'>): Pattern<Controls> { return ctl.setControl('ftype', x, this); }
  drive(x?: ctl.ControlArg<'drive'>): Pattern<Controls> { return ctl.setControl('drive', x, this); }
  fanchor(x?: ctl.ControlArg<'fanchor'>): Pattern<Controls> { return ctl.setControl('fanchor', x, this); }
  vowel(x?: ctl.ControlArg<'vowel'>): Pattern<Controls> { return ctl.setControl('vowel', x, this); }
  djf(x?: ctl.ControlArg<'djf'>): Pattern<Controls> { return ctl.setControl('djf', x, this); }
  lpenv(x?: ctl.ControlArg<'lpenv'>): Pattern<Controls> { return ctl.setControl('lpenv', x, this); }
  lpe(x?: ctl.ControlArg<'lpenv'>): Pattern<Controls> { return ctl.setControl('lpenv', x, this); }
  lpattack(x?: ctl.ControlArg<'lpattack'>): Pattern<Controls> { return ctl.setControl('lpattack', x, this); }
  lpa(x?: ctl.ControlArg<'lpattack'>): Pattern<Controls> { return ctl.setControl('lpattack', x, this); }
  lpdecay(x?: ctl.ControlArg<'lpdecay'>): Pattern<Controls> { return ctl.setControl('lpdecay', x, this); }
  lpd(x?: ctl.ControlArg<'lpdecay'>): Pattern<Controls> { return ctl.setControl('lpdecay', x, this); }
  lpsustain(x?: ctl.ControlArg<'lpsustain'>): Pattern<Controls> { return ctl.setControl('lpsustain', x, this); }
  lps(x?: ctl.ControlArg<'lpsustain'>): Pattern<Controls> { return ctl.setControl('lpsustain', x, this); }
  lprelease(x?: ctl.ControlArg<'lprelease'>): Pattern<Controls> { return ctl.setControl('lprelease', x, this); }
  lpr(x?: ctl.ControlArg<'lprelease'>): Pattern<Controls> { return ctl.setControl('lprelease', x, this); }
  hpenv(x?: ctl.ControlArg<'hpenv'>): Pattern<Controls> { return ctl.setControl('hpenv', x, this); }
  hpe(x?: ctl.ControlArg<'hpenv'>): Pattern<Controls> { return ctl.setControl('hpenv', x, this); }
  hpattack(x?: ctl.ControlArg<'hpattack'>): Pattern<Controls> { return ctl.setControl('hpattack', x, this); }
  hpa(x?: ctl.ControlArg<'hpattack'>): Pattern<Controls> { return ctl.setControl('hpattack', x, this); }
  hpdecay(x?: ctl.ControlArg<'hpdecay'>): Pattern<Controls> { return ctl.setControl('hpdecay', x, this); }
  hpd(x?: ctl.ControlArg<'hpdecay'>): Pattern<Controls> { return ctl.setControl('hpdecay', x, this); }
  hpsustain(x?: ctl.ControlArg<'hpsustain'>): Pattern<Controls> { return ctl.setControl('hpsustain', x, this); }
  hps(x?: ctl.ControlArg<'hpsustain'>): Pattern<Controls> { return ctl.setControl('hpsustain', x, this); }
  hprelease(x?: ctl.ControlArg<'hprelease'>): Pattern<Controls> { return ctl.setControl('hprelease', x, this); }
  hpr(x?: ctl.ControlArg<'hprelease'>): Pattern<Controls> { return ctl.setControl('hprelease', x, this); }
  bpenv(x?: ctl.ControlArg<'bpenv'>): Pattern<Controls> { return ctl.setControl('bpenv', x, this); }
  bpe(x?: ctl.ControlArg<'bpenv'>): Pattern<Controls> { return ctl.setControl('bpenv', x, this); }
  bpattack(x?: ctl.ControlArg<'bpattack'>): Pattern<Controls> { return ctl.setControl('bpattack', x, this); }
  bpa(x?: ctl.ControlArg<'bpattack'>): Pattern<Controls> { return ctl.setControl('bpattack', x, this); }
  bpdecay(x?: ctl.ControlArg<'bpdecay'>): Pattern<Controls> { return ctl.setControl('bpdecay', x, this); }
  bpd(x?: ctl.ControlArg<'bpdecay'>): Pattern<Controls> { return ctl.setControl('bpdecay', x, this); }
  bpsustain(x?: ctl.ControlArg<'bpsustain'>): Pattern<Controls> { return ctl.setControl('bpsustain', x, this); }
  bps(x?: ctl.ControlArg<'bpsustain'>): Pattern<Controls> { return ctl.setControl('bpsustain', x, this); }
  bprelease(x?: ctl.ControlArg<'bprelease'>): Pattern<Controls> { return ctl.setControl('bprelease', x, this); }
  bpr(x?: ctl.ControlArg<'bprelease'>): Pattern<Controls> { return ctl.setControl('bprelease', x, this); }
  lprate(x?: ctl.ControlArg<'lprate'>): Pattern<Controls> { return ctl.setControl('lprate', x, this); }
  lpsync(x?: ctl.ControlArg<'lpsync'>): Pattern<Controls> { return ctl.setControl('lpsync', x, this); }
  lpdepth(x?: ctl.ControlArg<'lpdepth'>): Pattern<Controls> { return ctl.setControl('lpdepth', x, this); }
  lpdepthfrequency(x?: ctl.ControlArg<'lpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('lpdepthfrequency', x, this); }
  lpdepthfreq(x?: ctl.ControlArg<'lpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('lpdepthfrequency', x, this); }
  lpshape(x?: ctl.ControlArg<'lpshape'>): Pattern<Controls> { return ctl.setControl('lpshape', x, this); }
  lpskew(x?: ctl.ControlArg<'lpskew'>): Pattern<Controls> { return ctl.setControl('lpskew', x, this); }
  lpdc(x?: ctl.ControlArg<'lpdc'>): Pattern<Controls> { return ctl.setControl('lpdc', x, this); }
  hprate(x?: ctl.ControlArg<'hprate'>): Pattern<Controls> { return ctl.setControl('hprate', x, this); }
  hpsync(x?: ctl.ControlArg<'hpsync'>): Pattern<Controls> { return ctl.setControl('hpsync', x, this); }
  hpdepth(x?: ctl.ControlArg<'hpdepth'>): Pattern<Controls> { return ctl.setControl('hpdepth', x, this); }
  hpdepthfrequency(x?: ctl.ControlArg<'hpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('hpdepthfrequency', x, this); }
  hpdepthfreq(x?: ctl.ControlArg<'hpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('hpdepthfrequency', x, this); }
  hpshape(x?: ctl.ControlArg<'hpshape'>): Pattern<Controls> { return ctl.setControl('hpshape', x, this); }
  hpskew(x?: ctl.ControlArg<'hpskew'>): Pattern<Controls> { return ctl.setControl('hpskew', x, this); }
  hpdc(x?: ctl.ControlArg<'hpdc'>): Pattern<Controls> { return ctl.setControl('hpdc', x, this); }
  bprate(x?: ctl.ControlArg<'bprate'>): Pattern<Controls> { return ctl.setControl('bprate', x, this); }
  bpsync(x?: ctl.ControlArg<'bpsync'>): Pattern<Controls> { return ctl.setControl('bpsync', x, this); }
  bpdepth(x?: ctl.ControlArg<'bpdepth'>): Pattern<Controls> { return ctl.setControl('bpdepth', x, this); }
  bpdepthfrequency(x?: ctl.ControlArg<'bpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('bpdepthfrequency', x, this); }
  bpdepthfreq(x?: ctl.ControlArg<'bpdepthfrequency'>): Pattern<Controls> { return ctl.setControl('bpdepthfrequency', x, this); }
  bpshape(x?: ctl.ControlArg<'bpshape'>): Pattern<Controls> { return ctl.setControl('bpshape', x, this); }
  bpskew(x?: ctl.ControlArg<'bpskew'>): Pattern<Controls> { return ctl.setControl('bpskew', x, this); }
  bpdc(x?: ctl.ControlArg<'bpdc'>): Pattern<Controls> { return ctl.setControl('bpdc', x, this); }
  attack(x?: ctl.ControlArg<'attack'>): Pattern<Controls> { return ctl.setControl('attack', x, this); }
  att(x?: ctl.ControlArg<'attack'>): Pattern<Controls> { return ctl.setControl('attack', x, this); }
  decay(x?: ctl.ControlArg<'decay'>): Pattern<Controls> { return ctl.setControl('decay', x, this); }
  dec(x?: ctl.ControlArg<'decay'>): Pattern<Controls> { return ctl.setControl('decay', x, this); }
  sustain(x?: ctl.ControlArg<'sustain'>): Pattern<Controls> { return ctl.setControl('sustain', x, this); }
  sus(x?: ctl.ControlArg<'sustain'>): Pattern<Controls> { return ctl.setControl('sustain', x, this); }
  release(x?: ctl.ControlArg<'release'>): Pattern<Controls> { return ctl.setControl('release', x, this); }
  rel(x?: ctl.ControlArg<'release'>): Pattern<Controls> { return ctl.setControl('release', x, this); }
  hold(x?: ctl.ControlArg<'hold'>): Pattern<Controls> { return ctl.setControl('hold', x, this); }
  penv(x?: ctl.ControlArg<'penv'>): Pattern<Controls> { return ctl.setControl('penv', x, this); }
  pattack(x?: ctl.ControlArg<'pattack'>): Pattern<Controls> { return ctl.setControl('pattack', x, this); }
  patt(x?: ctl.ControlArg<'pattack'>): Pattern<Controls> { return ctl.setControl('pattack', x, this); }
  pdecay(x?: ctl.ControlArg<'pdecay'>): Pattern<Controls> { return ctl.setControl('pdecay', x, this); }
  pdec(x?: ctl.ControlArg<'pdecay'>): Pattern<Controls> { return ctl.setControl('pdecay', x, this); }
  psustain(x?: ctl.ControlArg<'psustain'>): Pattern<Controls> { return ctl.setControl('psustain', x, this); }
  psus(x?: ctl.ControlArg<'psustain'>): Pattern<Controls> { return ctl.setControl('psustain', x, this); }
  prelease(x?: ctl.ControlArg<'prelease'>): Pattern<Controls> { return ctl.setControl('prelease', x, this); }
  prel(x?: ctl.ControlArg<'prelease'>): Pattern<Controls> { return ctl.setControl('prelease', x, this); }
  pcurve(x?: ctl.ControlArg<'pcurve'>): Pattern<Controls> { return ctl.setControl('pcurve', x, this); }
  panchor(x?: ctl.ControlArg<'panchor'>): Pattern<Controls> { return ctl.setControl('panchor', x, this); }
  vib(x?: ctl.ControlArg<'vib'>): Pattern<Controls> { return ctl.setControl('vib', x, this); }
  vibrato(x?: ctl.ControlArg<'vib'>): Pattern<Controls> { return ctl.setControl('vib', x, this); }
  v(x?: ctl.ControlArg<'vib'>): Pattern<Controls> { return ctl.setControl('vib', x, this); }
  vibmod(x?: ctl.ControlArg<'vibmod'>): Pattern<Controls> { return ctl.setControl('vibmod', x, this); }
  vmod(x?: ctl.ControlArg<'vibmod'>): Pattern<Controls> { return ctl.setControl('vibmod', x, this); }
  fmi(x?: ctl.ControlArg<'fmi'>): Pattern<Controls> { return ctl.setControl('fmi', x, this); }
  fm(x?: ctl.ControlArg<'fmi'>): Pattern<Controls> { return ctl.setControl('fmi', x, this); }
  fmh(x?: ctl.ControlArg<'fmh'>): Pattern<Controls> { return ctl.setControl('fmh', x, this); }
  fmenv(x?: ctl.ControlArg<'fmenv'>): Pattern<Controls> { return ctl.setControl('fmenv', x, this); }
  fmattack(x?: ctl.ControlArg<'fmattack'>): Pattern<Controls> { return ctl.setControl('fmattack', x, this); }
  fmatt(x?: ctl.ControlArg<'fmattack'>): Pattern<Controls> { return ctl.setControl('fmattack', x, this); }
  fmdecay(x?: ctl.ControlArg<'fmdecay'>): Pattern<Controls> { return ctl.setControl('fmdecay', x, this); }
  fmdec(x?: ctl.ControlArg<'fmdecay'>): Pattern<Controls> { return ctl.setControl('fmdecay', x, this); }
  fmsustain(x?: ctl.ControlArg<'fmsustain'>): Pattern<Controls> { return ctl.setControl('fmsustain', x, this); }
  fmsus(x?: ctl.ControlArg<'fmsustain'>): Pattern<Controls> { return ctl.setControl('fmsustain', x, this); }
  fmrelease(x?: ctl.ControlArg<'fmrelease'>): Pattern<Controls> { return ctl.setControl('fmrelease', x, this); }
  fmrel(x?: ctl.ControlArg<'fmrelease'>): Pattern<Controls> { return ctl.setControl('fmrelease', x, this); }
  fmwave(x?: ctl.ControlArg<'fmwave'>): Pattern<Controls> { return ctl.setControl('fmwave', x, this); }
  pw(x?: ctl.ControlArg<'pw'>): Pattern<Controls> { return ctl.setControl('pw', x, this); }
  pwrate(x?: ctl.ControlArg<'pwrate'>): Pattern<Controls> { return ctl.setControl('pwrate', x, this); }
  pwsweep(x?: ctl.ControlArg<'pwsweep'>): Pattern<Controls> { return ctl.setControl('pwsweep', x, this); }
  detune(x?: ctl.ControlArg<'detune'>): Pattern<Controls> { return ctl.setControl('detune', x, this); }
  det(x?: ctl.ControlArg<'detune'>): Pattern<Controls> { return ctl.setControl('detune', x, this); }
  unison(x?: ctl.ControlArg<'unison'>): Pattern<Controls> { return ctl.setControl('unison', x, this); }
  spread(x?: ctl.ControlArg<'spread'>): Pattern<Controls> { return ctl.setControl('spread', x, this); }
  noise(x?: ctl.ControlArg<'noise'>): Pattern<Controls> { return ctl.setControl('noise', x, this); }
  wt(x?: ctl.ControlArg<'wt'>): Pattern<Controls> { return ctl.setControl('wt', x, this); }
  wavetablePosition(x?: ctl.ControlArg<'wt'>): Pattern<Controls> { return ctl.setControl('wt', x, this); }
  warp(x?: ctl.ControlArg<'warp'>): Pattern<Controls> { return ctl.setControl('warp', x, this); }
  wavetableWarp(x?: ctl.ControlArg<'warp'>): Pattern<Controls> { return ctl.setControl('warp', x, this); }
  warpmode(x?: ctl.ControlArg<'warpmode'>): Pattern<Controls> { return ctl.setControl('warpmode', x, this); }
  wavetableWarpMode(x?: ctl.ControlArg<'warpmode'>): Pattern<Controls> { return ctl.setControl('warpmode', x, this); }
  wtphaserand(x?: ctl.ControlArg<'wtphaserand'>): Pattern<Controls> { return ctl.setControl('wtphaserand', x, this); }
  wavetablePhaseRand(x?: ctl.ControlArg<'wtphaserand'>): Pattern<Controls> { return ctl.setControl('wtphaserand', x, this); }
  wtenv(x?: ctl.ControlArg<'wtenv'>): Pattern<Controls> { return ctl.setControl('wtenv', x, this); }
  wtattack(x?: ctl.ControlArg<'wtattack'>): Pattern<Controls> { return ctl.setControl('wtattack', x, this); }
  wtatt(x?: ctl.ControlArg<'wtattack'>): Pattern<Controls> { return ctl.setControl('wtattack', x, this); }
  wtdecay(x?: ctl.ControlArg<'wtdecay'>): Pattern<Controls> { return ctl.setControl('wtdecay', x, this); }
  wtdec(x?: ctl.ControlArg<'wtdecay'>): Pattern<Controls> { return ctl.setControl('wtdecay', x, this); }
  wtsustain(x?: ctl.ControlArg<'wtsustain'>): Pattern<Controls> { return ctl.setControl('wtsustain', x, this); }
  wtsus(x?: ctl.ControlArg<'wtsustain'>): Pattern<Controls> { return ctl.setControl('wtsustain', x, this); }
  wtrelease(x?: ctl.ControlArg<'wtrelease'>): Pattern<Controls> { return ctl.setControl('wtrelease', x, this); }
  wtrel(x?: ctl.ControlArg<'wtrelease'>): Pattern<Controls> { return ctl.setControl('wtrelease', x, this); }
  wtrate(x?: ctl.ControlArg<'wtrate'>): Pattern<Controls> { return ctl.setControl('wtrate', x, this); }
  wtsync(x?: ctl.ControlArg<'wtsync'>): Pattern<Controls> { return ctl.setControl('wtsync', x, this); }
  wtdepth(x?: ctl.ControlArg<'wtdepth'>): Pattern<Controls> { return ctl.setControl('wtdepth', x, this); }
  wtshape(x?: ctl.ControlArg<'wtshape'>): Pattern<Controls> { return ctl.setControl('wtshape', x, this); }
  wtskew(x?: ctl.ControlArg<'wtskew'>): Pattern<Controls> { return ctl.setControl('wtskew', x, this); }
  wtdc(x?: ctl.ControlArg<'wtdc'>): Pattern<Controls> { return ctl.setControl('wtdc', x, this); }
  warpenv(x?: ctl.ControlArg<'warpenv'>): Pattern<Controls> { return ctl.setControl('warpenv', x, this); }
  warpattack(x?: ctl.ControlArg<'warpattack'>): Pattern<Controls> { return ctl.setControl('warpattack', x, this); }
  warpatt(x?: ctl.ControlArg<'warpattack'>): Pattern<Controls> { return ctl.setControl('warpattack', x, this); }
  warpdecay(x?: ctl.ControlArg<'warpdecay'>): Pattern<Controls> { return ctl.setControl('warpdecay', x, this); }
  warpdec(x?: ctl.ControlArg<'warpdecay'>): Pattern<Controls> { return ctl.setControl('warpdecay', x, this); }
  warpsustain(x?: ctl.ControlArg<'warpsustain'>): Pattern<Controls> { return ctl.setControl('warpsustain', x, this); }
  warpsus(x?: ctl.ControlArg<'warpsustain'>): Pattern<Controls> { return ctl.setControl('warpsustain', x, this); }
  warprelease(x?: ctl.ControlArg<'warprelease'>): Pattern<Controls> { return ctl.setControl('warprelease', x, this); }
  warprel(x?: ctl.ControlArg<'warprelease'>): Pattern<Controls> { return ctl.setControl('warprelease', x, this); }
  warprate(x?: ctl.ControlArg<'warprate'>): Pattern<Controls> { return ctl.setControl('warprate', x, this); }
  warpsync(x?: ctl.ControlArg<'warpsync'>): Pattern<Controls> { return ctl.setControl('warpsync', x, this); }
  warpdepth(x?: ctl.ControlArg<'warpdepth'>): Pattern<Controls> { return ctl.setControl('warpdepth', x, this); }
  warpshape(x?: ctl.ControlArg<'warpshape'>): Pattern<Controls> { return ctl.setControl('warpshape', x, this); }
  warpskew(x?: ctl.ControlArg<'warpskew'>): Pattern<Controls> { return ctl.setControl('warpskew', x, this); }
  warpdc(x?: ctl.ControlArg<'warpdc'>): Pattern<Controls> { return ctl.setControl('warpdc', x, this); }
  delay(x?: ctl.ControlArg<'delay'>): Pattern<Controls> { return ctl.setControl('delay', x, this); }
  delaytime(x?: ctl.ControlArg<'delaytime'>): Pattern<Controls> { return ctl.setControl('delaytime', x, this); }
  delayt(x?: ctl.ControlArg<'delaytime'>): Pattern<Controls> { return ctl.setControl('delaytime', x, this); }
  dt(x?: ctl.ControlArg<'delaytime'>): Pattern<Controls> { return ctl.setControl('delaytime', x, this); }
  delayfeedback(x?: ctl.ControlArg<'delayfeedback'>): Pattern<Controls> { return ctl.setControl('delayfeedback', x, this); }
  delayfb(x?: ctl.ControlArg<'delayfeedback'>): Pattern<Controls> { return ctl.setControl('delayfeedback', x, this); }
  dfb(x?: ctl.ControlArg<'delayfeedback'>): Pattern<Controls> { return ctl.setControl('delayfeedback', x, this); }
  delayspeed(x?: ctl.ControlArg<'delayspeed'>): Pattern<Controls> { return ctl.setControl('delayspeed', x, this); }
  delaysync(x?: ctl.ControlArg<'delaysync'>): Pattern<Controls> { return ctl.setControl('delaysync', x, this); }
  lock(x?: ctl.ControlArg<'lock'>): Pattern<Controls> { return ctl.setControl('lock', x, this); }
  room(x?: ctl.ControlArg<'room'>): Pattern<Controls> { return ctl.setControl('room', x, this); }
  roomsize(x?: ctl.ControlArg<'roomsize'>): Pattern<Controls> { return ctl.setControl('roomsize', x, this); }
  size(x?: ctl.ControlArg<'roomsize'>): Pattern<Controls> { return ctl.setControl('roomsize', x, this); }
  sz(x?: ctl.ControlArg<'roomsize'>): Pattern<Controls> { return ctl.setControl('roomsize', x, this); }
  rsize(x?: ctl.ControlArg<'roomsize'>): Pattern<Controls> { return ctl.setControl('roomsize', x, this); }
  roomfade(x?: ctl.ControlArg<'roomfade'>): Pattern<Controls> { return ctl.setControl('roomfade', x, this); }
  rfade(x?: ctl.ControlArg<'roomfade'>): Pattern<Controls> { return ctl.setControl('roomfade', x, this); }
  roomlp(x?: ctl.ControlArg<'roomlp'>): Pattern<Controls> { return ctl.setControl('roomlp', x, this); }
  rlp(x?: ctl.ControlArg<'roomlp'>): Pattern<Controls> { return ctl.setControl('roomlp', x, this); }
  roomdim(x?: ctl.ControlArg<'roomdim'>): Pattern<Controls> { return ctl.setControl('roomdim', x, this); }
  rdim(x?: ctl.ControlArg<'roomdim'>): Pattern<Controls> { return ctl.setControl('roomdim', x, this); }
  ir(x?: ctl.ControlArg<'ir'>): Pattern<Controls> { return ctl.setControl('ir', x, this); }
  iresponse(x?: ctl.ControlArg<'ir'>): Pattern<Controls> { return ctl.setControl('ir', x, this); }
  irspeed(x?: ctl.ControlArg<'irspeed'>): Pattern<Controls> { return ctl.setControl('irspeed', x, this); }
  irbegin(x?: ctl.ControlArg<'irbegin'>): Pattern<Controls> { return ctl.setControl('irbegin', x, this); }
  dry(x?: ctl.ControlArg<'dry'>): Pattern<Controls> { return ctl.setControl('dry', x, this); }
  crush(x?: ctl.ControlArg<'crush'>): Pattern<Controls> { return ctl.setControl('crush', x, this); }
  coarse(x?: ctl.ControlArg<'coarse'>): Pattern<Controls> { return ctl.setControl('coarse', x, this); }
  shape(x?: ctl.ControlArg<'shape'>): Pattern<Controls> { return ctl.setControl('shape', x, this); }
  distort(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return ctl.setControl('distort', x, this); }
  dist(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return ctl.setControl('distort', x, this); }
  distortvol(x?: ctl.ControlArg<'distortvol'>): Pattern<Controls> { return ctl.setControl('distortvol', x, this); }
  distorttype(x?: ctl.ControlArg<'distorttype'>): Pattern<Controls> { return ctl.setControl('distorttype', x, this); }
  squiz(x?: ctl.ControlArg<'squiz'>): Pattern<Controls> { return ctl.setControl('squiz', x, this); }
  phaserrate(x?: ctl.ControlArg<'phaserrate'>): Pattern<Controls> { return ctl.setControl('phaserrate', x, this); }
  phaser(x?: ctl.ControlArg<'phaserrate'>): Pattern<Controls> { return ctl.setControl('phaserrate', x, this); }
  ph(x?: ctl.ControlArg<'phaserrate'>): Pattern<Controls> { return ctl.setControl('phaserrate', x, this); }
  phaserdepth(x?: ctl.ControlArg<'phaserdepth'>): Pattern<Controls> { return ctl.setControl('phaserdepth', x, this); }
  phasdp(x?: ctl.ControlArg<'phaserdepth'>): Pattern<Controls> { return ctl.setControl('phaserdepth', x, this); }
  phd(x?: ctl.ControlArg<'phaserdepth'>): Pattern<Controls> { return ctl.setControl('phaserdepth', x, this); }
  phasercenter(x?: ctl.ControlArg<'phasercenter'>): Pattern<Controls> { return ctl.setControl('phasercenter', x, this); }
  phc(x?: ctl.ControlArg<'phasercenter'>): Pattern<Controls> { return ctl.setControl('phasercenter', x, this); }
  phasersweep(x?: ctl.ControlArg<'phasersweep'>): Pattern<Controls> { return ctl.setControl('phasersweep', x, this); }
  phs(x?: ctl.ControlArg<'phasersweep'>): Pattern<Controls> { return ctl.setControl('phasersweep', x, this); }
  compressor(x?: ctl.ControlArg<'compressor'>): Pattern<Controls> { return ctl.setControl('compressor', x, this); }
  compressorRatio(x?: ctl.ControlArg<'compressorRatio'>): Pattern<Controls> { return ctl.setControl('compressorRatio', x, this); }
  compressorKnee(x?: ctl.ControlArg<'compressorKnee'>): Pattern<Controls> { return ctl.setControl('compressorKnee', x, this); }
  compressorAttack(x?: ctl.ControlArg<'compressorAttack'>): Pattern<Controls> { return ctl.setControl('compressorAttack', x, this); }
  compressorRelease(x?: ctl.ControlArg<'compressorRelease'>): Pattern<Controls> { return ctl.setControl('compressorRelease', x, this); }
  tremolo(x?: ctl.ControlArg<'tremolo'>): Pattern<Controls> { return ctl.setControl('tremolo', x, this); }
  trem(x?: ctl.ControlArg<'tremolo'>): Pattern<Controls> { return ctl.setControl('tremolo', x, this); }
  tremolosync(x?: ctl.ControlArg<'tremolosync'>): Pattern<Controls> { return ctl.setControl('tremolosync', x, this); }
  tremsync(x?: ctl.ControlArg<'tremolosync'>): Pattern<Controls> { return ctl.setControl('tremolosync', x, this); }
  tremolodepth(x?: ctl.ControlArg<'tremolodepth'>): Pattern<Controls> { return ctl.setControl('tremolodepth', x, this); }
  tremdepth(x?: ctl.ControlArg<'tremolodepth'>): Pattern<Controls> { return ctl.setControl('tremolodepth', x, this); }
  tremoloskew(x?: ctl.ControlArg<'tremoloskew'>): Pattern<Controls> { return ctl.setControl('tremoloskew', x, this); }
  tremskew(x?: ctl.ControlArg<'tremoloskew'>): Pattern<Controls> { return ctl.setControl('tremoloskew', x, this); }
  tremolophase(x?: ctl.ControlArg<'tremolophase'>): Pattern<Controls> { return ctl.setControl('tremolophase', x, this); }
  tremphase(x?: ctl.ControlArg<'tremolophase'>): Pattern<Controls> { return ctl.setControl('tremolophase', x, this); }
  tremoloshape(x?: ctl.ControlArg<'tremoloshape'>): Pattern<Controls> { return ctl.setControl('tremoloshape', x, this); }
  tremshape(x?: ctl.ControlArg<'tremoloshape'>): Pattern<Controls> { return ctl.setControl('tremoloshape', x, this); }
  chorus(x?: ctl.ControlArg<'chorus'>): Pattern<Controls> { return ctl.setControl('chorus', x, this); }
  leslie(x?: ctl.ControlArg<'leslie'>): Pattern<Controls> { return ctl.setControl('leslie', x, this); }
  lrate(x?: ctl.ControlArg<'lrate'>): Pattern<Controls> { return ctl.setControl('lrate', x, this); }
  lsize(x?: ctl.ControlArg<'lsize'>): Pattern<Controls> { return ctl.setControl('lsize', x, this); }
  duckorbit(x?: ctl.ControlArg<'duckorbit'>): Pattern<Controls> { return ctl.setControl('duckorbit', x, this); }
  duck(x?: ctl.ControlArg<'duckorbit'>): Pattern<Controls> { return ctl.setControl('duckorbit', x, this); }
  duckattack(x?: ctl.ControlArg<'duckattack'>): Pattern<Controls> { return ctl.setControl('duckattack', x, this); }
  duckatt(x?: ctl.ControlArg<'duckattack'>): Pattern<Controls> { return ctl.setControl('duckattack', x, this); }
  duckdepth(x?: ctl.ControlArg<'duckdepth'>): Pattern<Controls> { return ctl.setControl('duckdepth', x, this); }
  duckonset(x?: ctl.ControlArg<'duckonset'>): Pattern<Controls> { return ctl.setControl('duckonset', x, this); }
  duckons(x?: ctl.ControlArg<'duckonset'>): Pattern<Controls> { return ctl.setControl('duckonset', x, this); }
  transient(x?: ctl.ControlArg<'transient'>): Pattern<Controls> { return ctl.setControl('transient', x, this); }
  adsr(x: synth.EnvelopeArg): Pattern<Controls> { return synth.adsr(x, this); }
  ad(x: synth.EnvelopeArg): Pattern<Controls> { return synth.ad(x, this); }
  ar(x: synth.EnvelopeArg): Pattern<Controls> { return synth.ar(x, this); }
  ds(x: synth.EnvelopeArg): Pattern<Controls> { return synth.ds(x, this); }
  // --- end region: controls ---

  // --- region: music theory (theory/*.ts) ---
  scale(name: PatternArg<theory.ScaleName>): Pattern<theory.Scaled<T>> { return theory.scale(name, this); }
  scaleTranspose(steps: PatternArg<number>): Pattern<T> { return theory.scaleTranspose(steps, this); }
  transpose(amount: PatternArg<theory.TransposeAmount>): Pattern<T> { return theory.transpose(amount, this); }
  voicing(): Pattern<theory.VoicedNote> { return theory.voicing(this); }
  rootNotes(octave: PatternArg<number>): Pattern<theory.Rooted<T>> { return theory.rootNotes(octave, this); }
  // --- end region: music theory ---

  // --- region: steps & more (helper A) ---
  pace(n: PatternArg<number>): Pattern<T> { return steps.pace(n, this); }
  take(n: PatternArg<number>): Pattern<T> { return steps.take(n, this); }
  drop(n: PatternArg<number>): Pattern<T> { return steps.drop(n, this); }
  expand(factor: PatternArg<number>): Pattern<T> { return steps.expand(factor, this); }
  contract(factor: PatternArg<number>): Pattern<T> { return steps.contract(factor, this); }
  extend(factor: PatternArg<number>): Pattern<T> { return steps.extend(factor, this); }
  replicate(factor: PatternArg<number>): Pattern<T> { return steps.replicate(factor, this); }
  shrink(amount: PatternArg<stepsCombine.StepAmount>): Pattern<T> { return stepsCombine.shrink(amount, this); }
  grow(amount: PatternArg<stepsCombine.StepAmount>): Pattern<T> { return stepsCombine.grow(amount, this); }
  tour(...many: PatternArg<T>[]): Pattern<T> { return stepsCombine.tour(this, ...many); }
  repeatCycles(n: PatternArg<number>): Pattern<T> { return cycles.repeatCycles(n, this); }
  revv(): Pattern<T> { return cycles.revv(this); }
  reset(on: PatternArg<conditional.Truthy>): Pattern<T> { return cycles.reset(on, this); }
  restart(on: PatternArg<conditional.Truthy>): Pattern<T> { return cycles.restart(on, this); }
  timeline(line: PatternArg<number>): Pattern<T> { return cycles.timeline(line, this); }
  filterWhen(test: (begin: number) => boolean): Pattern<T> { return cycles.filterWhen(test, this); }
  bite(n: PatternArg<number>, indices: PatternArg<number>): Pattern<T> { return pieces.bite(n, indices, this); }
  into(on: PatternArg<conditional.Truthy>, f: Transform<T>): Pattern<T> { return pieces.into(on, f, this); }
  chunkInto(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return pieces.chunkInto(n, f, this); }
  chunkBackInto(n: PatternArg<number>, f: Transform<T>): Pattern<T> { return pieces.chunkBackInto(n, f, this); }
  plyWith(factor: PatternArg<number>, f: Transform<T>): Pattern<T> { return pieces.plyWith(factor, f, this); }
  plyForEach(factor: PatternArg<number>, f: pieces.IndexedTransform<T>): Pattern<T> { return pieces.plyForEach(factor, f, this); }
  pressBy(amount: PatternArg<number>): Pattern<T> { return pieces.pressBy(amount, this); }
  press(): Pattern<T> { return pieces.press(this); }
  apply<U>(f: pieces.AppliedFunction<T, U>): Pattern<U> { return pieces.apply(f, this); }
  filter(test: (hap: Hap<T>) => boolean): Pattern<T> { return pieces.filter(test, this); }
  beat(t: PatternArg<number>, div: PatternArg<number>): Pattern<T> { return rhythm.beat(t, div, this); }
  euclidish(pulses: PatternArg<number>, stepCount: PatternArg<number>, groove: PatternArg<number>): Pattern<T> { return rhythm.euclidish(pulses, stepCount, groove, this); }
  eish(pulses: PatternArg<number>, stepCount: PatternArg<number>, groove: PatternArg<number>): Pattern<T> { return rhythm.euclidish(pulses, stepCount, groove, this); }
  invert(): Pattern<boolean> { return rhythm.invert(this); }
  as(names: PatternArg<lists.ControlNames>): Pattern<Controls> { return lists.as(names, this); }
  ratio(this: Pattern<lists.Ratio>): Pattern<number> { return lists.ratio(this); }
  tag(name: PatternArg<string>): Pattern<T> { return tags.tag(name, this); }
  // --- end region: steps & more (helper A) ---

  // --- region: controls & modulators (helper B) ---
  chord(x?: ctl.ControlArg<'chord'>): Pattern<Controls> { return ctl.setControl('chord', x, this); }
  dictionary(x?: ctl.ControlArg<'dictionary'>): Pattern<Controls> { return ctl.setControl('dictionary', x, this); }
  dict(x?: ctl.ControlArg<'dictionary'>): Pattern<Controls> { return ctl.setControl('dictionary', x, this); }
  anchor(x?: ctl.ControlArg<'anchor'>): Pattern<Controls> { return ctl.setControl('anchor', x, this); }
  offset(x?: ctl.ControlArg<'offset'>): Pattern<Controls> { return ctl.setControl('offset', x, this); }
  octaves(x?: ctl.ControlArg<'octaves'>): Pattern<Controls> { return ctl.setControl('octaves', x, this); }
  mode(x?: ctl.ControlArg<'mode'>): Pattern<Controls> { return ctl.setControl('mode', x, this); }
  density(x?: ctl.ControlArg<'density'>): Pattern<Controls> { return ctl.setControl('density', x, this); }
  byteBeatExpression(x?: ctl.ControlArg<'byteBeatExpression'>): Pattern<Controls> { return sources.setByteBeatExpression(x, this); }
  bbexpr(x?: ctl.ControlArg<'byteBeatExpression'>): Pattern<Controls> { return sources.setByteBeatExpression(x, this); }
  byteBeatStartTime(x?: ctl.ControlArg<'byteBeatStartTime'>): Pattern<Controls> { return ctl.setControl('byteBeatStartTime', x, this); }
  bbst(x?: ctl.ControlArg<'byteBeatStartTime'>): Pattern<Controls> { return ctl.setControl('byteBeatStartTime', x, this); }
  FXrelease(x?: ctl.ControlArg<'FXrelease'>): Pattern<Controls> { return ctl.setControl('FXrelease', x, this); }
  fxr(x?: ctl.ControlArg<'FXrelease'>): Pattern<Controls> { return ctl.setControl('FXrelease', x, this); }
  FXrel(x?: ctl.ControlArg<'FXrelease'>): Pattern<Controls> { return ctl.setControl('FXrelease', x, this); }
  FXr(x?: ctl.ControlArg<'FXrelease'>): Pattern<Controls> { return ctl.setControl('FXrelease', x, this); }
  midichan(x?: ctl.ControlArg<'midichan'>): Pattern<Controls> { return ctl.setControl('midichan', x, this); }
  midimap(x?: ctl.ControlArg<'midimap'>): Pattern<Controls> { return ctl.setControl('midimap', x, this); }
  midiport(x?: ctl.ControlArg<'midiport'>): Pattern<Controls> { return ctl.setControl('midiport', x, this); }
  midicmd(x?: ctl.ControlArg<'midicmd'>): Pattern<Controls> { return ctl.setControl('midicmd', x, this); }
  ccn(x?: ctl.ControlArg<'ccn'>): Pattern<Controls> { return ctl.setControl('ccn', x, this); }
  ccv(x?: ctl.ControlArg<'ccv'>): Pattern<Controls> { return ctl.setControl('ccv', x, this); }
  ctlNum(x?: ctl.ControlArg<'ctlNum'>): Pattern<Controls> { return ctl.setControl('ctlNum', x, this); }
  nrpnn(x?: ctl.ControlArg<'nrpnn'>): Pattern<Controls> { return ctl.setControl('nrpnn', x, this); }
  nrpv(x?: ctl.ControlArg<'nrpv'>): Pattern<Controls> { return ctl.setControl('nrpv', x, this); }
  progNum(x?: ctl.ControlArg<'progNum'>): Pattern<Controls> { return ctl.setControl('progNum', x, this); }
  sysexid(x?: ctl.ControlArg<'sysexid'>): Pattern<Controls> { return ctl.setControl('sysexid', x, this); }
  sysexdata(x?: ctl.ControlArg<'sysexdata'>): Pattern<Controls> { return ctl.setControl('sysexdata', x, this); }
  midibend(x?: ctl.ControlArg<'midibend'>): Pattern<Controls> { return ctl.setControl('midibend', x, this); }
  miditouch(x?: ctl.ControlArg<'miditouch'>): Pattern<Controls> { return ctl.setControl('miditouch', x, this); }
  polyTouch(x?: ctl.ControlArg<'polyTouch'>): Pattern<Controls> { return ctl.setControl('polyTouch', x, this); }
  oschost(x?: ctl.ControlArg<'oschost'>): Pattern<Controls> { return ctl.setControl('oschost', x, this); }
  oscport(x?: ctl.ControlArg<'oscport'>): Pattern<Controls> { return ctl.setControl('oscport', x, this); }
  fmi1(x?: ctl.ControlArg<'fmi'>): Pattern<Controls> { return ctl.setControl('fmi', x, this); }
  fm1(x?: ctl.ControlArg<'fmi'>): Pattern<Controls> { return ctl.setControl('fmi', x, this); }
  fmh1(x?: ctl.ControlArg<'fmh'>): Pattern<Controls> { return ctl.setControl('fmh', x, this); }
  fmenv1(x?: ctl.ControlArg<'fmenv'>): Pattern<Controls> { return ctl.setControl('fmenv', x, this); }
  fmattack1(x?: ctl.ControlArg<'fmattack'>): Pattern<Controls> { return ctl.setControl('fmattack', x, this); }
  fmatt1(x?: ctl.ControlArg<'fmattack'>): Pattern<Controls> { return ctl.setControl('fmattack', x, this); }
  fmdecay1(x?: ctl.ControlArg<'fmdecay'>): Pattern<Controls> { return ctl.setControl('fmdecay', x, this); }
  fmdec1(x?: ctl.ControlArg<'fmdecay'>): Pattern<Controls> { return ctl.setControl('fmdecay', x, this); }
  fmsustain1(x?: ctl.ControlArg<'fmsustain'>): Pattern<Controls> { return ctl.setControl('fmsustain', x, this); }
  fmsus1(x?: ctl.ControlArg<'fmsustain'>): Pattern<Controls> { return ctl.setControl('fmsustain', x, this); }
  fmrelease1(x?: ctl.ControlArg<'fmrelease'>): Pattern<Controls> { return ctl.setControl('fmrelease', x, this); }
  fmrel1(x?: ctl.ControlArg<'fmrelease'>): Pattern<Controls> { return ctl.setControl('fmrelease', x, this); }
  fmwave1(x?: ctl.ControlArg<'fmwave'>): Pattern<Controls> { return ctl.setControl('fmwave', x, this); }
  o(x?: ctl.ControlArg<'orbit'>): Pattern<Controls> { return ctl.setControl('orbit', x, this); }
  distvol(x?: ctl.ControlArg<'distortvol'>): Pattern<Controls> { return ctl.setControl('distortvol', x, this); }
  disttype(x?: ctl.ControlArg<'distorttype'>): Pattern<Controls> { return ctl.setControl('distorttype', x, this); }
  fmi2(x?: ctl.ControlArg<'fmi2'>): Pattern<Controls> { return ctl.setControl('fmi2', x, this); }
  fm2(x?: ctl.ControlArg<'fmi2'>): Pattern<Controls> { return ctl.setControl('fmi2', x, this); }
  fmh2(x?: ctl.ControlArg<'fmh2'>): Pattern<Controls> { return ctl.setControl('fmh2', x, this); }
  fmwave2(x?: ctl.ControlArg<'fmwave2'>): Pattern<Controls> { return ctl.setControl('fmwave2', x, this); }
  fmenv2(x?: ctl.ControlArg<'fmenv2'>): Pattern<Controls> { return ctl.setControl('fmenv2', x, this); }
  fmattack2(x?: ctl.ControlArg<'fmattack2'>): Pattern<Controls> { return ctl.setControl('fmattack2', x, this); }
  fmatt2(x?: ctl.ControlArg<'fmattack2'>): Pattern<Controls> { return ctl.setControl('fmattack2', x, this); }
  fmdecay2(x?: ctl.ControlArg<'fmdecay2'>): Pattern<Controls> { return ctl.setControl('fmdecay2', x, this); }
  fmdec2(x?: ctl.ControlArg<'fmdecay2'>): Pattern<Controls> { return ctl.setControl('fmdecay2', x, this); }
  fmsustain2(x?: ctl.ControlArg<'fmsustain2'>): Pattern<Controls> { return ctl.setControl('fmsustain2', x, this); }
  fmsus2(x?: ctl.ControlArg<'fmsustain2'>): Pattern<Controls> { return ctl.setControl('fmsustain2', x, this); }
  fmrelease2(x?: ctl.ControlArg<'fmrelease2'>): Pattern<Controls> { return ctl.setControl('fmrelease2', x, this); }
  fmrel2(x?: ctl.ControlArg<'fmrelease2'>): Pattern<Controls> { return ctl.setControl('fmrelease2', x, this); }
  fmi3(x?: ctl.ControlArg<'fmi3'>): Pattern<Controls> { return ctl.setControl('fmi3', x, this); }
  fm3(x?: ctl.ControlArg<'fmi3'>): Pattern<Controls> { return ctl.setControl('fmi3', x, this); }
  fmh3(x?: ctl.ControlArg<'fmh3'>): Pattern<Controls> { return ctl.setControl('fmh3', x, this); }
  fmwave3(x?: ctl.ControlArg<'fmwave3'>): Pattern<Controls> { return ctl.setControl('fmwave3', x, this); }
  fmenv3(x?: ctl.ControlArg<'fmenv3'>): Pattern<Controls> { return ctl.setControl('fmenv3', x, this); }
  fmattack3(x?: ctl.ControlArg<'fmattack3'>): Pattern<Controls> { return ctl.setControl('fmattack3', x, this); }
  fmatt3(x?: ctl.ControlArg<'fmattack3'>): Pattern<Controls> { return ctl.setControl('fmattack3', x, this); }
  fmdecay3(x?: ctl.ControlArg<'fmdecay3'>): Pattern<Controls> { return ctl.setControl('fmdecay3', x, this); }
  fmdec3(x?: ctl.ControlArg<'fmdecay3'>): Pattern<Controls> { return ctl.setControl('fmdecay3', x, this); }
  fmsustain3(x?: ctl.ControlArg<'fmsustain3'>): Pattern<Controls> { return ctl.setControl('fmsustain3', x, this); }
  fmsus3(x?: ctl.ControlArg<'fmsustain3'>): Pattern<Controls> { return ctl.setControl('fmsustain3', x, this); }
  fmrelease3(x?: ctl.ControlArg<'fmrelease3'>): Pattern<Controls> { return ctl.setControl('fmrelease3', x, this); }
  fmrel3(x?: ctl.ControlArg<'fmrelease3'>): Pattern<Controls> { return ctl.setControl('fmrelease3', x, this); }
  fmi4(x?: ctl.ControlArg<'fmi4'>): Pattern<Controls> { return ctl.setControl('fmi4', x, this); }
  fm4(x?: ctl.ControlArg<'fmi4'>): Pattern<Controls> { return ctl.setControl('fmi4', x, this); }
  fmh4(x?: ctl.ControlArg<'fmh4'>): Pattern<Controls> { return ctl.setControl('fmh4', x, this); }
  fmwave4(x?: ctl.ControlArg<'fmwave4'>): Pattern<Controls> { return ctl.setControl('fmwave4', x, this); }
  fmenv4(x?: ctl.ControlArg<'fmenv4'>): Pattern<Controls> { return ctl.setControl('fmenv4', x, this); }
  fmattack4(x?: ctl.ControlArg<'fmattack4'>): Pattern<Controls> { return ctl.setControl('fmattack4', x, this); }
  fmatt4(x?: ctl.ControlArg<'fmattack4'>): Pattern<Controls> { return ctl.setControl('fmattack4', x, this); }
  fmdecay4(x?: ctl.ControlArg<'fmdecay4'>): Pattern<Controls> { return ctl.setControl('fmdecay4', x, this); }
  fmdec4(x?: ctl.ControlArg<'fmdecay4'>): Pattern<Controls> { return ctl.setControl('fmdecay4', x, this); }
  fmsustain4(x?: ctl.ControlArg<'fmsustain4'>): Pattern<Controls> { return ctl.setControl('fmsustain4', x, this); }
  fmsus4(x?: ctl.ControlArg<'fmsustain4'>): Pattern<Controls> { return ctl.setControl('fmsustain4', x, this); }
  fmrelease4(x?: ctl.ControlArg<'fmrelease4'>): Pattern<Controls> { return ctl.setControl('fmrelease4', x, this); }
  fmrel4(x?: ctl.ControlArg<'fmrelease4'>): Pattern<Controls> { return ctl.setControl('fmrelease4', x, this); }
  fmi5(x?: ctl.ControlArg<'fmi5'>): Pattern<Controls> { return ctl.setControl('fmi5', x, this); }
  fm5(x?: ctl.ControlArg<'fmi5'>): Pattern<Controls> { return ctl.setControl('fmi5', x, this); }
  fmh5(x?: ctl.ControlArg<'fmh5'>): Pattern<Controls> { return ctl.setControl('fmh5', x, this); }
  fmwave5(x?: ctl.ControlArg<'fmwave5'>): Pattern<Controls> { return ctl.setControl('fmwave5', x, this); }
  fmenv5(x?: ctl.ControlArg<'fmenv5'>): Pattern<Controls> { return ctl.setControl('fmenv5', x, this); }
  fmattack5(x?: ctl.ControlArg<'fmattack5'>): Pattern<Controls> { return ctl.setControl('fmattack5', x, this); }
  fmatt5(x?: ctl.ControlArg<'fmattack5'>): Pattern<Controls> { return ctl.setControl('fmattack5', x, this); }
  fmdecay5(x?: ctl.ControlArg<'fmdecay5'>): Pattern<Controls> { return ctl.setControl('fmdecay5', x, this); }
  fmdec5(x?: ctl.ControlArg<'fmdecay5'>): Pattern<Controls> { return ctl.setControl('fmdecay5', x, this); }
  fmsustain5(x?: ctl.ControlArg<'fmsustain5'>): Pattern<Controls> { return ctl.setControl('fmsustain5', x, this); }
  fmsus5(x?: ctl.ControlArg<'fmsustain5'>): Pattern<Controls> { return ctl.setControl('fmsustain5', x, this); }
  fmrelease5(x?: ctl.ControlArg<'fmrelease5'>): Pattern<Controls> { return ctl.setControl('fmrelease5', x, this); }
  fmrel5(x?: ctl.ControlArg<'fmrelease5'>): Pattern<Controls> { return ctl.setControl('fmrelease5', x, this); }
  fmi6(x?: ctl.ControlArg<'fmi6'>): Pattern<Controls> { return ctl.setControl('fmi6', x, this); }
  fm6(x?: ctl.ControlArg<'fmi6'>): Pattern<Controls> { return ctl.setControl('fmi6', x, this); }
  fmh6(x?: ctl.ControlArg<'fmh6'>): Pattern<Controls> { return ctl.setControl('fmh6', x, this); }
  fmwave6(x?: ctl.ControlArg<'fmwave6'>): Pattern<Controls> { return ctl.setControl('fmwave6', x, this); }
  fmenv6(x?: ctl.ControlArg<'fmenv6'>): Pattern<Controls> { return ctl.setControl('fmenv6', x, this); }
  fmattack6(x?: ctl.ControlArg<'fmattack6'>): Pattern<Controls> { return ctl.setControl('fmattack6', x, this); }
  fmatt6(x?: ctl.ControlArg<'fmattack6'>): Pattern<Controls> { return ctl.setControl('fmattack6', x, this); }
  fmdecay6(x?: ctl.ControlArg<'fmdecay6'>): Pattern<Controls> { return ctl.setControl('fmdecay6', x, this); }
  fmdec6(x?: ctl.ControlArg<'fmdecay6'>): Pattern<Controls> { return ctl.setControl('fmdecay6', x, this); }
  fmsustain6(x?: ctl.ControlArg<'fmsustain6'>): Pattern<Controls> { return ctl.setControl('fmsustain6', x, this); }
  fmsus6(x?: ctl.ControlArg<'fmsustain6'>): Pattern<Controls> { return ctl.setControl('fmsustain6', x, this); }
  fmrelease6(x?: ctl.ControlArg<'fmrelease6'>): Pattern<Controls> { return ctl.setControl('fmrelease6', x, this); }
  fmrel6(x?: ctl.ControlArg<'fmrelease6'>): Pattern<Controls> { return ctl.setControl('fmrelease6', x, this); }
  fmi7(x?: ctl.ControlArg<'fmi7'>): Pattern<Controls> { return ctl.setControl('fmi7', x, this); }
  fm7(x?: ctl.ControlArg<'fmi7'>): Pattern<Controls> { return ctl.setControl('fmi7', x, this); }
  fmh7(x?: ctl.ControlArg<'fmh7'>): Pattern<Controls> { return ctl.setControl('fmh7', x, this); }
  fmwave7(x?: ctl.ControlArg<'fmwave7'>): Pattern<Controls> { return ctl.setControl('fmwave7', x, this); }
  fmenv7(x?: ctl.ControlArg<'fmenv7'>): Pattern<Controls> { return ctl.setControl('fmenv7', x, this); }
  fmattack7(x?: ctl.ControlArg<'fmattack7'>): Pattern<Controls> { return ctl.setControl('fmattack7', x, this); }
  fmatt7(x?: ctl.ControlArg<'fmattack7'>): Pattern<Controls> { return ctl.setControl('fmattack7', x, this); }
  fmdecay7(x?: ctl.ControlArg<'fmdecay7'>): Pattern<Controls> { return ctl.setControl('fmdecay7', x, this); }
  fmdec7(x?: ctl.ControlArg<'fmdecay7'>): Pattern<Controls> { return ctl.setControl('fmdecay7', x, this); }
  fmsustain7(x?: ctl.ControlArg<'fmsustain7'>): Pattern<Controls> { return ctl.setControl('fmsustain7', x, this); }
  fmsus7(x?: ctl.ControlArg<'fmsustain7'>): Pattern<Controls> { return ctl.setControl('fmsustain7', x, this); }
  fmrelease7(x?: ctl.ControlArg<'fmrelease7'>): Pattern<Controls> { return ctl.setControl('fmrelease7', x, this); }
  fmrel7(x?: ctl.ControlArg<'fmrelease7'>): Pattern<Controls> { return ctl.setControl('fmrelease7', x, this); }
  fmi8(x?: ctl.ControlArg<'fmi8'>): Pattern<Controls> { return ctl.setControl('fmi8', x, this); }
  fm8(x?: ctl.ControlArg<'fmi8'>): Pattern<Controls> { return ctl.setControl('fmi8', x, this); }
  fmh8(x?: ctl.ControlArg<'fmh8'>): Pattern<Controls> { return ctl.setControl('fmh8', x, this); }
  fmwave8(x?: ctl.ControlArg<'fmwave8'>): Pattern<Controls> { return ctl.setControl('fmwave8', x, this); }
  fmenv8(x?: ctl.ControlArg<'fmenv8'>): Pattern<Controls> { return ctl.setControl('fmenv8', x, this); }
  fmattack8(x?: ctl.ControlArg<'fmattack8'>): Pattern<Controls> { return ctl.setControl('fmattack8', x, this); }
  fmatt8(x?: ctl.ControlArg<'fmattack8'>): Pattern<Controls> { return ctl.setControl('fmattack8', x, this); }
  fmdecay8(x?: ctl.ControlArg<'fmdecay8'>): Pattern<Controls> { return ctl.setControl('fmdecay8', x, this); }
  fmdec8(x?: ctl.ControlArg<'fmdecay8'>): Pattern<Controls> { return ctl.setControl('fmdecay8', x, this); }
  fmsustain8(x?: ctl.ControlArg<'fmsustain8'>): Pattern<Controls> { return ctl.setControl('fmsustain8', x, this); }
  fmsus8(x?: ctl.ControlArg<'fmsustain8'>): Pattern<Controls> { return ctl.setControl('fmsustain8', x, this); }
  fmrelease8(x?: ctl.ControlArg<'fmrelease8'>): Pattern<Controls> { return ctl.setControl('fmrelease8', x, this); }
  fmrel8(x?: ctl.ControlArg<'fmrelease8'>): Pattern<Controls> { return ctl.setControl('fmrelease8', x, this); }
  real(x?: ctl.ControlArg<'real'>): Pattern<Controls> { return ctl.setControl('real', x, this); }
  imag(x?: ctl.ControlArg<'imag'>): Pattern<Controls> { return ctl.setControl('imag', x, this); }
  enhance(x?: ctl.ControlArg<'enhance'>): Pattern<Controls> { return ctl.setControl('enhance', x, this); }
  comb(x?: ctl.ControlArg<'comb'>): Pattern<Controls> { return ctl.setControl('comb', x, this); }
  smear(x?: ctl.ControlArg<'smear'>): Pattern<Controls> { return ctl.setControl('smear', x, this); }
  scram(x?: ctl.ControlArg<'scram'>): Pattern<Controls> { return ctl.setControl('scram', x, this); }
  binshift(x?: ctl.ControlArg<'binshift'>): Pattern<Controls> { return ctl.setControl('binshift', x, this); }
  hbrick(x?: ctl.ControlArg<'hbrick'>): Pattern<Controls> { return ctl.setControl('hbrick', x, this); }
  lbrick(x?: ctl.ControlArg<'lbrick'>): Pattern<Controls> { return ctl.setControl('lbrick', x, this); }
  freeze(x?: ctl.ControlArg<'freeze'>): Pattern<Controls> { return ctl.setControl('freeze', x, this); }
  waveloss(x?: ctl.ControlArg<'waveloss'>): Pattern<Controls> { return ctl.setControl('waveloss', x, this); }
  triode(x?: ctl.ControlArg<'triode'>): Pattern<Controls> { return ctl.setControl('triode', x, this); }
  krush(x?: ctl.ControlArg<'krush'>): Pattern<Controls> { return ctl.setControl('krush', x, this); }
  kcutoff(x?: ctl.ControlArg<'kcutoff'>): Pattern<Controls> { return ctl.setControl('kcutoff', x, this); }
  overgain(x?: ctl.ControlArg<'overgain'>): Pattern<Controls> { return ctl.setControl('overgain', x, this); }
  overshape(x?: ctl.ControlArg<'overshape'>): Pattern<Controls> { return ctl.setControl('overshape', x, this); }
  octer(x?: ctl.ControlArg<'octer'>): Pattern<Controls> { return ctl.setControl('octer', x, this); }
  octersub(x?: ctl.ControlArg<'octersub'>): Pattern<Controls> { return ctl.setControl('octersub', x, this); }
  octersubsub(x?: ctl.ControlArg<'octersubsub'>): Pattern<Controls> { return ctl.setControl('octersubsub', x, this); }
  ring(x?: ctl.ControlArg<'ring'>): Pattern<Controls> { return ctl.setControl('ring', x, this); }
  ringf(x?: ctl.ControlArg<'ringf'>): Pattern<Controls> { return ctl.setControl('ringf', x, this); }
  ringdf(x?: ctl.ControlArg<'ringdf'>): Pattern<Controls> { return ctl.setControl('ringdf', x, this); }
  fshift(x?: ctl.ControlArg<'fshift'>): Pattern<Controls> { return ctl.setControl('fshift', x, this); }
  fshiftnote(x?: ctl.ControlArg<'fshiftnote'>): Pattern<Controls> { return ctl.setControl('fshiftnote', x, this); }
  fshiftphase(x?: ctl.ControlArg<'fshiftphase'>): Pattern<Controls> { return ctl.setControl('fshiftphase', x, this); }
  xsdelay(x?: ctl.ControlArg<'xsdelay'>): Pattern<Controls> { return ctl.setControl('xsdelay', x, this); }
  tsdelay(x?: ctl.ControlArg<'tsdelay'>): Pattern<Controls> { return ctl.setControl('tsdelay', x, this); }
  fadeTime(x?: ctl.ControlArg<'fadeTime'>): Pattern<Controls> { return ctl.setControl('fadeTime', x, this); }
  fadeOutTime(x?: ctl.ControlArg<'fadeTime'>): Pattern<Controls> { return ctl.setControl('fadeTime', x, this); }
  fadeInTime(x?: ctl.ControlArg<'fadeInTime'>): Pattern<Controls> { return ctl.setControl('fadeInTime', x, this); }
  panspan(x?: ctl.ControlArg<'panspan'>): Pattern<Controls> { return ctl.setControl('panspan', x, this); }
  pansplay(x?: ctl.ControlArg<'pansplay'>): Pattern<Controls> { return ctl.setControl('pansplay', x, this); }
  panwidth(x?: ctl.ControlArg<'panwidth'>): Pattern<Controls> { return ctl.setControl('panwidth', x, this); }
  panorient(x?: ctl.ControlArg<'panorient'>): Pattern<Controls> { return ctl.setControl('panorient', x, this); }
  degree(x?: ctl.ControlArg<'degree'>): Pattern<Controls> { return ctl.setControl('degree', x, this); }
  mtranspose(x?: ctl.ControlArg<'mtranspose'>): Pattern<Controls> { return ctl.setControl('mtranspose', x, this); }
  ctranspose(x?: ctl.ControlArg<'ctranspose'>): Pattern<Controls> { return ctl.setControl('ctranspose', x, this); }
  harmonic(x?: ctl.ControlArg<'harmonic'>): Pattern<Controls> { return ctl.setControl('harmonic', x, this); }
  stepsPerOctave(x?: ctl.ControlArg<'stepsPerOctave'>): Pattern<Controls> { return ctl.setControl('stepsPerOctave', x, this); }
  octaveR(x?: ctl.ControlArg<'octaveR'>): Pattern<Controls> { return ctl.setControl('octaveR', x, this); }
  semitone(x?: ctl.ControlArg<'semitone'>): Pattern<Controls> { return ctl.setControl('semitone', x, this); }
  voice(x?: ctl.ControlArg<'voice'>): Pattern<Controls> { return ctl.setControl('voice', x, this); }
  gate(x?: ctl.ControlArg<'gate'>): Pattern<Controls> { return ctl.setControl('gate', x, this); }
  gat(x?: ctl.ControlArg<'gate'>): Pattern<Controls> { return ctl.setControl('gate', x, this); }
  sustainpedal(x?: ctl.ControlArg<'sustainpedal'>): Pattern<Controls> { return ctl.setControl('sustainpedal', x, this); }
  expression(x?: ctl.ControlArg<'expression'>): Pattern<Controls> { return ctl.setControl('expression', x, this); }
  slide(x?: ctl.ControlArg<'slide'>): Pattern<Controls> { return ctl.setControl('slide', x, this); }
  deltaSlide(x?: ctl.ControlArg<'deltaSlide'>): Pattern<Controls> { return ctl.setControl('deltaSlide', x, this); }
  pitchJump(x?: ctl.ControlArg<'pitchJump'>): Pattern<Controls> { return ctl.setControl('pitchJump', x, this); }
  pitchJumpTime(x?: ctl.ControlArg<'pitchJumpTime'>): Pattern<Controls> { return ctl.setControl('pitchJumpTime', x, this); }
  curve(x?: ctl.ControlArg<'curve'>): Pattern<Controls> { return ctl.setControl('curve', x, this); }
  zrand(x?: ctl.ControlArg<'zrand'>): Pattern<Controls> { return ctl.setControl('zrand', x, this); }
  znoise(x?: ctl.ControlArg<'znoise'>): Pattern<Controls> { return ctl.setControl('znoise', x, this); }
  zmod(x?: ctl.ControlArg<'zmod'>): Pattern<Controls> { return ctl.setControl('zmod', x, this); }
  zcrush(x?: ctl.ControlArg<'zcrush'>): Pattern<Controls> { return ctl.setControl('zcrush', x, this); }
  zdelay(x?: ctl.ControlArg<'zdelay'>): Pattern<Controls> { return ctl.setControl('zdelay', x, this); }
  zzfx(x?: ctl.ControlArg<'zzfx'>): Pattern<Controls> { return ctl.setControl('zzfx', x, this); }
  label(x?: ctl.ControlArg<'label'>): Pattern<Controls> { return ctl.setControl('label', x, this); }
  activeLabel(x?: ctl.ControlArg<'activeLabel'>): Pattern<Controls> { return ctl.setControl('activeLabel', x, this); }
  analyze(x?: ctl.ControlArg<'analyze'>): Pattern<Controls> { return ctl.setControl('analyze', x, this); }
  fft(x?: ctl.ControlArg<'fft'>): Pattern<Controls> { return ctl.setControl('fft', x, this); }
  source(x?: ctl.ControlArg<'source'>): Pattern<Controls> { return ctl.setControl('source', x, this); }
  src(x?: ctl.ControlArg<'source'>): Pattern<Controls> { return ctl.setControl('source', x, this); }
  uid(x?: ctl.ControlArg<'uid'>): Pattern<Controls> { return ctl.setControl('uid', x, this); }
  val(x?: ctl.ControlArg<'val'>): Pattern<Controls> { return ctl.setControl('val', x, this); }
  hours(x?: ctl.ControlArg<'hours'>): Pattern<Controls> { return ctl.setControl('hours', x, this); }
  minutes(x?: ctl.ControlArg<'minutes'>): Pattern<Controls> { return ctl.setControl('minutes', x, this); }
  seconds(x?: ctl.ControlArg<'seconds'>): Pattern<Controls> { return ctl.setControl('seconds', x, this); }
  frames(x?: ctl.ControlArg<'frames'>): Pattern<Controls> { return ctl.setControl('frames', x, this); }
  frameRate(x?: ctl.ControlArg<'frameRate'>): Pattern<Controls> { return ctl.setControl('frameRate', x, this); }
  songPtr(x?: ctl.ControlArg<'songPtr'>): Pattern<Controls> { return ctl.setControl('songPtr', x, this); }
  partials(x?: ctl.ControlArg<'partials'>): Pattern<Controls> { return sources.setPartials(x, this); }
  phases(x?: ctl.ControlArg<'phases'>): Pattern<Controls> { return sources.setPhases(x, this); }
  sysex(message: midi.SysexArg): Pattern<Controls> { return midi.sysex(message, this); }
  lfo(config?: modulators.ModulatorConfig, id?: PatternArg<modulators.ModulatorId>): Pattern<Controls> { return modulators.addModulator('lfo', config, id, this); }
  env(config?: modulators.ModulatorConfig, id?: PatternArg<modulators.ModulatorId>): Pattern<Controls> { return modulators.addModulator('env', config, id, this); }
  bmod(config?: modulators.ModulatorConfig, id?: PatternArg<modulators.ModulatorId>): Pattern<Controls> { return modulators.addModulator('bmod', config, id, this); }
  FX(...effects: PatternArg<Controls>[]): Pattern<Controls> { return fxChain.effectChain(effects, this); }
  soft(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('soft', x, this); }
  hard(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('hard', x, this); }
  cubic(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('cubic', x, this); }
  diode(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('diode', x, this); }
  asym(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('asym', x, this); }
  fold(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('fold', x, this); }
  sinefold(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('sinefold', x, this); }
  chebyshev(x?: ctl.ControlArg<'distort'>): Pattern<Controls> { return distortion.distortWith('chebyshev', x, this); }
  scrub(position: PatternArg<scrubbing.ScrubPosition>): Pattern<Controls> { return scrubbing.scrub(position, this); }
  ribbon(offset: PatternArg<number>, cycles: PatternArg<number>): Pattern<T> { return looping.ribbon(offset, cycles, this); }
  rib(offset: PatternArg<number>, cycles: PatternArg<number>): Pattern<T> { return looping.ribbon(offset, cycles, this); }
  cpm(cyclesPerMinute: PatternArg<number>): Pattern<T> { return playback.cpm(cyclesPerMinute, this); }
  hush(): Pattern<T> { return playback.hush(this); }
  log(): Pattern<T> { return playback.log(this); }
  logValues(): Pattern<T> { return playback.logValues(this); }
  onTriggerTime(callback: (hap: Hap<T>) => unknown): Pattern<T> { return playback.onTriggerTime(callback, this); }
  // --- end region: controls & modulators (helper B) ---
}

/**
 * The empty pattern: nothing, ever.
 * @example
 * cat(s("bd sd"), silence)
 */
export const silence: Pattern<never> = new Pattern<never>(() => [], Rational.int(1));
