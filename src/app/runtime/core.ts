/**
 * The runtime worker's logic, free of worker globals so that Node can test it: evaluates the
 * performer's code, keeps the performance in a {@link BlockBook}, runs the {@link Scheduler} on the
 * audio clock estimated from the worklet's stamps, and posts events straight to the worklet.
 */
import { declaredSounds, type Seconds } from '../../audio/index.ts';
import { EvalError, evaluate, lineColumn, type Evaluation } from '../../eval/index.ts';
import { Pattern, Rational } from '../../pattern/index.ts';
import { CANCEL_MARGIN, Scheduler, cycleToSeconds, secondsToCycle, tempoMap, type TempoSegment } from '../../scheduler/index.ts';
import { AudioClock } from './clock.ts';
import { EngineSink, type EnginePort } from './engine-sink.ts';
import type { FunctionGuard } from './isolation.ts';
import {
  readToRuntime,
  type CodeError,
  type EvaluateCommand,
  type FromRuntime,
  type InitMessage,
  type RestoreState,
  type RuntimeSettings,
  type RuntimeStatus,
  type TempoAnchor,
  type ToRuntime,
} from './messages.ts';
import { BlockBook, messageOf, toDocument, type Entry, type Wrap } from './sources.ts';

/**
 * Playback starts (and a restored performance resumes) this long after now, not one block after:
 * audio is rendered in bursts of several blocks, and the first events must not arrive after the
 * worklet has rendered past them.
 */
export const START_DELAY: Seconds = 0.05;

/** Event ids of worker generation `g` start at `g * GENERATION_IDS`, so ids stay unique across restarts. */
export const GENERATION_IDS = 2 ** 36;

/** What the core needs from the thread it runs on. */
export interface RuntimeHost {
  /** Posts to the main thread. */
  post(message: FromRuntime): void;
  /** Opens the engine port that {@link InitMessage} carried; `receive` gets what the worklet posts. */
  connect(port: MessagePort, receive: (data: unknown) => void): EnginePort;
  /** Milliseconds of a monotonic clock (`performance.now()`). */
  now(): number;
  /** Milliseconds on a clock shared with the main thread (`performance.timeOrigin + performance.now()`). */
  epoch(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** The guard that lets the evaluator (only) compile code; none in tests. */
  guard?: FunctionGuard;
  /** Names added to the DSL for performer code. */
  scope?: Readonly<Record<string, unknown>>;
}

/** Performer code that touches every stage of evaluation, run once so the first real one is fast. */
const WARM_UP = `setcps(0.5)
$: note("c3 [e3 g3]*2 <b3 d4>").s("sawtooth").lpf(sine.range(400, 2000)).every(2, x => x.fast(2))
drums: s("bd*2 [~ sd] hh*4").bank("x").gain(0.8)`;

/**
 * The runtime worker's state and message handling. The worker entry feeds it messages from the
 * main thread ({@link receive}); the engine port's messages arrive through the host's `connect`.
 */
export class RuntimeCore {
  private readonly host: RuntimeHost;
  private readonly scope: Readonly<Record<string, unknown>>;
  private readonly clock = new AudioClock();
  private readonly book = new BlockBook();
  private settings: RuntimeSettings | undefined;
  private sink: EngineSink | undefined;
  private scheduler: Scheduler | undefined;
  /** Playback was asked for but waits for the clock to settle (see {@link AudioClock.settled}). */
  private startWanted = false;
  /** Where a restored performance continues in phase. */
  private resumeAt: TempoAnchor | undefined;
  /** When playback (re)started: until then the scheduler sees the clock at one block before it. */
  private startTime: Seconds = -Infinity;
  /** Audio time of the last tick: events are queued up to it plus the lookahead. */
  private lastTick: Seconds = 0;
  private snapshotDirty = false;
  /** The block last announced as being queried since the last heartbeat. */
  private mark: string | undefined;
  private handle: unknown;
  /** Commands handled (for the client's resending after a restart). */
  private handled = 0;

