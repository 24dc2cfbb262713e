// A RuntimeCore on a fake thread: a settable clock, the messages it posts, and a model of the
// engine worklet's queue (schedule adds, cancelAfter and hush remove) to read what would play.
import type { SoundEvent } from '../../../src/audio/index.ts';
import type { ToWorklet } from '../../../src/audio/worklet/index.ts';
import { RuntimeCore } from '../../../src/app/runtime/core.ts';
import type { FromRuntime, RestoreState, RuntimeSettings } from '../../../src/app/runtime/messages.ts';

export const SETTINGS: RuntimeSettings = { lookahead: 1, interval: 0.05, sampleRate: 48000, blockSize: 128 };
const BLOCK = SETTINGS.blockSize / SETTINGS.sampleRate;

/** The worklet's queue as a list of events. */
export class FakeWorklet {
  queue: SoundEvent[] = [];
  messages: ToWorklet[] = [];

  receive(message: ToWorklet): void {
    this.messages.push(message);
    if (message.type === 'schedule') this.queue.push(...message.events);
    else if (message.type === 'cancelAfter') {
      this.queue = this.queue.filter((e) => !(e.time > message.time && (message.block === undefined || e.block === message.block)));
    } else if (message.type === 'hush') this.queue = [];
  }

  /** The queued events that start in `[from, to)`, in time order. */
  between(from: number, to: number): SoundEvent[] {
    return this.queue.filter((e) => e.time >= from && e.time < to).sort((a, b) => a.time - b.time);
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

  constructor(options: { generation?: number; restore?: RestoreState; worklet?: FakeWorklet; ms?: number; stamped?: boolean } = {}) {
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
    });
    this.core.receive({
      type: 'init',
      port: { postMessage() {} },
      generation: options.generation ?? 0,
      settings: SETTINGS,
      ...(options.restore === undefined ? {} : { restore: options.restore }),
    });
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
    this.engine({ type: 'stats', time: this.ms / 1000 - BLOCK, frame: 0 });
  }

  /** Advances the clock by `ms` in ticks of 50 ms, with a stamp before each tick. */
  run(ms: number): void {
    const end = this.ms + ms;
    while (this.ms < end) {
      this.ms = Math.min(end, this.ms + 50);
      this.stamp();
      this.core.tick();
    }
  }

  send(message: unknown): void {
    this.core.receive(message);
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
