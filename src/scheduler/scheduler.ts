/**
 * The live scheduler: queries the playing blocks a little ahead of the audio clock and hands the
 * sink timed events; swaps code, tempo and mutes within one audio block.
 */
import type { Pattern } from '../pattern/pattern.ts';
import { Rational, type RationalLike } from '../pattern/rational.ts';
import type { Seconds } from '../audio/dsp/units.ts';
import { BlockSet, type BlockSpec, type BlockStore } from './blocks.ts';
import type { SoundEvent } from './event.ts';
import { queryOnsets, renderSpan, type HapSource } from './render.ts';
import { CANCEL_MARGIN, FOLLOW_TOLERANCE, globalTimer, type Anchor, type Clock, type EventSink, type SchedulerOptions, type SchedulerStatus, type SwapOptions, type Timer } from './options.ts';
import { checkCps, cpsAt, cycleToSeconds, pruneTempo, secondsToCycle, tempoMap, withAnchor, withCps, type TempoMap } from './tempo.ts';

interface Sent {
  readonly event: SoundEvent;
  readonly onset: Rational;
}

/**
 * Plays labelled blocks of patterns against an audio clock. Every `tick` queries the cycles from
 * where the previous one stopped to `now + lookahead` and sends the events that start there.
 * A new evaluation, a mute or a tempo change cancels what it replaces from one audio block after
 * now and sends the new events from there at once, so it is heard within a block.
 */
export class Scheduler<S extends BlockStore = BlockSet> {
  /** The blocks played: ask it what is heard; change it only through {@link update} or {@link change}. */
  readonly store: S;
  readonly lookahead: Seconds;
  readonly interval: Seconds;
  /** One audio block (`blockSize / sampleRate`): how soon a change is heard. */
  readonly blockDuration: Seconds;
  readonly quantize: boolean;
  private readonly clock: Clock;
  private readonly sink: EventSink;
  private readonly onHaps: ((events: readonly SoundEvent[]) => void) | undefined;
  private readonly onError: ((error: unknown, label: string) => void) | undefined;
  private readonly timer: Timer | null;
  private readonly horizon: (() => Rational | undefined) | undefined;
  private cps: number;
  private tempo: TempoMap;
  /** Every onset before this cycle has been sent. */
  private queriedTo: Rational = Rational.int(0);
  private running = false;
  private handle: unknown;
  private stoppedCycle = 0;
  /** Quantized evaluations waiting for their cycle, in order. */
  private pending: { at: Rational; apply: () => void }[] = [];
  /** Events sent that are still in the future, so swaps know what a cancel removes. */
  private sent: Sent[] = [];
  private nextId = 0;
  private scheduled = 0;
  private late = 0;

  constructor(options: SchedulerOptions<S>) {
    this.store = options.store ?? (new BlockSet() as BlockStore as S);
    this.clock = options.clock;
    this.sink = options.sink;
    this.lookahead = options.lookahead ?? 0.3;
    this.interval = options.interval ?? 0.05;
    this.blockDuration = (options.blockSize ?? 128) / (options.sampleRate ?? 48000);
    this.quantize = options.quantize ?? false;
    this.cps = checkCps(options.cps ?? 0.5);
    this.onHaps = options.onHaps;
    this.onError = options.onError;
    this.timer = options.timer === undefined ? globalTimer : options.timer;
    this.horizon = options.horizon;
    this.tempo = tempoMap(this.cps);
  }

  /** Every onset before this cycle has been sent (when running). */
  get sentTo(): Rational {
    return this.queriedTo;
  }

  /** The tempo map in force: with {@link cycleToSeconds} it says where any cycle falls. */
  get tempoMap(): TempoMap {
    return this.tempo;
  }

  /**
   * Starts the clock: cycle `cycle` (default 0) falls at audio time `time` (default one block
   * from now), and ticking begins.
   */
  start(at: { time?: Seconds; cycle?: RationalLike } = {}): void {
    if (this.running) return;
    const cycle = Rational.from(at.cycle ?? 0);
    this.tempo = tempoMap(this.cps, at.time ?? this.clock.now() + this.blockDuration, cycle);
    this.queriedTo = cycle;
    this.sent = [];
    this.running = true;
    if (this.timer !== null) this.handle = this.timer.setInterval(() => this.tick(), this.interval * 1000);
    this.tick();
  }

