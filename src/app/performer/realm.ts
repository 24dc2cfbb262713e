/**
 * The performer realm's logic, free of worker globals so that Node can test it: evaluates the
 * performer's code, keeps the patterns it made, and answers queries over windows of cycles with
 * plain data. Nothing else happens here: scheduling, the store of blocks and every other thread
 * live in the runtime, which trusts nothing this side says.
 */
import { EvalError, lineColumn } from '../../eval/errors.ts';
import { evaluate, type Evaluation } from '../../eval/evaluate.ts';
import { LoopGuard } from '../../eval/guard.ts';
import { messageOf } from '../../eval/messages.ts';
import { NeedsTypeStripper, type TypeStripper } from '../../eval/stripper.ts';
import type { MidiInValue } from '../../eval/midi-in.ts';
import { MAX_EVENTS_PER_CYCLE, QueryBudget, Rational, type Pattern } from '../../pattern/index.ts';
import { queryOnsets } from '../../scheduler/index.ts';
import type { Integrity } from './integrity.ts';
import type { FunctionGuard } from './isolation.ts';
import { fromTime, toPlainHap, toTime } from './plain.ts';
import { MAX_MESSAGE, MAX_VISUALS, type FromPerformer, type PlainError, type PlainHap, type QueryResult, type ToPerformer, type Window } from './protocol.ts';

/** The most blocks one evaluation may play: each is queried on its own, many times a second. */
export const MAX_BLOCKS = 256;

/** Performer code that touches every stage of evaluation, run once so the first real one is fast. */
const WARM_UP = `setcps(0.5)
$: note("c3 [e3 g3]*2 <b3 d4>").s("sawtooth").lpf(sine.range(400, 2000)).every(2, x => x.fast(2))
drums: s("bd*2 [~ sd] hh*4").bank("x").gain(0.8)`;

/**
 * How long (ms) loops in the performer's functions may run while one block is queried over one
 * window: well under the runtime's limit for a batch of queries, so a loop is caught here, placed
 * at its code, and the realm need not be replaced.
 */
export const QUERY_BUDGET = 150;

/** What the realm needs from the thread it runs on. */
export interface RealmHost {
  post(message: FromPerformer): void;
  /** Runs `f` once the performer code's own microtasks have run (a task later), so nothing it started is still running. */
  settle(f: () => void): void;
  /** The guard that lets the evaluator (only) compile code; none in tests. */
  guard?: FunctionGuard;
  /** Say how performer code changed the realm, if it did; none in tests. */
  integrity?: Integrity;
  /**
   * Loads the type stripper (Sucrase, a download of its own) and calls `done` with it, or with one
   * that says why it could not load. Asked once: after the realm's first answer, or as soon as
   * code needs it.
   */
  loadTypes(done: (types: TypeStripper) => void): void;
}

/** What the realm was doing when it found itself damaged. */
type Damage = Extract<FromPerformer, { type: 'damaged' }>['during'];

interface Held {
  readonly code: string;
  readonly evaluation: Evaluation;
  /** Onsets counted per cycle (by the cycle's number), per pattern index, for the density cap. */
  readonly density: Map<number, Map<number, number>>;
}

/** The patterns an evaluation plays: one per block, or its one pattern (index -1) when it has none. */
function patternsOf(evaluation: Evaluation): { index: number; pattern: Pattern<unknown>; muted: boolean; from: number; to: number }[] {
  if (evaluation.blocks.length === 0) return [{ index: -1, pattern: evaluation.pattern, muted: false, from: 0, to: Infinity }];
  return evaluation.blocks.map((b, index) => ({ index, pattern: b.pattern, muted: b.muted, from: b.from, to: b.to }));
}

const cut = (message: string): string => (message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);

/** An error covering `code[from, to)`. */
function covering(code: string, from: number, to: number, message: string): PlainError {
  const start = Math.max(0, Math.min(from, code.length));
  const { line, column } = lineColumn(code, start);
  return { message: cut(message), line, column, from: start, to: Math.max(start, Math.min(to, code.length)) };
}

function plainError(error: EvalError): PlainError {
  return { message: cut(error.message), line: error.line, column: error.column, from: error.from, to: error.to };
}

