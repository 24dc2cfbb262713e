/**
 * The runtime worker's logic, free of worker globals so that Node can test it. It runs none of
 * the performer's code: the performer realm ({@link PerformerLink}) evaluates it and answers
 * queries with plain data. Here the performance is kept in a {@link BlockBook}, the known onsets
 * of each pattern in {@link Sources}, the {@link Scheduler} runs on the audio clock estimated
 * from the worklet's stamps, and events go straight to the worklet.
 */
import type { Seconds } from '../../audio/index.ts';
import { declaredSounds } from '../../audio/sample-map.ts';
import { readFromWorklet } from '../../audio/worklet/replies.ts';
import { Rational } from '../../pattern/rational.ts';
import { CANCEL_MARGIN, Scheduler, cycleToSeconds, secondsToCycle, tempoMap } from '../../scheduler/index.ts';
import type { Time } from '../performer/protocol.ts';
import { AudioClock } from './clock.ts';
import { EngineSink, type EnginePort } from './engine-sink.ts';
import { evaluationProblem, replacedProblem } from './problems.ts';
import {
  readToRuntime,
  type BlockInfo,
  type EvaluateCommand,
  type FromRuntime,
  type InitMessage,
  type RestoreState,
  type RuntimeSettings,
  type RuntimeStatus,
  type TempoAnchor,
  type ToRuntime,
} from './messages.ts';
import { PerformerLink, type EvaluateOutcome, type SpawnPerformer } from './performer-link.ts';
import { BlockBook, placedCalls, toDocument, type Entry } from './sources.ts';
// From the module itself, not the layer's index: this worker loads no evaluator.
import { hardEvaluationLimit } from '../../eval/budget.ts';
import { CHECK_AHEAD, FILL_AHEAD, Sources } from './pattern-sources.ts';
import { FILL_LIMIT, FILL_LIMIT_PER_QUERY, GENERATION_IDS, START_DELAY, segmentAt, statusOf, swapTime as swapTimeOf, type RuntimeHost } from './host.ts';

const time = (t: Rational): Time => [t.n, t.d];
const anchorOf = (a: TempoAnchor) => ({ cycle: Rational.from(a.cycle), time: a.time, cps: a.cps });

/**
 * The runtime worker's state and message handling. The worker entry feeds it messages from the
 * main thread ({@link receive}); the engine port's messages arrive through the host's `connect`,
 * the performer realm's through the link.
 */
export class RuntimeCore {
  private readonly host: RuntimeHost;
  private readonly clock = new AudioClock();
  private readonly book = new BlockBook();
  private readonly link: PerformerLink;
  private readonly sources: Sources;
  private settings: RuntimeSettings | undefined;
  private sink: EngineSink | undefined;
  private scheduler: Scheduler<BlockBook> | undefined;
  /** Playback was asked for but waits for the clock to settle (see {@link AudioClock.settled}). */
  private startWanted = false;
  /** Where a restored performance continues in phase. */
  private resumeAt: TempoAnchor | undefined;
  /** The room's tempo map, when following one: playback starts in phase with it, and code sets no tempo. */
  private following: readonly TempoAnchor[] | undefined;
  /** When playback (re)started: until then the scheduler sees the clock at one block before it. */
  private startTime: Seconds = -Infinity;
  /** Audio time of the last tick: events are queued up to it plus the lookahead. */
  private lastTick: Seconds = 0;
  private snapshotDirty = false;
  private handle: unknown;
  /** Commands handled (for the client's resending after a restart). */
  private handled = 0;
  /** Evaluations that a hush or a stop overtook: their answers no longer start or set anything. */
  private overtaken = new Set<number>();
  private inFlight = new Set<number>();