  /** Stops the clock: events after one block from now are cancelled; waiting evaluations apply. */
  stop(): void {
    if (!this.running) return;
    this.flushPending();
    const now = this.clock.now();
    this.sink.cancelAfter(now + this.blockDuration);
    const cycle = secondsToCycle(this.tempo, now);
    this.stoppedCycle = cycle.toNumber();
    this.cps = cpsAt(this.tempo, cycle);
    this.running = false;
    this.sent = [];
    if (this.timer !== null) this.timer.clearInterval(this.handle);
  }

  /** Silences everything from one block after now and forgets every block; the clock runs on. */
  hush(this: Scheduler<BlockSet>): void {
    this.hushWith(() => this.store.clear());
  }

  /** Silences everything from one block after now, `clear` emptying the store; the clock runs on. */
  hushWith(clear: () => void): void {
    this.pending = [];
    clear();
    if (!this.running) return;
    const time = this.clock.now() + this.blockDuration;
    this.sink.cancelAfter(time);
    this.sent = this.sent.filter((s) => s.event.time <= time);
  }

  /** Sends the events that start between the previous tick and `now + lookahead`. */
  tick(): void {
    if (!this.running) return;
    const now = this.clock.now();
    let target = secondsToCycle(this.tempo, now + this.lookahead);
    const known = this.horizon?.();
    if (known !== undefined && known.lt(target)) target = known;
    for (let next = this.pending[0]; next !== undefined && next.at.lte(target); next = this.pending[0]) {
      this.pending.shift();
      if (next.at.gt(this.queriedTo)) {
        this.emit(undefined, this.queriedTo, next.at, []);
        this.queriedTo = next.at;
      }
      next.apply();
    }
    if (target.gt(this.queriedTo)) {
      this.emit(undefined, this.queriedTo, target, []);
      this.queriedTo = target;
    }
    this.sent = this.sent.filter((s) => s.event.time >= now);
    this.tempo = pruneTempo(this.tempo, now);
  }

  /** Replaces the playing blocks with a new evaluation's (see {@link BlockSet.replaceAll}). */
  setBlocks(this: Scheduler<BlockSet>, specs: readonly BlockSpec[], options: SwapOptions = {}): void {
    this.update(() => this.store.replaceAll(specs), options);
  }

  /** Re-evaluates one block (adding it if new). */
  setBlock(this: Scheduler<BlockSet>, label: string, pattern: Pattern<unknown>, options: SwapOptions = {}): void {
    this.update(() => this.store.set(label, pattern), options);
  }

  /**
   * An evaluation: `mutate` changes the store, now (with any evaluations still waiting for their
   * cycle) or at the next cycle start when quantized; what it changes is heard within one audio
   * block of then.
   */
  update(mutate: () => void, options: SwapOptions = {}): void {
    this.evaluate(mutate, options);
  }

  /** A change that is never quantized (a mute, a solo): `mutate` changes the store now, heard within one audio block. */
  change(mutate: () => void): void {
    this.swapNow(mutate);
  }

  /**
   * Makes `revert` (a change of the store: block `label` falling back on its previous pattern)
   * happen at cycle `at`, which must not have been sent yet (as when its pattern is known to fail
   * from there). By default, the store's own revert of `label`.
   */
  revertAt(label: string, at: Rational, revert: () => void = () => this.store.revert(label)): void {
    const apply = revert;
    if (!this.running) return apply();
    if (at.gt(this.queriedTo)) {
      const i = this.pending.findIndex((p) => p.at.gt(at));
      this.pending.splice(i === -1 ? this.pending.length : i, 0, { at, apply });
      return;
    }
    // Already sent from there (or exactly up to there): swapped as soon as can be heard.
    const soonest = secondsToCycle(this.tempo, this.clock.now() + this.blockDuration, 'ceil');
    this.swapAt(at.gt(soonest) ? at : soonest, apply);
  }

  /**
   * Blocks `labels` sound otherwise from cycle `at` with the same patterns (a slider moved): their
   * events sent from there are cancelled and sent again as their patterns now give them.
   */
  resend(labels: readonly string[], at: Rational): void {
    if (!this.running || !at.lt(this.queriedTo) || labels.length === 0) return;
    const carried: Sent[] = [];
    for (const label of labels) carried.push(...this.cancel(at, label));
    this.emit(labels, at, this.queriedTo, carried);
  }

  /** The first cycle a change made now can be heard from: one audio block from now. */
  soonest(): Rational {
    return secondsToCycle(this.tempo, this.clock.now() + this.blockDuration, 'ceil');
  }

  /** Mutes a block, within one audio block. */
  mute(this: Scheduler<BlockSet>, label: string): void {
    this.change(() => this.store.choices.mute(label));
  }

