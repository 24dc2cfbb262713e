// A RuntimeCore on a fake thread: a settable clock, the messages it posts, and a model of the
// engine worklet's queue (schedule adds, cancelAfter and hush remove) to read what would play.
import { V, VOICE_STRIDE, type CodeRange, type EngineError, type VoiceBatch } from '../../../src/audio/index.ts';
import type { ToWorklet } from '../../../src/audio/worklet/index.ts';
import { VoiceResolver } from '../../../src/audio/voices/resolve.ts';
import { RuntimeCore } from '../../../src/app/runtime/core.ts';
import type { FromRuntime, RestoreState, RuntimeSettings } from '../../../src/app/runtime/messages.ts';
import type { PerformerWorker } from '../../../src/app/runtime/performer-link.ts';
import { readToPerformer, type ToPerformer } from '../../../src/app/performer/protocol.ts';
import { PerformerRealm } from '../../../src/app/performer/realm.ts';
import { sucraseStripper } from '../../../src/eval/strip-types.ts';

export const SETTINGS: RuntimeSettings = { lookahead: 1, interval: 0.05, sampleRate: 48000, blockSize: 128 };
const BLOCK = SETTINGS.blockSize / SETTINGS.sampleRate;

/**
 * A voice in the worklet's queue, read back from its record: the event's id, time, block and
 * code ranges, and its sound name (as `controls.s`, the one control a record keeps as text).
 */
export interface QueuedVoice {
  id: number;
  time: number;
  block?: string;
  locations: CodeRange[];
  controls: { s?: string };
}

/** The voices of a batch, read back (see {@link QueuedVoice}). */
function readBatch(batch: VoiceBatch): QueuedVoice[] {
  return Array.from({ length: batch.count }, (_, i) => {
    const at = i * VOICE_STRIDE;
    const field = (f: keyof typeof V): number => batch.data[at + V[f]]!;
    const start = field('rangeStart');
    const locations = Array.from({ length: field('rangeCount') }, (_, k) => ({ start: batch.ranges[start + 2 * k]!, end: batch.ranges[start + 2 * k + 1]! }));
    const voice: QueuedVoice = { id: field('eventId'), time: field('time'), locations, controls: {} };
    if (field('block') >= 0) voice.block = batch.strings[field('block')]!;
    if (field('name') >= 0) voice.controls.s = batch.strings[field('name')]!;
    return voice;
  });
}

/** The worklet's queue as a list of voices, and the errors it was sent to report. */
export class FakeWorklet {
  queue: QueuedVoice[] = [];
  errors: EngineError[] = [];
  messages: ToWorklet[] = [];

  receive(message: ToWorklet): void {
    this.messages.push(message);
    if (message.type === 'schedule') {
      this.queue.push(...readBatch(message.voices));
      this.errors.push(...message.voices.errors);
    } else if (message.type === 'cancelAfter') {
      this.queue = this.queue.filter((e) => !(e.time > message.time && (message.block === undefined || e.block === message.block)));
    } else if (message.type === 'hush') this.queue = [];
  }

  /** The queued voices that start in `[from, to)`, in time order. */
  between(from: number, to: number): QueuedVoice[] {
    return this.queue.filter((e) => e.time >= from && e.time < to).sort((a, b) => a.time - b.time);
  }
}

/**
 * Messages between threads, delivered when pumped (in order), cloned as a thread boundary clones
 * them: the runtime and its performer realms run in this one thread, as if on three.
 */
export class Mailbox {
  private queue: (() => void)[] = [];

  send(deliver: () => void): void {
    this.queue.push(deliver);
  }

  /** Delivers everything, including what deliveries send, until nothing is waiting. */
  pump(): void {
    for (let i = 0; i < 100_000 && this.queue.length > 0; i++) this.queue.shift()!();
  }
}

/**
 * A performer realm in this thread. As a real one, it starts on a message only once it has
 * answered the one before; `hangs` makes it stop answering from the first message it matches,
 * after saying (as the realm does before each query) which query it is on.
 */
export class FakePerformer implements PerformerWorker {
  readonly realm: PerformerRealm;
  terminated = false;
  private hung = false;
  private waiting: ToPerformer[] = [];
  private answering = false;

  constructor(
    private readonly mailbox: Mailbox,
    private readonly receive: (data: unknown) => void,
    private readonly hangs: (message: ToPerformer) => boolean = () => false,
  ) {
    this.realm = new PerformerRealm({
      post: (message) => {
        const copy = structuredClone(message);
        const answer = copy.type !== 'busy' && copy.type !== 'ready';
        mailbox.send(() => {
          if (this.terminated) return;
          receive(copy);
          if (answer) {
            this.answering = false;
            this.next();
          }
        });
      },
      settle: (f) => mailbox.send(() => {
        if (!this.terminated) f();
      }),
      loadTypes: (done) => mailbox.send(() => done(sucraseStripper)),
    });
    this.realm.warmUp();
    mailbox.send(() => receive({ type: 'ready' }));
  }

