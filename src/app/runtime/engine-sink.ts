/**
 * Where the runtime's scheduler sends its events: resolved into voice records (through the control
 * table, here and not on the audio thread) straight to the engine worklet over the port it was
 * given, and, batched, to the main thread as sounding haps for highlights and visuals.
 */
import type { Seconds, SoundEvent, SoundInfo } from '../../audio/index.ts';
import type { VoiceResolver } from '../../audio/voices/resolve.ts';
import type { ToWorklet } from '../../audio/worklet/index.ts';
import type { EventSink } from '../../scheduler/index.ts';
import type { FromRuntime, HapCancel, SoundingHap } from './messages.ts';

/** The worklet's end of the engine port, as the runtime uses it. */
export interface EnginePort {
  send(message: ToWorklet): void;
}

/** What an {@link EngineSink} needs besides the port. */
export interface EngineSinkOptions {
  /** Posts to the main thread. */
  readonly post: (message: FromRuntime) => void;
  /** Added to every event id (ids stay unique across worker generations). */
  readonly idBase: number;
  /** The document offset of the code that made a block's current pattern (0 for the whole document). */
  readonly offsetOf: (block: string) => number;
  /** The key of the evaluation that made a block's current pattern, which its haps carry. */
  readonly keyOf: (block: string) => string | undefined;
  /** Milliseconds on the clock shared with the main thread. */
  readonly epoch: () => number;
  /** The event resolver, asked for with the first events (see `RuntimeHost.resolver`). */
  readonly resolver: () => VoiceResolver | Promise<VoiceResolver>;
}

/** A copy of `value` that a structured clone accepts: functions, symbols and class instances become strings. */
export function cloneable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? String(value) : value;
  if (Array.isArray(value)) return value.map(cloneable);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return String(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneable(v)]));
}

const withCloneableControls = <T extends { controls: Record<string, unknown> }>(item: T): T => ({ ...item, controls: cloneable(item.controls) as Record<string, unknown> });

/**
 * The scheduler's sink in the runtime worker. Events leave with ids unique to the worker and
 * locations in document offsets (a block evaluated alone is offset by its start); an event sent
 * again (after a swap) is sent exactly as the first time. The worklet gets voice records (and the
 * errors of events that cannot play, which it reports as its own); the main thread gets the haps.
 */
export class EngineSink implements EventSink {
  private readonly port: EnginePort;
  private readonly options: EngineSinkOptions;
  private readonly sent = new WeakMap<SoundEvent, { readonly event: SoundEvent; readonly key: string | undefined }>();
  /**
   * The resolver, loaded with the first events (the first click), not with the page: until it
   * has loaded, what goes to the engine waits here, in order.
   */
  private resolver: VoiceResolver | undefined;
  private waiting: (() => void)[] | undefined;
  private haps: SoundingHap[] = [];
  private cancels: HapCancel[] = [];
  private measuring = false;
  private first: number | undefined;

  constructor(port: EnginePort, options: EngineSinkOptions) {
    this.port = port;
    this.options = options;
  }

  /** Tells the engine which sounds the code declared with `samples(...)`, before their events. */
  declareSamples(sounds: readonly SoundInfo[]): void {
    this.later(() => this.port.send({ type: 'declareSamples', sounds }));
  }

  schedule(events: readonly SoundEvent[]): void {
    const sent = events.map((event) => {
      let first = this.sent.get(event);
      if (first === undefined) {
        first = { event: this.toDocument(event), key: this.options.keyOf(event.block ?? '') };
        this.sent.set(event, first);
      }
      return first;
    });
    const out = sent.map((s) => s.event);
    if (this.resolver === undefined) this.load();
    if (this.waiting === undefined) {
      this.port.send({ type: 'schedule', voices: this.resolver!.resolve(out) });
      if (this.measuring && this.first === undefined) this.first = this.options.epoch();
    } else {
      this.later(() => this.port.send({ type: 'schedule', voices: this.resolver!.resolve(out) }));
    }
    for (const { event: e, key } of sent) {
      const hap: SoundingHap = { id: e.id, time: e.time, duration: e.duration, locations: e.locations, controls: e.controls };
      if (e.block !== undefined) hap.block = e.block;
      if (key !== undefined) hap.key = key;
      this.haps.push(hap);
    }
  }

  cancelAfter(time: Seconds, block?: string): void {
    this.later(() => this.port.send(block === undefined ? { type: 'cancelAfter', time } : { type: 'cancelAfter', time, block }));
    this.noteCancel(time, block);
  }

  /** Silences the engine at once (its own hush); the main thread drops every hap it holds. */
  hush(): void {
    this.later(() => this.port.send({ type: 'hush' }));
    this.noteCancel(-Infinity, undefined);
  }

  /** Runs `f`, noting when its first event was posted (ms on the shared clock), if it posted any. */
  measure(f: () => void): number | undefined {
    this.measuring = true;
    this.first = undefined;
    try {
      f();
    } finally {
      this.measuring = false;
    }
    return this.first;
  }

  /** Posts the batched haps and cancels to the main thread. */
  flush(): void {
    if (this.haps.length === 0 && this.cancels.length === 0) return;
    try {
      this.options.post({ type: 'haps', cancels: this.cancels, haps: this.haps });
    } catch {
      this.options.post({ type: 'haps', cancels: this.cancels, haps: this.haps.map(withCloneableControls) });
    }
    this.haps = [];
    this.cancels = [];
  }

  /** Something will play soon (code is being evaluated): the resolver starts loading, if it has not. */
  prepare(): void {
    if (this.resolver === undefined) this.load();
  }

  /** Sends now, or after what waits for the resolver. */
  private later(send: () => void): void {
    if (this.waiting === undefined) send();
    else this.waiting.push(send);
  }

  /** Gets the resolver: at once if it is given at once, else what goes to the engine waits for it. */
  private load(): void {
    if (this.waiting !== undefined) return;
    const resolver = this.options.resolver();
    if (!(resolver instanceof Promise)) {
      this.resolver = resolver;
      return;
    }
    this.waiting = [];
    void resolver.then((loaded) => {
      this.resolver = loaded;
      const waiting = this.waiting ?? [];
      this.waiting = undefined;
      for (const send of waiting) send();
    });
  }

  /** Drops batched haps that a cancel removed, and keeps the cancel for the haps the main thread has. */
  private noteCancel(time: Seconds, block: string | undefined): void {
    this.haps = this.haps.filter((h) => !(h.time > time && (block === undefined || h.block === block)));
    this.cancels.push(block === undefined ? { time } : { time, block });
  }

  private toDocument(event: SoundEvent): SoundEvent {
    const offset = event.block === undefined ? 0 : this.options.offsetOf(event.block);
    const locations = offset === 0 ? event.locations : event.locations.map((l) => ({ start: l.start + offset, end: l.end + offset }));
    return { ...event, id: event.id + this.options.idBase, locations };
  }
}
