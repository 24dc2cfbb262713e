/**
 * The runtime's view of the patterns that live in the performer realm: a {@link SourceCache} of
 * known onsets for each, kept filled a little past what the scheduler will send, and the
 * consequences of a pattern that fails (its blocks fall back from the cycle where it failed).
 */
import type { Pattern } from '../../pattern/index.ts';
import { Rational } from '../../pattern/rational.ts';
import { secondsToCycle, type Scheduler } from '../../scheduler/index.ts';
import type { Seconds } from '../../audio/index.ts';
import { fromPlainHap, fromTime, toTime } from '../performer/plain.ts';
import type { QueryResult } from '../performer/protocol.ts';
import type { CodeError, FromRuntime, Snapshot } from './messages.ts';
import type { FillOutcome, PerformerLink, Replaced } from './performer-link.ts';
import { covering, evaluationProblem, replacedMessage } from './problems.ts';
import { SourceCache, type SourceKey } from './source-cache.ts';
import { toDocument, type BlockBook, type Entry, type Source } from './sources.ts';

/**
 * How far past the lookahead the onsets are known: the performer realm can be busy this long (an
 * evaluation of a large program, a realm being replaced) before the scheduler has to wait for it.
 * Longer than the hard limit of a small evaluation (3 s, see `hardEvaluationLimit`), so that even
 * a realm that hangs in one is replaced before anything playing runs out.
 */
export const FILL_AHEAD: Seconds = 4;

/** How far past the lookahead new code is checked before it is swapped in. */
export const CHECK_AHEAD: Seconds = 0.5;

/** More realm replacements than this within {@link STORM_WINDOW} ms silence the performance. */
export const STORM_LIMIT = 4;
const STORM_WINDOW = 10_000;

/** What {@link Sources} works with. */
export interface SourcesOptions {
  readonly link: PerformerLink;
  readonly book: BlockBook;
  readonly scheduler: () => Scheduler<BlockBook> | undefined;
  /** Milliseconds of a monotonic clock (for counting replacements). */
  readonly now: () => number;
  /** Reports to the main thread (errors of blocks). */
  readonly report: (message: FromRuntime) => void;
  /** The performance (the book) changed. */
  readonly changed: () => void;
  /** Onsets arrived: the scheduler may send more now. */
  readonly arrived: () => void;
}

const keyOf = (k: SourceKey): string => `${k.entry}:${k.index}`;

/** The known onsets of every pattern the performance plays, and their filling. */
export class Sources {
  private readonly options: SourcesOptions;
  private readonly caches = new Map<string, SourceCache>();
  private readonly byPattern = new WeakMap<Pattern<unknown>, SourceCache>();
  /** The evaluations the realm holds (to tell it to forget them). */
  private readonly held = new Set<number>();
  /**
   * Patterns about to play, kept filled until they do: those of an evaluation waiting for its
   * cycle (quantized), and the fallbacks of patterns that fail at a later cycle.
   */
  private readonly awaiting = new Set<SourceCache>();
  private replacements: number[] = [];
  /** Refreshed patterns (see {@link refresh}) waiting for their onsets up to `to`. */
  private refreshing: { caches: SourceCache[]; to: Rational; done: () => void }[] = [];

  constructor(options: SourcesOptions) {
    this.options = options;
  }

  /** The cache of one pattern, made when first asked for. */
  cacheFor(key: SourceKey): SourceCache {
    const k = keyOf(key);
    let cache = this.caches.get(k);
    if (cache === undefined) {
      cache = new SourceCache(key);
      this.caches.set(k, cache);
      this.byPattern.set(cache.pattern, cache);
    }
    return cache;
  }