  unmute(this: Scheduler<BlockSet>, label: string): void {
    this.change(() => this.store.choices.unmute(label));
  }

  /** Plays only the soloed blocks (this one added to them). */
  solo(this: Scheduler<BlockSet>, label: string): void {
    this.change(() => this.store.choices.solo(label));
  }

  /** Ends the solo of one block, or of all. */
  unsolo(this: Scheduler<BlockSet>, label?: string): void {
    this.change(() => this.store.choices.unsolo(label));
  }

  /**
   * Sets the tempo from one block after now on, keeping the cycle phase continuous there;
   * events already sent past that point are cancelled and sent again at the new tempo. A tempo
   * outside the range weft plays is moved to the nearest inside it (see `checkCps`).
   */
  setCps(wanted: number): void {
    const cps = checkCps(wanted);
    this.cps = cps;
    if (!this.running) return;
    const at = secondsToCycle(this.tempo, this.clock.now() + this.blockDuration, 'ceil');
    const next = withCps(this.tempo, at, cps);
    const same = next.segments.length === this.tempo.segments.length && next.segments.every((seg, i) => seg === this.tempo.segments[i]);
    if (same) return; // e.g. the same setcps in re-evaluated code
    if (at.gte(this.queriedTo)) this.tempo = next;
    else this.retime(at, cps);
  }

  /**
   * Follows an outside clock (a room's): the cycles fall where `anchors` say (one, or a tempo map
   * of several in cycle order: a tempo change to come), from the soonest cycle that can still be
   * heard at its new place. A move under {@link FOLLOW_TOLERANCE} (the clock's estimate slewing)
   * applies from the next events queried; a larger one cancels what was sent from there and
   * sends it again at its new time.
   */
  follow(anchors: Anchor | readonly Anchor[]): void {
    const list: readonly Anchor[] = Array.isArray(anchors) ? anchors : [anchors as Anchor];
    if (list.length === 0) return;
    const wanted: TempoMap = { segments: list.map((a) => ({ cycle: a.cycle, time: a.time, cps: checkCps(a.cps) })) };
    const soon = this.clock.now() + this.blockDuration;
    this.cps = cpsAt(wanted, secondsToCycle(wanted, soon));
    if (!this.running) return;
    const here = secondsToCycle(this.tempo, soon, 'ceil');
    const there = secondsToCycle(wanted, soon, 'ceil');
    const from = here.gt(there) ? here : there;
    const move = (at: Rational): number => Math.abs(cycleToSeconds(wanted, at) - cycleToSeconds(this.tempo, at));
    const sent = this.queriedTo.gt(from) ? this.queriedTo : from;
    if (move(from) <= FOLLOW_TOLERANCE && move(sent) <= FOLLOW_TOLERANCE) {
      this.tempo = followed(this.tempo, wanted, sent);
      return;
    }
    // What was sent from `here` goes; a jump ahead skips the cycles between `here` and `from`.
    const carried = here.lt(this.queriedTo) ? this.cancel(here, undefined) : [];
    this.tempo = followed(this.tempo, wanted, from);
    this.queriedTo = from;
    this.emit(undefined, from, from, carried);
    this.tick();
  }

  status(): SchedulerStatus {
    if (!this.running) return { running: false, cps: this.cps, cycle: this.stoppedCycle, eventsScheduled: this.scheduled, eventsLate: this.late };
    const cycle = secondsToCycle(this.tempo, this.clock.now());
    return { running: true, cps: cpsAt(this.tempo, cycle), cycle: cycle.toNumber(), eventsScheduled: this.scheduled, eventsLate: this.late };
  }

  /** An evaluation: now (with any waiting ones), or at the next cycle start when quantized. */
  private evaluate(mutate: () => void, options: SwapOptions): void {
    if (options.at !== undefined && this.running) return this.evaluateAt(options.at, mutate);
    if (!(options.quantize ?? this.quantize) || !this.running) {
      this.swapNow(() => {
        this.flushPending();
        mutate();
      });
      return;
    }
    const at = secondsToCycle(this.tempo, this.clock.now() + this.blockDuration, 'ceil').ceil();
    if (at.gt(this.queriedTo)) this.pending.push({ at, apply: mutate });
    else this.swapAt(at, mutate);
  }