  constructor(host: RuntimeHost) {
    this.host = host;
    this.link = new PerformerLink({
      spawn: host.spawnPerformer,
      now: () => host.now(),
      evaluationLimit: (code) => hardEvaluationLimit(code),
      fillLimit: (queries) => FILL_LIMIT + FILL_LIMIT_PER_QUERY * queries,
      entries: () => this.sources.entriesToRestore(),
      cps: () => this.scheduler?.status().cps ?? 0.5,
      onReplaced: (why) => this.sources.replaced(why),
      onRestoreFailed: (entries) => this.sources.restoreFailed(entries),
    });
    this.sources = new Sources({
      link: this.link,
      book: this.book,
      scheduler: () => this.scheduler,
      now: () => host.now(),
      report: (message) => this.host.post(message),
      changed: () => (this.snapshotDirty = true),
      arrived: () => {
        // Sent at once rather than at the next tick; the status follows, so its counts match.
        if (this.scheduler?.status().running !== true) return;
        this.scheduler.tick();
        this.lastTick = this.now();
        this.flush();
        this.heartbeat();
      },
    });
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

  /** One tick: checks the performer realm, sends what is due, asks for more, then posts the status (the heartbeat). */
  tick(): void {
    const scheduler = this.scheduler;
    if (scheduler === undefined) return;
    this.link.check();
    if (scheduler.status().running) {
      scheduler.tick();
      this.lastTick = this.now();
    }
    this.sources.fill(this.now(), this.settings?.lookahead ?? 0);
    this.flush();
    this.heartbeat();
  }

  /** Posts the status (what the watchdog listens for), after the haps it counts. */
  private heartbeat(): void {
    this.host.post({ type: 'status', status: this.status(), handled: this.handled });
  }

  /** The status the heartbeat carries. */
  status(): RuntimeStatus {
    return statusOf(this.scheduler, this.now(), this.ahead(), this.link.replacements);
  }

  private now(): Seconds {
    return this.clock.now(this.host.now());
  }

  /** The scheduler's now: changes made before the start time apply from the start (never to cycles before it). */
  private schedulerNow(scheduler: Scheduler<BlockBook> | undefined): Seconds {
    return Math.max(this.now(), this.startTime - (scheduler?.blockDuration ?? 0));
  }

  private ahead(): Seconds {
    const running = this.scheduler?.status().running ?? false;
    return running ? Math.max(0, this.lastTick + (this.settings?.lookahead ?? 0) - this.now()) : 0;
  }

  private init(message: InitMessage): void {
    if (this.scheduler !== undefined) return;
    this.link.start();
    const settings = message.settings;
    this.settings = settings;
    const port = this.host.connect(message.port, (data) => this.fromEngine(data));
    if (message.clock !== undefined) this.host.connect(message.clock, (data) => this.fromEngine(data));
    const sink = new EngineSink(port, {
      post: (m) => this.host.post(m),
      idBase: message.generation * GENERATION_IDS,
      offsetOf: (block) => this.book.current(block)?.entry.block?.from ?? 0,
      keyOf: (block) => this.book.current(block)?.entry.key,
      epoch: () => this.host.epoch(),
      resolver: () => this.host.resolver(),
    });
    this.sink = sink;
    this.scheduler = new Scheduler({
      store: this.book,
      clock: { now: () => this.schedulerNow(this.scheduler) },
      sink,
      lookahead: settings.lookahead,
      interval: settings.interval,
      sampleRate: settings.sampleRate,
      blockSize: settings.blockSize,
      timer: null,
      horizon: () => this.sources.horizon(),
      onError: (error, label) => this.sources.unexpected(error, label),
    });
    if (message.restore !== undefined) this.restore(message.restore, this.scheduler);
    this.handle = this.host.setInterval(() => this.tick(), settings.interval * 1000);
  }

  /** Stops ticking and ends the performer realms (a worker is terminated instead; this is for tests). */
  dispose(): void {
    if (this.handle !== undefined) this.host.clearInterval(this.handle);
    this.handle = undefined;
    this.link.dispose();
  }

  private command(message: Exclude<ToRuntime, InitMessage>, scheduler: Scheduler<BlockBook>): void {
    const { choices } = this.book;
    switch (message.type) {
      case 'evaluate':
        // The resolver loads while the realm evaluates, not after: the first events are not late.
        this.sink?.prepare();
        this.evaluate(message, scheduler);
        return;
      case 'mute':
        scheduler.change(() => choices.mute(message.label));
        break;
      case 'unmute':
        scheduler.change(() => choices.unmute(message.label));
        break;
      case 'solo':
        scheduler.change(() => choices.solo(message.label));
        break;
      case 'unsolo':
        scheduler.change(() => choices.unsolo(message.label));
        break;
      case 'hush':
        for (const id of this.inFlight) this.overtaken.add(id);
        scheduler.hushWith(() => this.book.clear());
        this.sources.prune();
        this.sink?.hush();
        break;
      case 'stop':
        for (const id of this.inFlight) this.overtaken.add(id);
        this.startWanted = false;
        this.resumeAt = undefined;
        scheduler.stop();
        break;
      case 'start':
        this.sink?.prepare();
        this.sources.restartAt(Rational.int(0));
        this.begin(scheduler);
        return;
      case 'setCps':
        if (this.following === undefined) scheduler.setCps(message.cps);
        return;
      case 'follow':
        this.following = message.tempo;
        if (message.tempo !== undefined && scheduler.status().running) scheduler.follow(message.tempo.map(anchorOf));
        return;
      case 'slider':
        this.slide(message.id, message.value, scheduler);
        return;
      case 'midiIn':
        this.replay(this.link.midiIn(message.key, message.value), scheduler);
        return;
    }
    this.snapshotDirty = true;
  }

  /**
   * A slider moved: the realm sets it, the patterns of its evaluation are asked again from one
   * audio block after now, and what was sent from there is sent again (no evaluation).
   */
  private slide(id: string, value: number, scheduler: Scheduler<BlockBook>): void {
    const match = /^(\d+):(\d+)$/.exec(id);
    if (match === null) return;
    const entry = Number(match[1]);
    this.link.slider(entry, Number(match[2]), value);
    this.replay([entry], scheduler);
  }

  /**
   * The patterns of evaluations `entries` play other values from now (a slider moved, a MIDI
   * input changed): they are asked again from one audio block after now, and what was sent from
   * there is sent again once known (no evaluation).
   */
  private replay(entries: readonly number[], scheduler: Scheduler<BlockBook>): void {
    if (entries.length === 0) return;
    const at = scheduler.status().running ? scheduler.soonest() : scheduler.sentTo;
    for (const entry of entries) this.sources.refresh(entry, at, (labels) => scheduler.resend(labels, at));
    this.flush();
  }

  /**
   * Sends code to the performer realm, with the window its patterns are checked over: from where a
   * swap made now could be heard to as far as the scheduler will soon have sent. The answer is
   * handled by {@link evaluated}; meanwhile everything plays on.
   */
  private evaluate(message: EvaluateCommand, scheduler: Scheduler<BlockBook>): void {
    const received = this.host.epoch();
    this.host.post({ type: 'evaluating', id: message.id, ahead: this.ahead() });
    const status = scheduler.status();
    const now = this.schedulerNow(scheduler);
    const from = status.running ? secondsToCycle(scheduler.tempoMap, now + scheduler.blockDuration) : this.startCycle();
    const to = status.running
      ? secondsToCycle(scheduler.tempoMap, now + scheduler.lookahead + CHECK_AHEAD, 'ceil')
      : from.add(Rational.fromNumber(Math.ceil((scheduler.lookahead + CHECK_AHEAD) * status.cps * 64) / 64));
    this.inFlight.add(message.id);
    // Code that may take longer to evaluate than the known onsets last: know them further ahead first.
    const limit = hardEvaluationLimit(message.code) / 1000;
    if (limit > FILL_AHEAD - 1) this.sources.fill(this.now(), scheduler.lookahead, limit + 1);
    this.link.evaluate({ id: message.id, code: message.code, cps: status.cps, window: { from: time(from), to: time(to) } }, (outcome) => {
      this.inFlight.delete(message.id);
      this.evaluated(message, from, to, outcome, received);
      this.flush();
    });
  }

  /** Takes the realm's answer to an evaluation: swaps in the blocks that passed their check. */
  private evaluated(message: EvaluateCommand, from: Rational, to: Rational, outcome: EvaluateOutcome, received: number): void {
    const scheduler = this.scheduler;
    if (scheduler === undefined) return;
    if (outcome.type === 'failed') {
      this.host.post({ type: 'error', id: message.id, ...toDocument(message.block, outcome.error) });
      return;
    }
    if (outcome.type === 'replaced') {
      this.host.post({ type: 'error', id: message.id, ...toDocument(message.block, replacedProblem(message.code, outcome.why)) });
      return;
    }
    const overtaken = this.overtaken.delete(message.id);
    const { type: _type, quantize: _quantize, cycle: _cycle, ...sent } = message;
    const entry: Entry = { ...sent, blocks: outcome.blocks };
    const caches = this.sources.checked(entry, from, to, outcome.checks);
    const { set, kept, apply } = this.book.plan(entry, (_e, index) => caches.get(index));
    const before = scheduler.status();
    const quantize = message.quantize ?? false;
    const swapTime = !before.running ? undefined : message.cycle === undefined ? swapTimeOf(scheduler, this.now(), quantize) : cycleToSeconds(scheduler.tempoMap, Rational.int(message.cycle));
    // Declared before the events that use them, so a first hit reports "still loading".
    if (outcome.samples.length > 0) this.sink?.declareSamples(declaredSounds(outcome.samples));
    // Kept filled until the store takes them (at once, or at the next cycle when quantized).
    this.sources.await(caches.values());
    const firstEvent = this.sink?.measure(() => {
      if (outcome.cps !== before.cps && this.following === undefined) scheduler.setCps(outcome.cps);
      scheduler.update(() => {
        apply();
        this.sources.settled(caches.values());
        this.sources.prune();
        this.snapshotDirty = true;
      }, message.cycle === undefined ? { quantize } : { at: Rational.int(message.cycle) });
      if (!before.running && !overtaken) this.begin(scheduler);
    });
    const started = !before.running && scheduler.status().running ? segmentAt(scheduler.tempoMap.segments, -Infinity).time : undefined;
    const blocks: BlockInfo[] = set;
    const reply: FromRuntime = { type: 'evaluated', id: message.id, blocks, cps: outcome.cps, received, samples: [...outcome.samples], ...placedCalls(message, outcome) };
    const at = swapTime ?? started;
    if (at !== undefined) reply.swapTime = at;
    if (firstEvent !== undefined) reply.firstEvent = firstEvent;
    // The store's new state first: the main thread's mirror has it when the evaluation is answered.
    this.postSnapshot();
    this.host.post(reply);
    // Reported after the evaluation, which would otherwise clear them.
    for (const k of kept) {
      const check = outcome.checks[k.index < 0 ? 0 : k.index];
      if (check === undefined || !('error' in check)) continue;
      this.host.post({ type: 'queryError', label: k.label, reverted: k.reverted, ...toDocument(message.block, evaluationProblem(check.error)) });
    }
    this.snapshotDirty = true;
  }

  /** The cycle playback will start from (a restored performance's, or 0). */
  private startCycle(): Rational {
    const anchor = this.resumeAt ?? this.following?.[0];
    if (anchor === undefined) return Rational.int(0);
    const map = tempoMap(anchor.cps, anchor.time, Rational.from(anchor.cycle));
    return secondsToCycle(map, this.now() + START_DELAY, 'ceil');
  }

  /** Starts playback (in phase with a restored performance), as soon as the clock has a stamp. */
  private begin(scheduler: Scheduler<BlockBook>): void {
    this.startWanted = true;
    if (!this.clock.settled || scheduler.status().running) return;
    this.startWanted = false;
    // A room's clock wins over where a restored performance was.
    const anchor = this.following?.[0] ?? this.resumeAt;
    this.resumeAt = undefined;
    if (anchor === undefined) {
      this.startTime = this.now() + START_DELAY;
      scheduler.start({ time: this.startTime });
    } else {
      // Continue the previous worker's cycles from a little after now; what it queued from there goes.
      const map = tempoMap(anchor.cps, anchor.time, Rational.from(anchor.cycle));
      const cycle = secondsToCycle(map, this.now() + START_DELAY, 'ceil');
      const at = cycleToSeconds(map, cycle);
      this.sink?.cancelAfter(at - CANCEL_MARGIN);
      this.startTime = at;
      this.sources.restartAt(cycle);
      scheduler.setCps(anchor.cps);
      scheduler.start({ time: at, cycle });
      // A room's tempo changes to come.
      if (this.following !== undefined) scheduler.follow(this.following.map(anchorOf));
    }
    this.lastTick = this.now();
  }

  /** Rebuilds a performance another runtime worker played: the realm evaluates its code again first. */
  private restore(state: RestoreState, scheduler: Scheduler<BlockBook>): void {
    scheduler.setCps(state.cps);
    if (state.running) this.resumeAt = state.tempo;
    this.sources.restore(state.snapshot, state.cps, this.startCycle(), () => {
      this.snapshotDirty = true;
      if (state.running) this.begin(scheduler);
      this.flush();
    });
  }

  private fromEngine(data: unknown): void {
    const message = readFromWorklet(data);
    // The engine's stats and, until the engine is there, the clock worklet's stamps.
    if ((message?.type !== 'stats' && message?.type !== 'clock') || this.settings === undefined) return;
    // The engine runs (it is made with the first click): what turns events into voices loads now, if code has not asked for it yet.
    if (message.type === 'stats') this.sink?.prepare();
    // The stamp is the start of the block just rendered; the block itself has been rendered too.
    this.clock.stamp(message.time + this.settings.blockSize / this.settings.sampleRate, this.host.now());
    if (this.startWanted && this.scheduler !== undefined) {
      this.begin(this.scheduler);
      this.flush();
    }
  }

  /** Posts the batched haps and cancels, and the snapshot if the performance changed. */
  private flush(): void {
    this.sink?.flush();
    this.postSnapshot();
  }

  /** Posts the store's state if it changed since it was last posted. */
  private postSnapshot(): void {
    if (!this.snapshotDirty) return;
    this.snapshotDirty = false;
    this.host.post({ type: 'snapshot', snapshot: this.book.snapshot() });
  }
}