  /** The caches of an evaluation's patterns that passed their check over `[from, to)`, by pattern index. */
  checked(entry: Entry, from: Rational, to: Rational, checks: readonly QueryResult[]): Map<number, SourceCache> {
    const caches = new Map<number, SourceCache>();
    this.held.add(entry.id);
    const indices = entry.blocks.length === 0 ? [-1] : entry.blocks.map((_, i) => i);
    indices.forEach((index, i) => {
      const check = checks[i];
      if (check === undefined || 'error' in check) return;
      const cache = this.cacheFor({ entry: entry.id, index });
      cache.reset(from);
      cache.add(from, to, check.haps.map(fromPlainHap));
      caches.set(index, cache);
    });
    return caches;
  }

  /**
   * The patterns that may be queried soon: what the blocks play now (leaving out blocks the code
   * mutes), and what is about to play.
   */
  live(): SourceCache[] {
    const found = new Set<SourceCache>(this.awaiting);
    for (const { pattern, muted } of this.options.book.specs()) {
      const cache = this.byPattern.get(pattern);
      if (cache !== undefined && !muted) found.add(cache);
    }
    return [...found];
  }

  /** These patterns will play from a later cycle on (a quantized evaluation's): keep them filled until then. */
  await(caches: Iterable<SourceCache>): void {
    for (const cache of caches) this.awaiting.add(cache);
  }

  /** These patterns play now (or never will): they need no special keeping any more. */
  settled(caches: Iterable<SourceCache>): void {
    for (const cache of caches) this.awaiting.delete(cache);
  }

  /** How far the scheduler may go: to where the least-known pattern's onsets end. */
  horizon(): Rational | undefined {
    let horizon: Rational | undefined;
    for (const cache of this.live()) {
      const to = cache.coverage();
      if (to === undefined) continue;
      if (horizon === undefined || to.lt(horizon)) horizon = to;
    }
    return horizon;
  }

  /**
   * Asks the realm for the onsets up to `ahead` past what the scheduler will send (call every
   * tick; before a long evaluation, further ahead, so that the others play on meanwhile). Each
   * window starts where the last one asked ends; the realm answers them in order.
   */
  fill(now: Seconds, lookahead: Seconds, ahead: Seconds = FILL_AHEAD): void {
    const scheduler = this.options.scheduler();
    if (scheduler === undefined || !scheduler.status().running) return;
    const map = scheduler.tempoMap;
    const target = secondsToCycle(map, now + lookahead + ahead, 'ceil');
    const queries: { cache: SourceCache; from: Rational; generation: number }[] = [];
    const played = secondsToCycle(map, now);
    for (const cache of this.live()) {
      if (cache.failure !== undefined) continue;
      if (cache.to === undefined) cache.reset(scheduler.sentTo);
      cache.dropBefore(played);
      const from = cache.asked ?? cache.to;
      if (from !== undefined && from.lt(target)) queries.push({ cache, from, generation: cache.generation });
    }
    if (queries.length === 0) return;
    const asked = queries.map(({ cache, from }) => ({ entry: cache.entry, index: cache.index, from: toTime(from), to: toTime(target) }));
    for (const { cache } of queries) cache.asked = target;
    this.options.link.fill(asked, (outcome) => this.filled(queries, target, outcome));
  }

  private filled(queries: readonly { cache: SourceCache; from: Rational; generation: number }[], to: Rational, outcome: FillOutcome): void {
    for (const { cache } of queries) if (cache.asked?.eq(to) === true || outcome.type === 'lost') cache.asked = undefined;
    if (outcome.type === 'lost') return;
    queries.forEach(({ cache, from, generation }, i) => {
      const result = outcome.results[i];
      // A cache reset meanwhile (a restart, a revert) asked again from elsewhere; one truncated
      // meanwhile (a slider) asked again for what this answer holds.
      if (result === undefined || cache.to === undefined || !cache.to.eq(from) || cache.generation !== generation) return;
      if (!('error' in result)) cache.add(from, to, result.haps.map(fromPlainHap));
      else {
        const at = result.at === undefined ? from : fromTime(result.at);
        const failsAt = at.gt(from) && at.lt(to) ? at : from;
        if (failsAt.gt(from)) cache.add(from, failsAt, (result.haps ?? []).map(fromPlainHap));
        this.fail(cache, failsAt, this.located(cache, evaluationProblem(result.error)));
      }
    });
    // Known far enough (or failed, or forgotten meanwhile).
    const ready = this.refreshing.filter((r) => r.caches.every((c) => c.failure !== undefined || c.to === undefined || c.to.gte(r.to)));
    this.refreshing = this.refreshing.filter((r) => !ready.includes(r));
    for (const r of ready) r.done();
    this.options.arrived();
  }