  /** An evaluation from cycle `at` (or the soonest cycle that can still be heard, if `at` is past). */
  private evaluateAt(at: Rational, mutate: () => void): void {
    const soonest = this.soonest();
    const from = at.gt(soonest) ? at : soonest;
    if (from.gt(this.queriedTo)) {
      const i = this.pending.findIndex((p) => p.at.gt(from));
      this.pending.splice(i === -1 ? this.pending.length : i, 0, { at: from, apply: mutate });
    } else this.swapAt(from, mutate);
  }

  private flushPending(): void {
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) p.apply();
  }

  private swapNow(mutate: () => void): void {
    if (!this.running) return mutate();
    this.swapAt(secondsToCycle(this.tempo, this.clock.now() + this.blockDuration, 'ceil'), mutate);
  }

  /**
   * Applies a change to the blocks from cycle `at`: the blocks whose sound changed (another
   * pattern, muted, unmuted) have their events from `at` cancelled and the new ones sent.
   */
  private swapAt(at: Rational, mutate: () => void): void {
    const before = this.store.audible();
    mutate();
    const after = this.store.audible();
    if (!at.lt(this.queriedTo)) return;
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((label) => before.get(label) !== after.get(label));
    const carried: Sent[] = [];
    for (const label of changed) if (before.has(label)) carried.push(...this.cancel(at, label));
    const playing = changed.filter((label) => after.has(label));
    if (playing.length > 0 || carried.length > 0) this.emit(playing, at, this.queriedTo, carried);
  }

  /** A tempo change at `at`, inside what was already sent: every block is cancelled and sent again. */
  private retime(at: Rational, cps: number): void {
    const carried = this.cancel(at, undefined);
    this.tempo = withCps(this.tempo, at, cps);
    this.emit(undefined, at, this.queriedTo, carried);
  }

  /**
   * Cancels the sent events of `label` (of all blocks when undefined) that start at or after
   * cycle `at`; returns those the sink drops although they start before `at` (closer to it than
   * {@link CANCEL_MARGIN}), to be sent again.
   */
  private cancel(at: Rational, label: string | undefined): Sent[] {
    const time = cycleToSeconds(this.tempo, at) - CANCEL_MARGIN;
    this.sink.cancelAfter(time, label);
    const kept: Sent[] = [];
    const carried: Sent[] = [];
    for (const s of this.sent) {
      if ((label === undefined || s.event.block === label) && s.event.time > time) {
        if (s.onset.lt(at)) carried.push(s);
      } else kept.push(s);
    }
    this.sent = kept;
    return carried;
  }

  /**
   * Renders `[from, to)` for the given blocks (all audible ones when undefined) and sends the
   * events, after the `carried` ones. A `cps` control met while re-rendering only some blocks
   * turns into a {@link retime} of all of them.
   */
  private emit(labels: readonly string[] | undefined, from: Rational, to: Rational, carried: Sent[]): void {
    const audible = [...this.store.audible().keys()];
    const chosen = labels === undefined ? audible : audible.filter((label) => labels.includes(label));
    const partial = chosen.length < audible.length;
    const rendered = renderSpan(chosen.map((label) => this.source(label)), from, to, this.tempo, () => this.nextId++, partial);
    this.tempo = rendered.tempo;
    const now = this.clock.now();
    const fresh = rendered.events.map((event, i): Sent => ({ event, onset: rendered.onsets[i]! }));
    for (const { event } of fresh) if (event.time < now) this.late++;
    this.scheduled += fresh.length;
    const out = [...carried, ...fresh];
    this.sent.push(...out);
    if (out.length > 0) {
      const events = out.map((s) => s.event);
      this.sink.schedule(events);
      this.onHaps?.(events);
    }
    if (rendered.stoppedAt !== undefined) this.retime(rendered.stoppedAt.cycle, rendered.stoppedAt.cps);
  }

  /** A block as a hap source: a query that throws reverts the block and is answered by the fallback. */
  private source(label: string): HapSource {
    return {
      label,
      onsets: (from, to) => {
        for (;;) {
          const pattern = this.store.pattern(label);
          if (pattern === undefined) return [];
          try {
            return queryOnsets(pattern, from, to);
          } catch (error) {
            this.store.revert(label);
            this.onError?.(error, label);
          }
        }
      },
    };
  }
}

/** `map` up to cycle `at`, then `wanted` from there: where a followed clock takes over. */
function followed(map: TempoMap, wanted: TempoMap, at: Rational): TempoMap {
  const start = withAnchor(map, at, cycleToSeconds(wanted, at), cpsAt(wanted, at));
  return { segments: [...start.segments, ...wanted.segments.filter((seg) => seg.cycle.gt(at))] };
}