  constructor(host: RuntimeHost) {
    this.host = host;
    this.scope = { ...host.scope };
  }

  /** Evaluates and queries a typical performance once (JIT warm-up), before any real evaluation. */
  warmUp(): void {
    try {
      this.run(WARM_UP, 0.5).pattern.queryArc(0, 4);
    } catch {
      // A warm-up that fails only leaves the first evaluation slower.
    }
  }

  /** Handles a message from the main thread. */
  receive(data: unknown): void {
    const message = readToRuntime(data);
    if (message === undefined) return;
    if (message.type === 'init') this.init(message);
    else if (this.scheduler !== undefined) {
      this.command(message, this.scheduler);
      this.handled++;
    }
    this.flush();
  }

  /** One tick: sends what is due, then the status (the watchdog's heartbeat). */
  tick(): void {
    const scheduler = this.scheduler;
    if (scheduler === undefined) return;
    if (scheduler.status().running) {
      scheduler.tick();
      this.lastTick = this.now();
    }
    this.flush();
    this.host.post({ type: 'status', status: this.status(), handled: this.handled });
    this.mark = undefined;
  }

  /** The status the heartbeat carries. */
  status(): RuntimeStatus {
    const scheduler = this.scheduler;
    const now = this.now();
    if (scheduler === undefined) {
      return { running: false, cps: 0.5, cycle: 0, time: now, ahead: 0, eventsScheduled: 0, eventsLate: 0, tempo: { cycle: '0', time: 0, cps: 0.5 } };
    }
    const s = scheduler.status();
    const segment = segmentAt(scheduler.tempoMap.segments, now);
    return {
      running: s.running,
      cps: s.cps,
      cycle: s.cycle,
      time: now,
      ahead: this.ahead(),
      eventsScheduled: s.eventsScheduled,
      eventsLate: s.eventsLate,
      tempo: { cycle: segment.cycle.toString(), time: segment.time, cps: segment.cps },
    };
  }

  private now(): Seconds {
    return this.clock.now(this.host.now());
  }

  private ahead(): Seconds {
    const running = this.scheduler?.status().running ?? false;
    return running ? Math.max(0, this.lastTick + (this.settings?.lookahead ?? 0) - this.now()) : 0;
  }

  private init(message: InitMessage): void {
    if (this.scheduler !== undefined) return;
    const settings = message.settings;
    this.settings = settings;
    const port = this.host.connect(message.port, (data) => this.fromEngine(data));
    const sink = new EngineSink(port, {
      post: (m) => this.host.post(m),
      idBase: message.generation * GENERATION_IDS,
      offsetOf: (block) => this.book.current(block)?.entry.block?.from ?? 0,
      epoch: () => this.host.epoch(),
    });
    this.sink = sink;
    this.scheduler = new Scheduler({
      // Changes made before the start time apply from the start (never to cycles before it).
      clock: { now: () => Math.max(this.now(), this.startTime - (this.scheduler?.blockDuration ?? 0)) },
      sink,
      lookahead: settings.lookahead,
      interval: settings.interval,
      sampleRate: settings.sampleRate,
      blockSize: settings.blockSize,
      timer: null,
      onError: (error, label) => this.queryFailed(error, label),
    });
    if (message.restore !== undefined) this.restore(message.restore, this.scheduler);
    this.handle = this.host.setInterval(() => this.tick(), settings.interval * 1000);
  }

  /** Stops ticking (a worker is terminated instead; this is for tests). */
  dispose(): void {
    if (this.handle !== undefined) this.host.clearInterval(this.handle);
    this.handle = undefined;
  }

