/**
 * The `Pattern<T>` type: a function from a query (a span of cycles) to the haps active in it.
 *
 * Free functions are the source of truth; the methods here are one-line delegates for chaining,
 * declared in the class so that types and tools see them. Method docs live on the functions.
 */
import * as core from './core.ts';
import type { Hap, Location } from './hap.ts';
import { Rational, type RationalLike } from './rational.ts';
import { Span } from './span.ts';
import { State } from './state.ts';
import * as ctor from './constructors.ts';
import * as time from './time.ts';
import type { PatternArg } from './reify.ts';

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

  /** The haps between `begin` and `end` (in cycles). */
  queryArc(begin: RationalLike, end: RationalLike, controls: Record<string, unknown> = {}): Hap<T>[] {
    return this.query(new State(new Span(Rational.from(begin), Rational.from(end)), controls));
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
  density(factor: PatternArg<number>): Pattern<T> { return time.fast(factor, this); }
  slow(factor: PatternArg<number>): Pattern<T> { return time.slow(factor, this); }
  sparsity(factor: PatternArg<number>): Pattern<T> { return time.slow(factor, this); }
  early(offset: PatternArg<number>): Pattern<T> { return time.early(offset, this); }
  late(offset: PatternArg<number>): Pattern<T> { return time.late(offset, this); }
  rev(): Pattern<T> { return core.rev(this); }
  compress(begin: RationalLike, end: RationalLike): Pattern<T> { return core.compress(Rational.from(begin), Rational.from(end), this); }
  focus(begin: RationalLike, end: RationalLike): Pattern<T> { return core.focus(Rational.from(begin), Rational.from(end), this); }
  fastGap(factor: PatternArg<number>): Pattern<T> { return time.fastGap(factor, this); }
  ply(factor: PatternArg<number>): Pattern<T> { return time.ply(factor, this); }
  segment(n: PatternArg<number>): Pattern<T> { return time.segment(n, this); }
  seg(n: PatternArg<number>): Pattern<T> { return time.segment(n, this); }
  zoom(begin: RationalLike, end: RationalLike): Pattern<T> { return time.zoom(Rational.from(begin), Rational.from(end), this); }

  // --- more methods are added below by concept, each delegating to its module ---
  // Each region is owned by one module; add delegates inside your region only.

  // --- region: signals & randomness (signal.ts, random.ts) ---
  // --- end region: signals & randomness ---

  // --- region: structure (structure.ts, conditional.ts, euclid.ts, ...) ---
  // --- end region: structure ---

  // --- region: values (ops.ts, pick.ts, sampling.ts, ...) ---
  // --- end region: values ---

  // --- region: controls (controls.ts) ---
  // --- end region: controls ---

  // --- region: music theory (theory/*.ts) ---
  // --- end region: music theory ---
}

/**
 * The empty pattern: nothing, ever.
 * @example
 * cat(s("bd sd"), silence)
 */
export const silence: Pattern<never> = new Pattern<never>(() => [], Rational.int(1));