  post(message: ToPerformer): void {
    const copy = readToPerformer(structuredClone(message));
    if (copy === undefined) return;
    this.mailbox.send(() => {
      this.waiting.push(copy);
      this.next();
    });
  }

  private next(): void {
    if (this.terminated || this.hung || this.answering) return;
    const message = this.waiting.shift();
    if (message === undefined) return;
    if (this.hangs(message)) {
      if (message.type === 'fill') {
        const culprit = message.queries.find((q) => this.hangs({ ...message, queries: [q] })) ?? message.queries[0];
        if (culprit !== undefined) this.receive({ type: 'busy', entry: culprit.entry, index: culprit.index });
      }
      this.hung = true;
      return;
    }
    // Forgetting, setting a slider and a MIDI input are never answered.
    this.answering = message.type !== 'forget' && message.type !== 'slider' && message.type !== 'midiIn';
    this.realm.receive(message);
    if (!this.answering) this.next();
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A core on a fake thread whose audio clock equals its wall clock (both from 0). */
export class FakeThread {
  /** Wall clock, in ms (the audio clock is the same, in seconds). */
  ms = 0;
  posted: FromRuntime[] = [];
  readonly worklet: FakeWorklet;
  readonly core: RuntimeCore;
  private engine: (data: unknown) => void = () => {};

  readonly mailbox = new Mailbox();
  /** Every performer realm started, the one in use last. */
  readonly performers: FakePerformer[] = [];

  constructor(options: { generation?: number; restore?: RestoreState; worklet?: FakeWorklet; ms?: number; stamped?: boolean; hangs?: (message: ToPerformer) => boolean } = {}) {
    this.ms = options.ms ?? 0;
    this.worklet = options.worklet ?? new FakeWorklet();
    this.core = new RuntimeCore({
      // Posting clones, as a real thread boundary does.
      post: (message) => this.posted.push(structuredClone(message)),
      connect: (_port, receive) => {
        this.engine = receive;
        return { send: (message) => this.worklet.receive(structuredClone(message)) };
      },
      now: () => this.ms,
      epoch: () => this.ms,
      setInterval: () => 0,
      clearInterval: () => {},
      resolver: () => new VoiceResolver(),
      spawnPerformer: (receive) => {
        const performer = new FakePerformer(this.mailbox, receive, options.hangs);
        this.performers.push(performer);
        return performer;
      },
    });
    this.core.receive({
      type: 'init',
      port: { postMessage() {} },
      generation: options.generation ?? 0,
      settings: SETTINGS,
      ...(options.restore === undefined ? {} : { restore: options.restore }),
    });
    this.mailbox.pump();
    if (options.stamped ?? true) this.settle();
  }

  /** Two stamps 50 ms apart, as a settled clock has had, ending at the current time. */
  settle(): void {
    this.ms -= 50;
    this.stamp();
    this.ms += 50;
    this.stamp();
  }

  /** The worklet's stats stamp for the block just rendered. */
  stamp(): void {
    this.engine({ type: 'stats', time: this.ms / 1000 - BLOCK, frame: 0, voices: 0, queued: 0, peak: 0, limiterGain: 1, cpu: 0, late: 0, dropped: 0, stolen: 0, errors: 0 });
  }

  /** Advances the clock by `ms` in ticks of 50 ms, with a stamp before each tick. */
  run(ms: number): void {
    const end = this.ms + ms;
    while (this.ms < end) {
      this.ms = Math.min(end, this.ms + 50);
      this.stamp();
      this.core.tick();
      this.mailbox.pump();
    }
  }

  /** Sends a message to the runtime, and lets every answer it causes arrive. */
  send(message: unknown): void {
    this.core.receive(message);
    this.mailbox.pump();
  }

  /** Posted messages of one type. */
  of<T extends FromRuntime['type']>(type: T): Extract<FromRuntime, { type: T }>[] {
    return this.posted.filter((m): m is Extract<FromRuntime, { type: T }> => m.type === type);
  }

  last<T extends FromRuntime['type']>(type: T): Extract<FromRuntime, { type: T }> {
    const all = this.of(type);
    const found = all[all.length - 1];
    if (found === undefined) throw new Error(`no ${type} message`);
    return found;
  }
}