  /**
   * The onsets of evaluation `entry`'s patterns from cycle `at` on are no longer right (a slider
   * moved): they are asked again from there, and once known, `then` gets the blocks that play
   * them (to send again what was sent from `at`).
   */
  refresh(entry: number, at: Rational, then: (labels: string[]) => void): void {
    const all = [...this.caches.values()].filter((cache) => cache.entry === entry && cache.failure === undefined);
    for (const cache of all) cache.truncate(at);
    // Only the patterns filled now (the blocks playing, and those about to) are waited for.
    const live = new Set(this.live());
    const caches = all.filter((cache) => live.has(cache));
    const labels = caches.flatMap((cache) => this.options.book.playing(cache).map(({ label }) => label));
    this.refreshing.push({ caches, to: this.options.scheduler()?.sentTo ?? at, done: () => then(labels) });
  }

  /** Forgets what is known and starts again from cycle `at` (playback starting there). */
  restartAt(at: Rational): void {
    for (const cache of this.live()) if (cache.failure === undefined) cache.reset(at);
  }

  /**
   * A pattern fails from cycle `at` on: the blocks playing it fall back from there (the book and
   * the scheduler change together when the scheduler gets there, their fallbacks filled from `at`
   * meanwhile), and their errors are reported now.
   */
  fail(cache: SourceCache, at: Rational, error: CodeError): void {
    if (cache.failure !== undefined) return;
    cache.failure = { at, error };
    const { book } = this.options;
    const scheduler = this.options.scheduler();
    for (const { label } of book.playing(cache)) {
      const fallback = book.fallback(label)?.cache;
      if (fallback !== undefined && fallback.failure === undefined) {
        if (!fallback.covers(at, at)) fallback.reset(at);
        this.awaiting.add(fallback);
      }
      const revert = (): void => {
        book.revert(label);
        if (fallback !== undefined) this.awaiting.delete(fallback);
        this.options.changed();
      };
      if (scheduler === undefined) revert();
      else scheduler.revertAt(label, at, revert);
      this.options.report({ type: 'queryError', label, reverted: fallback === undefined ? 'silence' : 'previous', ...error });
    }
  }

  /** The scheduler's query threw (not expected: the caches answer every query). */
  unexpected(error: unknown, label: string): void {
    const source = this.options.book.current(label);
    const message = error instanceof Error ? error.message : String(error);
    const where = source === undefined ? { message, line: 1, column: 1, from: 0, to: 0 } : this.blockError(source, message);
    this.options.report({ type: 'queryError', label, reverted: 'previous', ...where });
  }

  /** The code whose patterns the blocks play or fall back on, for a new realm to evaluate again. */
  entriesToRestore(): { id: number; code: string }[] {
    const entries = new Map<number, string>();
    for (const source of this.options.book.sources()) entries.set(source.entry.id, source.entry.code);
    return [...entries].sort((a, b) => a[0] - b[0]).map(([id, code]) => ({ id, code }));
  }

