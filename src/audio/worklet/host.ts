// The engine's life inside the worklet, kept free of AudioWorklet globals so Node can test it:
// it turns messages into Engine calls, keeps the engine on the context's frame clock, fades out
// on hush, applies the output gain, and posts stats and errors.
import { SampleBank, V, VOICE_STRIDE, VoiceEngine, VoiceQueue, type Frames, type Hz, type Seconds, type VoiceBatch } from '../dsp/index.ts';
import type { EngineError } from '../protocol.ts';
import { readToWorklet, type EngineParams, type ErrorMessage, type FromWorklet, type ToWorklet } from './messages.ts';

/**
 * Events pass to the engine this long before they start. It must cover the engine's look-ahead
 * (its limiter renders voices 1.5 ms early).
 */
const HANDOVER: Seconds = 0.01;
/** How long a hush (or a change of `maxVoices`) takes to fade out what was sounding. */
const FADE: Seconds = 0.01;
/** A gap in the frame clock up to this long is rendered silently; a longer one restarts the engine. */
const MAX_SKIP: Seconds = 0.5;
/** At most this many errors are posted per {@link ERROR_WINDOW}; the rest are only counted. */
const MAX_ERRORS = 32;
const ERROR_WINDOW: Seconds = 0.25;
const DEFAULT_STATS_INTERVAL: Seconds = 0.05;

/** Settings for an {@link EngineHost}. */
export interface EngineHostOptions extends EngineParams {
  sampleRate: Hz;
  /** Receives every message for the main thread (and for connected ports). */
  post: (message: FromWorklet) => void;
  /** A millisecond clock for the engine's CPU figure (the engine's default if absent). */
  now?: () => number;
}

/**
 * Hosts a {@link VoiceEngine} on a context's frame clock. Engine frame 0 is the context frame of the
 * first block rendered (the `origin`), so an event at absolute audio time `t` starts at context
 * frame `round(t × sampleRate)`. Voices wait in the host's own queue until {@link HANDOVER}
 * before they start, so a jump in the context's clock or a restart of the engine loses none.
 * Their records are copied from queue to queue: nothing is allocated per event.
 */
export class EngineHost {
  readonly sampleRate: Hz;
  private readonly post: (message: FromWorklet) => void;
  private readonly now: (() => number) | undefined;
  private maxVoices: number | undefined;
  private engine: VoiceEngine;
  /** The context frame of the engine's frame 0; `undefined` until the first block. */
  private origin: Frames | undefined;
  private nextFrame: Frames = 0;
  private readonly pending = new VoiceQueue();
  /** The samples, kept across the engines a hush or a restart replaces. */
  private readonly samples = new SampleBank();
  /** The engine being faded out after a hush, and the frames of fade it has left. */
  private fading: { engine: VoiceEngine; left: Frames } | undefined;
  private gain = 1;
  private targetGain = 1;
  private statsFrames: Frames;
  private sinceStats: Frames = 0;
  private errorWindowStart: Frames = 0;
  private errorsInWindow = 0;
  private scratchL = new Float32Array(128);
  private scratchR = new Float32Array(128);

  constructor(options: EngineHostOptions) {
    this.sampleRate = options.sampleRate;
    this.post = options.post;
    this.now = options.now;
    this.maxVoices = options.maxVoices;
    this.statsFrames = this.toFrames(options.statsInterval ?? DEFAULT_STATS_INTERVAL);
    // The first stamp goes out with the first block: the runtime starts its clock on it.
    this.sinceStats = this.statsFrames;
    this.targetGain = this.gain = options.gain ?? 1;
    this.engine = this.makeEngine();
  }