/** Errors that say a query ran out of time or work (asking a part of the window again would too). */
const SPENT = new Set(['LoopError', 'BudgetError']);

/** Windows are narrowed down to this many cycles when finding where a pattern starts failing. */
const RESOLUTION = Rational.of(1, 64);

/**
 * Where in `[from, to)` a query starts failing (the query of the whole window threw `error`):
 * halves the window while it is wider than {@link RESOLUTION}, keeping the onsets of what passes.
 */
function firstFailure(run: (a: Rational, b: Rational) => PlainHap[], from: Rational, to: Rational, error: unknown): { at: Rational; haps: PlainHap[]; error: unknown } {
  const haps: PlainHap[] = [];
  let lo = from;
  let hi = to;
  let last = error;
  while (hi.sub(lo).gt(RESOLUTION)) {
    const mid = lo.add(hi.sub(lo).div(Rational.int(2)));
    try {
      for (const h of run(lo, mid)) haps.push(h);
      lo = mid;
    } catch (e) {
      last = e;
      hi = mid;
    }
  }
  return { at: lo, haps, error: last };
}

/** The performer realm: evaluations by entry id, and the queries the runtime asks for. */
export class PerformerRealm {
  private readonly host: RealmHost;
  /** One guard for every evaluation and query: their loops run against its deadline. */
  private readonly guard = new LoopGuard();
  private readonly held = new Map<number, Held>();
  /** The latest value of each MIDI input, by key: shared by every evaluation, so new code hears where a knob is. */
  private readonly midiValues = new Map<string, MidiInValue>();
  /** Set once the realm is damaged: it answers nothing more (the runtime replaces it). */
  private damaged = false;
  /** Messages waiting while a reply settles: each is handled only once the one before has answered. */
  private readonly inbox: ToPerformer[] = [];
  private settling = false;
  /** The type stripper, once loaded: code without TypeScript syntax needs none. */
  private types: TypeStripper | undefined;
  private typesAsked = false;
  /** The message that waits for the type stripper (nothing of its code has run). */
  private waitingForTypes: ToPerformer | undefined;

  constructor(host: RealmHost) {
    this.host = host;
  }

  /** Evaluates and queries a typical performance once (JIT warm-up), before any real evaluation. */
  warmUp(): void {
    try {
      const evaluation = this.run(WARM_UP, 0.5);
      for (const { pattern } of patternsOf(evaluation)) queryOnsets(pattern, Rational.int(0), Rational.int(4)).map(toPlainHap);
    } catch {
      // A warm-up that fails only leaves the first evaluation slower.
    }
  }

  /**
   * Takes one message from the runtime (already read by the protocol's schema). Messages are
   * handled in order, each after the one before has been answered, so a hang in one never holds
   * back the answer to another.
   */
  receive(message: ToPerformer): void {
    this.inbox.push(message);
    this.next();
  }

  private next(): void {
    while (!this.settling && !this.damaged) {
      const message = this.inbox.shift();
      if (message === undefined) return;
      this.handle(message);
    }
  }

  private handle(message: ToPerformer): void {
    try {
      this.dispatch(message);
    } catch (error) {
      if (!(error instanceof NeedsTypeStripper) || this.types !== undefined) throw error;
      this.settling = true;
      this.waitingForTypes = message;
      this.askForTypes();
    }
  }

  /** Asks the host for the type stripper, once; handles the message that waited for it. */
  private askForTypes(): void {
    if (this.typesAsked) return;
    this.typesAsked = true;
    this.host.loadTypes((types) => {
      this.types = types;
      const message = this.waitingForTypes;
      if (message === undefined) return;
      this.waitingForTypes = undefined;
      this.settling = false;
      this.inbox.unshift(message);
      this.next();
    });
  }

  private dispatch(message: ToPerformer): void {
    switch (message.type) {
      case 'evaluate':
        this.evaluate(message.id, message.code, message.cps, message.window);
        return;
      case 'fill':
        this.fill(message.seq, message.queries);
        return;
      case 'restore':
        this.restore(message.seq, message.cps, message.entries);
        return;
      case 'forget':
        for (const id of message.entries) this.held.delete(id);
        return;
      case 'slider':
        this.held.get(message.entry)?.evaluation.sliders.set(message.index, message.value);
        return;
      case 'midiIn':
        this.midiValues.set(message.key, message.value);
        return;
    }
  }