  /** A realm was replaced: the pattern it was querying when it hung or broke fails; a storm silences everything. */
  replaced(why: Replaced): void {
    for (const cache of this.caches.values()) cache.asked = undefined;
    const now = this.options.now();
    this.replacements = [...this.replacements.filter((t) => now - t < STORM_WINDOW), now];
    if (this.replacements.length > STORM_LIMIT) {
      this.silenceAll(`the performer's realm had to be replaced ${this.replacements.length} times in ${STORM_WINDOW / 1000} s, so weft stopped every block (${replacedMessage(why)})`);
      return;
    }
    if (why.blame.kind === 'evaluate' && this.held.has(why.blame.id)) {
      // Evaluating again code that played before hung or broke the realm.
      this.restoreFailed([why.blame.id]);
      return;
    }
    if (why.blame.kind !== 'query') return;
    const cache = this.caches.get(keyOf(why.blame));
    if (cache === undefined) return;
    const source = this.options.book.sources().find((s) => s.cache === cache);
    const message = replacedMessage(why).replace('this code', 'this block');
    this.fail(cache, cache.to ?? this.options.scheduler()?.sentTo ?? Rational.int(0), source === undefined ? covering('', 0, 0, message) : this.blockError(source, message));
  }

  /** Evaluations a new realm could not evaluate again: what they played falls back. */
  restoreFailed(entries: readonly number[]): void {
    for (const cache of this.caches.values()) {
      if (!entries.includes(cache.entry)) continue;
      const source = this.options.book.sources().find((s) => s.cache === cache);
      const message = 'this block no longer evaluates the same way (its code does something different each time?)';
      this.fail(cache, cache.to ?? this.options.scheduler()?.sentTo ?? Rational.int(0), source === undefined ? covering('', 0, 0, message) : this.blockError(source, message));
    }
  }

  /**
   * Rebuilds a performance from a snapshot: the realm evaluates its code, every pattern's onsets
   * are known from `start` on, and `done` gets the scheduler's blocks.
   */
  restore(snapshot: Snapshot, cps: number, start: Rational, done: () => void): void {
    this.options.link.restore(snapshot.entries.map(({ id, code }) => ({ id, code })), cps, (outcome) => {
      const entries = new Map<number, Entry>();
      for (const e of snapshot.entries) this.held.add(e.id);
      if (outcome.type === 'restored') {
        for (const e of snapshot.entries) {
          const blocks = outcome.entries.find((r) => r.id === e.id)?.blocks;
          if (blocks !== undefined) entries.set(e.id, { ...e, blocks });
        }
      }
      this.options.book.restore(snapshot, entries, (entry, index) => {
        const cache = this.cacheFor({ entry: entry.id, index });
        cache.reset(start);
        return cache;
      });
      done();
      this.prune();
    });
  }

  /** Forgets the caches and the realm's evaluations that nothing plays or falls back on any more. */
  prune(): void {
    const live = new Set<SourceCache>(this.live());
    const fallbacks = new Set<SourceCache>();
    for (const source of this.options.book.sources()) fallbacks.add(source.cache);
    const used = new Set<number>();
    for (const [key, cache] of this.caches) {
      if (live.has(cache)) used.add(cache.entry);
      else if (fallbacks.has(cache)) {
        cache.clear();
        used.add(cache.entry);
      } else {
        cache.clear();
        this.caches.delete(key);
      }
    }
    const gone = [...this.held].filter((id) => !used.has(id));
    for (const id of gone) this.held.delete(id);
    this.options.link.forget(gone);
  }

  /** Every block falls silent (after a storm of replacements), with one error. */
  private silenceAll(message: string): void {
    const { book } = this.options;
    const scheduler = this.options.scheduler();
    for (const label of book.labels()) this.options.report({ type: 'queryError', label, reverted: 'silence', message, line: 1, column: 1, from: 0, to: 0 });
    this.awaiting.clear();
    if (scheduler === undefined) book.clear();
    else scheduler.hushWith(() => book.clear());
    this.prune();
    this.options.changed();
  }

  /** An error in a cache's pattern, located by the realm in the evaluated code: as a document place. */
  private located(cache: SourceCache, error: CodeError): CodeError {
    const source = this.options.book.sources().find((s) => s.cache === cache);
    return toDocument(source?.entry.block, error);
  }

  /** An error covering a block's code, in the document. */
  private blockError(source: Source, message: string): CodeError {
    const offset = source.entry.block?.from ?? 0;
    return toDocument(source.entry.block, covering(source.entry.code, source.from - offset, source.to - offset, message));
  }
}