  /** Reads and handles data from a port; returns the message (or `undefined` if it was not one). */
  receive(data: unknown): ToWorklet | undefined {
    const message = readToWorklet(data);
    if (message !== undefined) this.handle(message);
    else if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'schedule') {
      this.report({ kind: 'worklet', message: 'malformed voices (not a batch of voice records) were dropped', locations: [] });
    } else this.report({ kind: 'worklet', message: 'unknown message', locations: [] });
    return message;
  }

  /** Carries out one message (`connectPort` and `dispose` are the processor's business). */
  handle(message: ToWorklet): void {
    switch (message.type) {
      case 'schedule':
        this.schedule(message.voices);
        break;
      case 'cancelAfter':
        this.cancelAfter(message.time, message.block);
        break;
      case 'params':
        this.setParams(message.params);
        break;
      case 'hush':
        this.hush();
        break;
      case 'declareSamples':
        for (const sound of message.sounds) this.samples.declare(sound.name, sound.urls, sound.notes);
        break;
      case 'addSample':
        this.samples.add(message.name, message.index, message.channels, message.sampleRate);
        break;
      case 'addInstrument':
        this.samples.addInstrument(message.name, message.instrument);
        break;
      case 'sampleFailed':
        this.samples.fail(message.name, message.index, message.message);
        break;
      case 'connectPort':
      case 'dispose':
        break;
    }
  }

  /**
   * Reports the batch's unresolved events, and queues its voices at their absolute audio times
   * (asking at once for the sample files they need).
   */
  schedule(batch: VoiceBatch): void {
    this.engine.rejectAll(batch);
    const { data, strings, ranges } = batch;
    for (let i = 0; i < batch.count; i++) {
      const at = i * VOICE_STRIDE;
      const time = data[at + V.time]!;
      this.pending.push(data, at, strings, ranges, Math.round(time * this.sampleRate), time);
      this.engine.wantSample(data, at, strings);
    }
  }

  /** Drops events queued to start after `time`; with `block`, only those of that code block. */
  cancelAfter(time: Seconds, block?: string): void {
    this.pending.cancelAfter(time, block);
    if (this.origin !== undefined) this.engine.cancelAfter(time - this.origin / this.sampleRate, block);
  }

  /** Applies new params; a new `maxVoices` restarts the engine (with a hush's fade). */
  setParams(params: EngineParams): void {
    if (params.gain !== undefined) this.targetGain = params.gain;
    if (params.statsInterval !== undefined) this.statsFrames = this.toFrames(params.statsInterval);
    if (params.maxVoices !== undefined && params.maxVoices !== this.engine.maxVoices) {
      this.maxVoices = params.maxVoices;
      this.hush();
    }
  }

  /** Drops every queued event and fades out whatever is sounding, at once. */
  hush(): void {
    this.pending.clear();
    if (this.origin !== undefined) {
      this.engine.cancelAfter(-Infinity);
      this.fading = { engine: this.engine, left: this.toFrames(FADE) };
      this.origin = this.nextFrame;
    }
    this.engine = this.makeEngine();
  }

  /** Renders the block that starts at context frame `frame` into `left` and `right`. */
  process(left: Float32Array, right: Float32Array, frame: Frames): void {
    const n = Math.min(left.length, right.length);
    if (this.origin === undefined) this.start(frame);
    else if (frame !== this.nextFrame) this.skipTo(frame);
    this.nextFrame = frame + n;
    try {
      this.handOver(this.nextFrame + this.toFrames(HANDOVER));
      this.engine.render(left, right);
      if (this.fading !== undefined) this.mixFading(left, right, n);
    } catch (error) {
      left.fill(0);
      right.fill(0);
      this.report({ kind: 'worklet', message: `the engine failed and was restarted: ${String(error)}`, locations: [] });
      this.restart(this.nextFrame);
    }
    if (this.gain !== 1 || this.targetGain !== 1) this.applyGain(left, right, n);
    this.sinceStats += n;
    if (this.statsFrames > 0 && this.sinceStats >= this.statsFrames) {
      this.sinceStats = Math.min(this.sinceStats - this.statsFrames, this.statsFrames);
      const stats = this.engine.stats();
      this.post({ type: 'stats', ...stats, queued: stats.queued + this.pending.size, frame, time: frame / this.sampleRate });
    }
  }

  private start(frame: Frames): void {
    this.origin = frame;
    this.nextFrame = frame;
    this.errorWindowStart = frame;
  }

  /** Passes the engine every queued voice that starts before `frame`. */
  private handOver(frame: Frames): void {
    const origin = this.origin ?? 0;
    const pending = this.pending;
    for (let slot = pending.peek(); slot >= 0 && pending.frameOf(slot) < frame; slot = pending.peek()) {
      pending.pop();
      const time = pending.timeOf(slot);
      // Unchanged when the clocks agree (an offline render), so its output is the Node render's.
      const engineTime = origin === 0 ? time : time - origin / this.sampleRate;
      this.engine.enqueue(pending.data, slot * VOICE_STRIDE, pending.strings[slot]!, pending.ranges[slot]!, engineTime);
    }
  }

  /**
   * Follows a jump in the context's frame clock. Chrome jumps ahead when it starts rendering
   * worklets, and a forward jump of up to {@link MAX_SKIP} is rendered silently, so sounding voices
   * and queued events keep their times. A block rendered twice moves the engine's origin back
   * (it played on); a longer jump restarts the engine at `frame`.
   */
  private skipTo(frame: Frames): void {
    const gap = frame - this.nextFrame;
    const limit = this.toFrames(MAX_SKIP);
    this.fading = undefined;
    if (gap < -limit || gap > limit) {
      this.restart(frame);
    } else if (gap < 0) {
      this.origin = (this.origin ?? 0) + gap;
    } else {
      for (let done = 0; done < gap; ) {
        const n = Math.min(this.scratchL.length, gap - done);
        this.handOver(this.nextFrame + done + n + this.toFrames(HANDOVER));
        this.engine.render(this.scratchL.subarray(0, n), this.scratchR.subarray(0, n));
        done += n;
      }
    }
  }

  /** Replaces the engine with a fresh one whose frame 0 is context frame `frame`. */
  private restart(frame: Frames): void {
    this.fading = undefined;
    this.engine = this.makeEngine();
    this.origin = frame;
  }

  private makeEngine(): VoiceEngine {
    return new VoiceEngine({
      sampleRate: this.sampleRate,
      samples: this.samples,
      onError: (error) => this.report(error),
      onSampleWanted: (name, index) => this.post({ type: 'sampleWanted', name, index }),
      ...(this.maxVoices === undefined ? {} : { maxVoices: this.maxVoices }),
      ...(this.now === undefined ? {} : { now: this.now }),
    });
  }

  private mixFading(left: Float32Array, right: Float32Array, n: number): void {
    const fading = this.fading!;
    if (this.scratchL.length < n) {
      this.scratchL = new Float32Array(n);
      this.scratchR = new Float32Array(n);
    }
    const l = this.scratchL.subarray(0, n);
    const r = this.scratchR.subarray(0, n);
    fading.engine.render(l, r);
    const total = this.toFrames(FADE);
    for (let i = 0; i < n && fading.left > 0; i++, fading.left--) {
      const g = fading.left / total;
      left[i]! += l[i]! * g;
      right[i]! += r[i]! * g;
    }
    if (fading.left <= 0) this.fading = undefined;
  }

  /** Ramps the gain linearly to its target over this block. */
  private applyGain(left: Float32Array, right: Float32Array, n: number): void {
    const from = this.gain;
    const step = (this.targetGain - from) / n;
    for (let i = 0; i < n; i++) {
      const g = from + step * (i + 1);
      left[i]! *= g;
      right[i]! *= g;
    }
    this.gain = this.targetGain;
  }

  private report(error: EngineError | Omit<ErrorMessage, 'type'>): void {
    if (this.nextFrame - this.errorWindowStart >= this.toFrames(ERROR_WINDOW)) {
      this.errorWindowStart = this.nextFrame;
      this.errorsInWindow = 0;
    }
    if (this.errorsInWindow++ >= MAX_ERRORS) return;
    this.post({ type: 'error', ...error, locations: [...error.locations] });
  }

  private toFrames(seconds: Seconds): Frames {
    return Math.max(0, Math.round(seconds * this.sampleRate));
  }
}