  private command(message: Exclude<ToRuntime, InitMessage>, scheduler: Scheduler): void {
    switch (message.type) {
      case 'evaluate':
        this.evaluate(message, scheduler);
        return;
      case 'mute':
        scheduler.mute(message.label);
        this.book.choices.mute(message.label);
        break;
      case 'unmute':
        scheduler.unmute(message.label);
        this.book.choices.unmute(message.label);
        break;
      case 'solo':
        scheduler.solo(message.label);
        this.book.choices.solo(message.label);
        break;
      case 'unsolo':
        scheduler.unsolo(message.label);
        this.book.choices.unsolo(message.label);
        break;
      case 'hush':
        scheduler.hush();
        this.book.clear();
        this.sink?.hush();
        break;
      case 'stop':
        this.startWanted = false;
        this.resumeAt = undefined;
        scheduler.stop();
        break;
      case 'start':
        this.begin(scheduler);
        return;
      case 'setCps':
        scheduler.setCps(message.cps);
        return;
    }
    this.snapshotDirty = true;
  }

  /** Evaluates code and swaps what it sets in, or reports where it is wrong (nothing changes then). */
  private evaluate(message: EvaluateCommand, scheduler: Scheduler): void {
    const received = this.host.epoch();
    this.host.post({ type: 'evaluating', id: message.id, ahead: this.ahead() });
    const before = scheduler.status();
    let evaluation: Evaluation;
    try {
      evaluation = this.run(message.code, before.cps);
    } catch (error) {
      this.host.post({ type: 'error', id: message.id, ...this.evaluationError(message, error) });
      return;
    }
    try {
      const entry: Entry = message.block === undefined
        ? { id: message.id, code: message.code, evaluation }
        : { id: message.id, code: message.code, block: message.block, evaluation };
      const blocks = this.book.assign(entry, this.wrap);
      const quantize = message.quantize ?? false;
      const swapTime = before.running ? this.swapTime(scheduler, quantize) : undefined;
      // Declared before the events that use them, so a first hit reports "still loading".
      if (evaluation.samples.length > 0) this.sink?.declareSamples(declaredSounds(evaluation.samples));
      const firstEvent = this.sink?.measure(() => {
        if (evaluation.cps !== before.cps) scheduler.setCps(evaluation.cps);
        scheduler.setBlocks(this.book.specs(), { quantize });
        if (!before.running) this.begin(scheduler);
      });
      const started = !before.running && scheduler.status().running ? segmentAt(scheduler.tempoMap.segments, -Infinity).time : undefined;
      const reply: FromRuntime = { type: 'evaluated', id: message.id, blocks, cps: evaluation.cps, received, samples: [...evaluation.samples] };
      const time = swapTime ?? started;
      if (time !== undefined) reply.swapTime = time;
      if (firstEvent !== undefined) reply.firstEvent = firstEvent;
      this.host.post(reply);
      this.snapshotDirty = true;
    } catch (error) {
      this.host.post({ type: 'error', id: message.id, ...whole(message, `weft failed to play this code: ${messageOf(error)}`) });
    }
  }

  /** When a swap made now is heard: one block from now, or the next cycle start when quantized. */
  private swapTime(scheduler: Scheduler, quantize: boolean): Seconds {
    const time = this.now() + scheduler.blockDuration;
    if (!quantize) return time;
    return cycleToSeconds(scheduler.tempoMap, secondsToCycle(scheduler.tempoMap, time, 'ceil').ceil());
  }

  /** Runs performer code (the one place it is compiled). */
  private run(code: string, cps: number): Evaluation {
    const go = (): Evaluation => evaluate(code, { scope: this.scope, cps });
    return this.host.guard === undefined ? go() : this.host.guard.allowOnce(go);
  }

  private evaluationError(message: EvaluateCommand, error: unknown): CodeError {
    if (error instanceof EvalError) {
      return toDocument(message.block, { message: error.message, line: error.line, column: error.column, from: error.from, to: error.to });
    }
    return whole(message, messageOf(error));
  }