  private evaluate(id: number, code: string, cps: number, window: Window): void {
    this.host.post({ type: 'busy', id });
    let evaluation: Evaluation;
    try {
      evaluation = this.run(code, cps);
    } catch (error) {
      if (error instanceof NeedsTypeStripper) throw error;
      if (this.checkDamage({ kind: 'evaluate', id })) return;
      const located = error instanceof EvalError ? plainError(error) : covering(code, 0, code.length, messageOf(error));
      this.reply({ kind: 'evaluate', id }, { type: 'failed', id, error: located });
      return;
    }
    if (this.checkDamage({ kind: 'evaluate', id })) return;
    const extra = evaluation.blocks[MAX_BLOCKS];
    if (extra !== undefined) {
      const message = `this code has ${evaluation.blocks.length.toLocaleString('en')} blocks; weft plays up to ${MAX_BLOCKS} (stack patterns in one block with stack(...) or ",")`;
      this.reply({ kind: 'evaluate', id }, { type: 'failed', id, error: covering(code, extra.from, extra.to, message) });
      return;
    }
    const held: Held = { code, evaluation, density: new Map() };
    const checks: QueryResult[] = [];
    for (const item of patternsOf(evaluation)) {
      if (item.muted) {
        checks.push({ haps: [] });
        continue;
      }
      checks.push(this.query(held, item.index, window));
      if (this.checkDamage({ kind: 'evaluate', id })) return;
    }
    this.held.set(id, held);
    const blocks = evaluation.blocks.map(({ label, muted, from, to }) => ({ label, muted, from, to }));
    const samples = evaluation.samples.map((s) => structuredClone(s));
    // Plain copies (what the code made, it could still change); the runtime reads them through the schemas.
    const copy = <T,>(list: readonly T[]): T[] => structuredClone(list.slice(0, MAX_VISUALS));
    const [visuals, warnings, sliders, midiInputs] = [copy(evaluation.visuals), copy(evaluation.warnings), copy(evaluation.sliders.list), copy(evaluation.midiInputs)];
    this.reply({ kind: 'evaluate', id }, { type: 'evaluated', id, blocks, cps: evaluation.cps, samples, visuals, warnings, sliders, midiInputs, checks });
  }

  private fill(seq: number, queries: readonly { entry: number; index: number; from: Window['from']; to: Window['to'] }[]): void {
    const results: QueryResult[] = [];
    for (const q of queries) {
      const held = this.held.get(q.entry);
      if (held === undefined) {
        results.push({ error: { message: 'this code is no longer held', line: 1, column: 1, from: 0, to: 0 } });
        continue;
      }
      this.host.post({ type: 'busy', entry: q.entry, index: q.index });
      results.push(this.query(held, q.index, { from: q.from, to: q.to }));
      if (this.checkDamage({ kind: 'fill', seq, entry: q.entry, index: q.index })) return;
    }
    // The full check comes last: a change the quick checks after each query missed is the batch's, not one query's.
    this.reply({ kind: 'fill', seq }, { type: 'filled', seq, results });
  }

  private restore(seq: number, cps: number, entries: readonly { id: number; code: string }[]): void {
    const failed: number[] = [];
    const restored: { id: number; blocks: { label: string; muted: boolean; from: number; to: number }[] }[] = [];
    for (const { id, code } of entries) {
      this.host.post({ type: 'busy', id });
      try {
        // Held already when this restore waited for the type stripper after evaluating it.
        const held = this.held.get(id);
        const evaluation = held?.code === code ? held.evaluation : this.run(code, cps);
        this.held.set(id, { code, evaluation, density: new Map() });
        restored.push({ id, blocks: evaluation.blocks.map(({ label, muted, from, to }) => ({ label, muted, from, to })) });
      } catch (error) {
        if (error instanceof NeedsTypeStripper) throw error;
        failed.push(id);
      }
      if (this.checkDamage({ kind: 'evaluate', id })) return;
    }
    const last = entries[entries.length - 1];
    this.reply(last === undefined ? undefined : { kind: 'evaluate', id: last.id }, { type: 'restored', seq, entries: restored, failed });
  }