  /** Starts playback (in phase with a restored performance), as soon as the clock has a stamp. */
  private begin(scheduler: Scheduler): void {
    this.startWanted = true;
    if (!this.clock.settled || scheduler.status().running) return;
    this.startWanted = false;
    const anchor = this.resumeAt;
    this.resumeAt = undefined;
    if (anchor === undefined) {
      this.startTime = this.now() + START_DELAY;
      scheduler.start({ time: this.startTime });
    } else {
      // Continue the previous worker's cycles from a little after now; what it queued from there goes.
      const map = tempoMap(anchor.cps, anchor.time, Rational.from(anchor.cycle));
      const cycle = secondsToCycle(map, this.now() + START_DELAY, 'ceil');
      const time = cycleToSeconds(map, cycle);
      this.sink?.cancelAfter(time - CANCEL_MARGIN);
      this.startTime = time;
      scheduler.setCps(anchor.cps);
      scheduler.start({ time, cycle });
    }
    this.lastTick = this.now();
  }

  private restore(state: RestoreState, scheduler: Scheduler): void {
    const entries = new Map<number, Entry>();
    for (const e of state.snapshot.entries) {
      try {
        const evaluation = this.run(e.code, state.cps);
        entries.set(e.id, e.block === undefined ? { id: e.id, code: e.code, evaluation } : { id: e.id, code: e.code, block: e.block, evaluation });
      } catch {
        // It evaluated before; if it no longer does, its blocks are silent.
      }
    }
    const { fallbacks, currents } = this.book.restore(state.snapshot, entries, this.wrap);
    scheduler.setBlocks(fallbacks);
    scheduler.setBlocks(currents);
    const { mutes, solos } = this.book.controls();
    for (const label of mutes) scheduler.mute(label);
    for (const label of solos) scheduler.solo(label);
    scheduler.setCps(state.cps);
    this.snapshotDirty = true;
    if (state.running) {
      this.resumeAt = state.tempo;
      this.begin(scheduler);
    }
  }

  /** Marks each block's pattern so that a query that never returns can be blamed on its block. */
  private readonly wrap: Wrap = (label, pattern) =>
    new Pattern((state) => {
      if (this.mark !== label) {
        this.mark = label;
        this.host.post({ type: 'querying', label });
      }
      return pattern.query(state);
    }, pattern.steps);

  private queryFailed(error: unknown, label: string): void {
    const { failed, reverted } = this.book.revert(label);
    const where: CodeError = failed === undefined ? { message: messageOf(error), line: 1, column: 1, from: 0, to: 0 } : this.book.locate(failed, error);
    this.host.post({ type: 'queryError', label, reverted, ...where });
    this.snapshotDirty = true;
  }

  private fromEngine(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const { type, time } = data as { type?: unknown; time?: unknown };
    if (type !== 'stats' || typeof time !== 'number' || this.settings === undefined) return;
    // The stamp is the start of the block just rendered; the block itself has been rendered too.
    this.clock.stamp(time + this.settings.blockSize / this.settings.sampleRate, this.host.now());
    if (this.startWanted && this.scheduler !== undefined) {
      this.begin(this.scheduler);
      this.flush();
    }
  }

  /** Posts the batched haps and cancels, and the snapshot if the performance changed. */
  private flush(): void {
    this.sink?.flush();
    if (this.snapshotDirty) {
      this.snapshotDirty = false;
      this.host.post({ type: 'snapshot', snapshot: this.book.snapshot() });
    }
  }
}

/** The segment of a tempo map in force at audio time `time`. */
function segmentAt(segments: readonly TempoSegment[], time: Seconds): TempoSegment {
  let found = segments[0]!;
  for (const segment of segments) if (segment.time <= time) found = segment;
  return found;
}

/** An error that covers the whole evaluated code. */
function whole(message: EvaluateCommand, text: string): CodeError {
  const { line, column } = lineColumn(message.code, 0);
  return toDocument(message.block, { message: text, line, column, from: 0, to: message.code.length });
}