  /** Queries one pattern of an evaluation over a window: its onsets as plain haps, or where it failed. */
  private query(held: Held, index: number, window: Window): QueryResult {
    const { code, evaluation } = held;
    const item = patternsOf(evaluation).find((p) => p.index === index);
    if (item === undefined) return { error: covering(code, 0, code.length, 'this block no longer exists') };
    const from = fromTime(window.from);
    const to = fromTime(window.to);
    const run = (a: Rational, b: Rational): PlainHap[] =>
      this.guard.within(QUERY_BUDGET, () => queryOnsets(item.pattern, a, b, QueryBudget.forCycles(b.sub(a).toNumber()))).map(toPlainHap);
    let haps: PlainHap[];
    try {
      haps = run(from, to);
    } catch (error) {
      const locate = (e: unknown): PlainError => {
        const located = evaluation.locate(e);
        return located === undefined ? covering(code, item.from, item.to, messageOf(e)) : plainError(located);
      };
      // Out of time or work: asking again would only take as long. Otherwise, where does it start failing?
      if (error instanceof Error && SPENT.has(error.name)) return { error: locate(error) };
      const found = firstFailure(run, from, to, error);
      return { error: locate(found.error), at: toTime(found.at), haps: found.haps };
    }
    const dense = this.countOnsets(held, index, haps);
    if (dense !== undefined) {
      const message = `this block asks for more than ${MAX_EVENTS_PER_CYCLE.toLocaleString('en')} events in one cycle, which is what weft plays (look for fast, ply, segment or * factors multiplied together)`;
      return { error: covering(code, item.from, item.to, message) };
    }
    return { haps };
  }

  /** Adds onsets to the counts of their cycles; returns the count of a cycle that went over the cap. */
  private countOnsets(held: Held, index: number, haps: readonly PlainHap[]): number | undefined {
    let counts = held.density.get(index);
    if (counts === undefined) held.density.set(index, (counts = new Map()));
    for (const hap of haps) {
      const cycle = Math.floor(hap.begin[0] / hap.begin[1]);
      const n = (counts.get(cycle) ?? 0) + 1;
      counts.set(cycle, n);
      if (n > MAX_EVENTS_PER_CYCLE) return n;
    }
    // Only the latest cycles matter.
    if (counts.size > 8) for (const cycle of [...counts.keys()].sort((a, b) => a - b).slice(0, counts.size - 8)) counts.delete(cycle);
    return undefined;
  }

  /** Runs performer code (the one place it is compiled), its loops within the evaluation budget. */
  private run(code: string, cps: number): Evaluation {
    const types = this.types;
    const options = { cps, guard: this.guard, midiInputs: this.midiValues };
    const go = (): Evaluation => evaluate(code, types === undefined ? options : { ...options, types });
    return this.host.guard === undefined ? go() : this.host.guard.allowOnce(go);
  }

  /**
   * Posts a reply once the performer code's microtasks have run (and checks the realm again
   * then: they may have changed it after the last check).
   */
  private reply(during: Damage | undefined, message: FromPerformer): void {
    this.settling = true;
    this.host.settle(() => {
      this.settling = false;
      if (during !== undefined && this.checkDamage(during, true)) return;
      this.host.post(message);
      // The type stripper loads once the first onsets are answered (after the first sound, which
      // its compilation would delay): most code needs none, and code that does waits for it.
      if (message.type === 'filled') this.askForTypes();
      this.next();
    });
  }

  /**
   * True (and says so, once) when performer code damaged the realm: by the quick check (after each
   * query), or the full one (before each reply).
   */
  private checkDamage(during: Damage, full = false): boolean {
    const integrity = this.host.integrity;
    const what = integrity === undefined ? undefined : full ? integrity.full() : integrity.quick();
    if (what === undefined) return false;
    this.damaged = true;
    this.host.post({ type: 'damaged', what: cut(what), during });
    return true;
  }
}
