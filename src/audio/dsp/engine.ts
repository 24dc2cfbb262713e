import type { CodeRange, EngineError } from '../protocol.ts';
import type { ByteBeatProgram } from './bytebeat-expression.ts';
import { MAX_IMPULSE } from './convolver.ts';
import { DRUM_PATCHES } from './drum-kit.ts';
import { ByteBeatPrograms, codeRanges, namesDeclaredSound, rangeList, UnknownSoundAdvice, unplayable, type EngineOptions, type EngineStats } from './engine-parts.ts';
export type { EngineOptions, EngineStats } from './engine-parts.ts';
import { DrumTables } from './drum-voice.ts';
import { isInstrumentName, type Instrument } from './instrument.ts';
import { MasterBus } from './master.ts';
import { Orbit } from './orbit.ts';
import { SampleBank, type SampleEntry } from './sample-bank.ts';
import type { Frames, Hz, Seconds } from './units.ts';
import { VoicePool } from './voice-pool.ts';
import { VoiceQueue } from './voice-queue.ts';
import { ORBIT_COUNT, SOURCE, SOURCE_BY_NAME, V, VOICE_STRIDE, type SourceKind, type VoiceBatch } from './voice-record.ts';

/** An event later than this and its own duration is dropped instead of started late. */
const MAX_LATENESS: Seconds = 0.05;

/** Voices made after each block until all are (about 0.2 s for a thousand at 48 kHz). */
const VOICES_PER_BLOCK = 16;


// The host's wall clock for the CPU figure. `performance` exists in Node, workers and worklets, but
// is not in the ES library this layer compiles against, so it is looked up as a plain global.
const clock = (globalThis as { performance?: { now(): number } }).performance;
const defaultNow = (): number => (clock !== undefined ? clock.now() : Date.now());

/**
 * weft's sound engine: plays voice records (see voice-record.ts) as voices, sample-accurately (a
 * voice starts at frame `round(time × sampleRate)`), runs each orbit's delay, reverb and ducking,
 * and masters the sum. Pure TypeScript over typed arrays. Records are resolved from events before
 * they reach it (src/audio/voices), so that queueing and starting a voice only copies numbers
 * into storage allocated up front: nothing is parsed or allocated per event or per sample.
 *
 * The master limiter looks ahead, so voices are rendered that many samples before they are
 * output; the engine primes itself on the first `render`, and output frame `f` is audio time
 * `f / sampleRate` exactly.
 */
export class VoiceEngine {
  readonly sampleRate: Hz;
  readonly blockSize: number;
  readonly maxVoices: number;
  /** The sample files the engine can play. */
  readonly samples: SampleBank;
  private readonly onError: ((error: EngineError) => void) | undefined;
  private readonly onSampleWanted: ((name: string, index: number) => void) | undefined;
  private readonly advice = new UnknownSoundAdvice();
  private readonly now: () => number;
  private readonly voices: VoicePool;
  /** See `EngineOptions.voicesAhead`. */
  private readonly voicesAhead: boolean;
  private readonly queue = new VoiceQueue();
  private readonly orbits: (Orbit | undefined)[] = new Array<Orbit | undefined>(ORBIT_COUNT).fill(undefined);
  private readonly master: MasterBus;
  private readonly drums: DrumTables;
  private readonly buses: { dryL: Float64Array; dryR: Float64Array };
  private readonly work: Float64Array;
  private readonly aux: Float64Array;
  private readonly discard: Float32Array;
  /** Bytebeat expressions compiled so far (when their records were queued), by their text. */
  private readonly byteBeats = new ByteBeatPrograms();
  private primed = false;
  /** The frame voices are rendering (the output frame plus the limiter's look-ahead). */
  private renderFrame: Frames = 0;
  private outFrame: Frames = 0;
  private peak = 0;
  private cpu = 0;
  private late = 0;
  private dropped = 0;
  private errors = 0;

  constructor(options: EngineOptions) {
    this.sampleRate = options.sampleRate;
    this.blockSize = Math.max(1, Math.floor(options.blockSize ?? 128));
    this.maxVoices = Math.max(1, Math.floor(options.maxVoices ?? 1024));
    this.onError = options.onError;
    this.onSampleWanted = options.onSampleWanted;
    this.samples = options.samples ?? new SampleBank();
    this.now = options.now ?? defaultNow;
    this.voicesAhead = options.voicesAhead ?? true;
    this.voices = new VoicePool(this.maxVoices, this.sampleRate, this.voicesAhead);
    this.master = new MasterBus(this.sampleRate);
    this.drums = new DrumTables(this.sampleRate);
    const block = (): Float64Array => new Float64Array(this.blockSize);
    this.buses = { dryL: block(), dryR: block() };
    this.work = block();
    this.aux = block();
    this.discard = new Float32Array(this.blockSize);
  }

  /** Reports the batch's unresolved events, then queues its records. */
  play(batch: VoiceBatch): void {
    this.rejectAll(batch);
    for (let i = 0; i < batch.count; i++) {
      const at = i * VOICE_STRIDE;
      this.enqueue(batch.data, at, batch.strings, batch.ranges, batch.data[at + V.time]!);
    }
  }

  /** Reports an event that could not be resolved into a voice (counted, as the engine's own errors). */
  reject(error: EngineError): void {
    this.report(error);
  }

  /**
   * Reports a batch's errors (see {@link reject}), but not the warning that a bank is not built in
   * when its event's sound (the bank's prefix on its name) is a declared sample: that sample plays.
   */
  rejectAll(batch: VoiceBatch): void {
    for (let i = 0; i < batch.errors.length; i++) {
      const error = batch.errors[i]!;
      if (error.kind !== 'bank' || !namesDeclaredSound(batch, error.eventId, this.samples)) this.report(error);
    }
  }

  /**
   * Queues the record at `data[at]` to start at `time` (in the engine's seconds); `strings` and
   * `ranges` are what its indices point into. A sound name neither declared nor a synth or a drum
   * is reported here; a declared sample file not yet loaded is asked for.
   */
  enqueue(data: Float64Array, at: number, strings: readonly string[], ranges: Float64Array, time: Seconds): void {
    const frame = Math.round(time * this.sampleRate);
    if (!Number.isFinite(frame)) {
      this.report({ kind: 'control', message: 'event time and duration must be finite numbers', eventId: data[at + V.eventId]!, locations: codeRanges(ranges, data, at) });
      return;
    }
    const nameIndex = data[at + V.name]!;
    const name = nameIndex >= 0 ? strings[nameIndex] : undefined;
    const source = data[at + V.source]!;
    if (name !== undefined && this.known(name, source)) {
      this.want(name, this.samples.selectFrom(name, data, at + V.variation, at + V.sampleMidi, at + V.velocity));
    } else if (source === SOURCE_BY_NAME) {
      const sound = name ?? '';
      this.report({ kind: 'sound', message: this.advice.message(sound, this.samples), sound, eventId: data[at + V.eventId]!, locations: codeRanges(ranges, data, at) });
      return;
    } else if (source === SOURCE.drum) {
      // A drum's table is rendered here, not while rendering voices.
      const patch = DRUM_PATCHES[data[at + V.drum]!];
      if (patch !== undefined) this.drums.get(patch);
    } else if (source === SOURCE.bytebeat && !this.compileByteBeat(data, at, strings, ranges)) {
      return;
    }
    // So is a new orbit (the voice's, and those it ducks).
    const orbit = data[at + V.orbit]!;
    if (this.orbits[orbit] === undefined) this.orbits[orbit] = new Orbit(this.sampleRate, this.blockSize);
    const ducked = data[at + V.duckOrbits]!;
    for (let o = 0; o < ORBIT_COUNT; o++) {
      if ((ducked & (1 << o)) !== 0 && this.orbits[o] === undefined) this.orbits[o] = new Orbit(this.sampleRate, this.blockSize);
    }
    // And its convolution reverb, and the impulse response's file (kept with the record: its voice starts with it).
    const irIndex = data[at + V.irName]!;
    const ir = irIndex >= 0 ? strings[irIndex] : undefined;
    let impulse: SampleEntry | undefined;
    if (ir !== undefined) {
      if (this.samples.has(ir)) {
        this.orbits[orbit]!.useConvolver();
        const index = this.samples.selectFrom(ir, data, at + V.irIndex, at + V.sampleMidi);
        impulse = this.samples.entry(ir, index);
        this.want(ir, index);
      } else {
        this.report({ kind: 'sound', message: `unknown impulse response "${ir}" (ir names a sample)`, eventId: data[at + V.eventId]!, locations: codeRanges(ranges, data, at) });
      }
    }
    this.queue.push(data, at, strings, ranges, frame, time, impulse);
  }

  /**
   * Asks for the sample file the record at `data[at]` will need, if it names a declared sound
   * whose file has not loaded (see {@link EngineOptions.onSampleWanted}), without queueing it.
   */
  wantSample(data: Float64Array, at: number, strings: readonly string[]): void {
    const nameIndex = data[at + V.name]!;
    const name = nameIndex >= 0 ? strings[nameIndex] : undefined;
    if (name === undefined || !this.known(name, data[at + V.source]!)) return;
    this.want(name, this.samples.selectFrom(name, data, at + V.variation, at + V.sampleMidi, at + V.velocity));
  }

  /**
   * True when `name` plays a sample: a declared sound, or an instrument (see
   * {@link isInstrumentName}) that is no synth or drum, declared here at its first event as one
   * file to load (its loader then hands in the whole instrument, see {@link addInstrument}).
   */
  private known(name: string, source: number): boolean {
    if (this.samples.has(name)) return true;
    if (source !== SOURCE_BY_NAME || !isInstrumentName(name)) return false;
    this.samples.declare(name, [`instrument:${name}`]);
    return true;
  }

  /**
   * Hands the engine the instrument `name` (a SoundFont preset): its zones, played by key and
   * velocity with their own tuning, loops and envelopes. The arrays are kept, not copied.
   */
  addInstrument(name: string, instrument: Instrument): void {
    this.samples.addInstrument(name, instrument);
  }

  /**
   * Declares the sound `name` (played by `s("name")`, `n` choosing among its files): its files'
   * URLs and, for a pitched sound, the MIDI note of each. Until a file is added, events that need
   * it are reported as still loading. Declaring the same files again keeps those loaded.
   */
  declareSound(name: string, urls: readonly string[], notes?: readonly number[]): void {
    this.samples.declare(name, urls, notes);
  }

  /**
   * Hands the engine file `index` of sound `name`: one array per channel (mono or stereo), at
   * `sampleRate` (played at the engine's rate by interpolation). The arrays are kept, not copied.
   */
  addSample(name: string, index: number, channels: readonly Float32Array[], sampleRate: Hz): void {
    this.samples.add(name, index, channels, sampleRate);
  }

  /** Marks file `index` of `name` as failed to load; events that need it report `message`. */
  failSample(name: string, index: number, message: string): void {
    this.samples.fail(name, index, message);
  }

  /**
   * Drops queued events that start after `time`, or only those of code block `block` when it is
   * given (voices already sounding play on).
   */
  cancelAfter(time: Seconds, block?: string): void {
    this.queue.cancelAfter(time, block);
  }

  /** Renders the next `left.length` frames into `left` and `right`. */
  render(left: Float32Array, right: Float32Array): void {
    const length = Math.min(left.length, right.length);
    if (!this.primed) this.prime();
    for (let offset = 0; offset < length; offset += this.blockSize) {
      const n = Math.min(this.blockSize, length - offset);
      const started = this.now();
      this.renderBlock(left, right, offset, n);
      this.outFrame += n;
      const load = (this.now() - started) / ((n / this.sampleRate) * 1000);
      this.cpu += (load - this.cpu) * 0.05;
      // The voices not made yet, a few a block once this one is rendered (see VoicePool).
      if (this.voicesAhead) this.voices.grow(VOICES_PER_BLOCK);
      for (let i = offset; i < offset + n; i++) {
        const m = Math.max(Math.abs(left[i]!), Math.abs(right[i]!));
        if (m > this.peak) this.peak = m;
      }
    }
  }

  /** The engine's counters; `peak` and `limiterGain` restart after each call. */
  stats(): EngineStats {
    const stats: EngineStats = {
      frame: this.outFrame,
      time: this.outFrame / this.sampleRate,
      voices: this.voices.active,
      queued: this.queue.size,
      peak: this.peak,
      limiterGain: this.master.limiter.reduction,
      cpu: this.cpu,
      late: this.late,
      dropped: this.dropped,
      stolen: this.voices.stolen,
      errors: this.errors,
    };
    this.peak = 0;
    this.master.limiter.resetReduction();
    return stats;
  }

  /** Fills the limiter's look-ahead with the first frames, so output frame 0 is audio time 0. */
  private prime(): void {
    this.primed = true;
    for (let done = 0; done < this.master.latency; ) {
      const n = Math.min(this.blockSize, this.master.latency - done);
      this.renderBlock(this.discard, this.discard, 0, n);
      done += n;
    }
  }

  private renderBlock(outL: Float32Array, outR: Float32Array, offset: number, n: number): void {
    const { dryL, dryR } = this.buses;
    dryL.fill(0, 0, n);
    dryR.fill(0, 0, n);
    this.startDueVoices(n);
    const voices = this.voices;
    for (let k = 0; k < voices.active; ) {
      const voice = voices.at(k);
      const orbit = this.orbits[voice.orbit];
      const ok = voice.render(this.work, this.aux, voice.offset, n, orbit ?? this.buses, orbit);
      voice.offset = 0;
      if (!ok) {
        this.report({
          kind: 'non-finite', message: 'a voice produced a non-finite sample and was stopped', eventId: voice.eventId,
          locations: rangeList(voice.ranges, voice.rangeStart, voice.rangeCount),
        });
      }
      if (!ok || voice.finished()) voices.release(k);
      else k++;
    }
    for (let o = 0; o < ORBIT_COUNT; o++) {
      const orbit = this.orbits[o];
      if (orbit !== undefined && !orbit.process(dryL, dryR, n, this.work)) {
        this.report({ kind: 'non-finite', message: 'an effect bus overflowed and was cleared', locations: [] });
      }
    }
    if (!this.master.process(dryL, dryR, outL, outR, offset, n)) {
      this.report({ kind: 'non-finite', message: 'a non-finite sample reached the master bus and was silenced', locations: [] });
    }
    this.renderFrame += n;
  }

  private startDueVoices(n: number): void {
    const blockEnd = this.renderFrame + n;
    for (let slot = this.queue.peek(); slot >= 0 && this.queue.frameOf(slot) < blockEnd; slot = this.queue.peek()) {
      this.queue.pop();
      this.startVoice(slot);
    }
  }

  /** Starts the voice of queue slot `slot` (just popped: its record is still there). */
  private startVoice(slot: number): void {
    const queue = this.queue;
    const data = queue.data;
    const at = slot * VOICE_STRIDE;
    const frame = queue.frameOf(slot);
    const nameIndex = data[at + V.name]!;
    const name = nameIndex >= 0 ? queue.strings[slot]![nameIndex] : undefined;
    // A declared sample wins over a synth or a drum of the same name.
    let source = data[at + V.source]!;
    let sampleIndex = -1;
    let sample: SampleEntry | undefined;
    if (name !== undefined && this.samples.has(name)) {
      source = data[at + V.wavetable] === 1 ? SOURCE.wavetable : SOURCE.sample;
      sampleIndex = this.samples.selectFrom(name, data, at + V.variation, at + V.sampleMidi, at + V.velocity);
      sample = this.samples.entry(name, sampleIndex);
    }
    if (source === SOURCE_BY_NAME) return;
    const lateness = this.renderFrame - frame;
    if (lateness > 0) {
      this.late++;
      // Drums and samples play once through unless clipped: their gate does not count.
      const oneShot = source === SOURCE.drum || (source === SOURCE.sample && data[at + V.loop] !== 1);
      const gate = oneShot && data[at + V.clipped] !== 1 ? 0 : data[at + V.gate]!;
      const allowed = Math.max(MAX_LATENESS, gate) * this.sampleRate;
      if (lateness > allowed) {
        this.dropped++;
        return;
      }
    }
    if ((source === SOURCE.sample || source === SOURCE.wavetable) && sample?.state !== 'loaded') {
      this.report({
        kind: 'sound', message: unplayable(this.samples, name ?? '', sampleIndex), eventId: data[at + V.eventId]!,
        locations: codeRanges(queue.ranges[slot]!, data, at),
      });
      return;
    }
    const orbit = data[at + V.orbit]!;
    const cut = data[at + V.cut]!;
    if (cut !== 0) this.voices.cutGroup(cut, orbit);
    const program = source === SOURCE.bytebeat ? this.byteBeats.get(queue.strings[slot]![data[at + V.bbExpr]!] ?? '') : undefined;
    const offset = this.playVoice(slot, source as SourceKind, sample, program);
    // An instrument's other layers at this key and velocity, each a voice of its own.
    const layers = sample === undefined ? 1 : this.samples.layers(name!);
    for (let layer = 1; layer < layers; layer++) {
      const zone = this.samples.entry(name!, this.samples.layerFrom(name!, data, at + V.sampleMidi, at + V.velocity, layer));
      if (zone?.state === 'loaded') this.playVoice(slot, source as SourceKind, zone, undefined);
    }
    this.configureOrbit(orbit, data, at, queue.strings[slot]!, queue.ranges[slot]!, queue.impulses[slot]);
    const ducked = data[at + V.duckOrbits]!;
    if (ducked !== 0) {
      for (let o = 0; o < ORBIT_COUNT; o++) if ((ducked & (1 << o)) !== 0) this.orbits[o]?.duck(offset, data, at);
    }
  }

  /** Starts a voice playing queue slot `slot`'s record as `source` (see {@link Voice.start}); returns where in the block it begins. */
  private playVoice(slot: number, source: SourceKind, sample: SampleEntry | undefined, program: ByteBeatProgram | undefined): number {
    const queue = this.queue;
    const at = slot * VOICE_STRIDE;
    const frame = queue.frameOf(slot);
    const voice = this.voices.take();
    voice.start(queue.data, at, source, this.sampleRate, frame, this.voices.started++, this.drums, sample, program);
    voice.ranges = queue.ranges[slot]!;
    voice.rangeStart = queue.data[at + V.rangeStart]!;
    voice.rangeCount = queue.data[at + V.rangeCount]!;
    voice.offset = Math.max(0, frame - this.renderFrame);
    return voice.offset;
  }

  /**
   * Applies the record's effect settings to its orbit; a record that sends to the reverb also
   * chooses it: a convolution with its `ir` sample `impulse` (found when the record was queued)
   * once that has loaded, else the algorithmic one.
   */
  private configureOrbit(o: number, data: Float64Array, at: number, strings: readonly string[], ranges: Float64Array, impulse: SampleEntry | undefined): void {
    const orbit = this.orbits[o];
    if (orbit === undefined) return;
    orbit.configure(data, at);
    if (!(data[at + V.room]! > 0)) return;
    const seconds = orbit.selectImpulse(impulse?.state === 'loaded' ? impulse : undefined);
    if (seconds > MAX_IMPULSE) {
      this.report({
        kind: 'sound', message: `impulse response "${strings[data[at + V.irName]!] ?? ''}" is ${seconds.toFixed(1)} s long: only its first ${MAX_IMPULSE} s are used`,
        eventId: data[at + V.eventId]!, locations: codeRanges(ranges, data, at),
      });
    }
  }

  /** Compiles the record's bytebeat expression once (see {@link ByteBeatPrograms}); reports one that does not compile. */
  private compileByteBeat(data: Float64Array, at: number, strings: readonly string[], ranges: Float64Array): boolean {
    const expression = strings[data[at + V.bbExpr]!] ?? '';
    const trouble = this.byteBeats.compile(expression);
    if (trouble !== '') this.report({ kind: 'control', message: trouble, eventId: data[at + V.eventId]!, locations: codeRanges(ranges, data, at) });
    return trouble === '';
  }

  /** Asks for a sample file once, if it has not loaded. */
  private want(name: string, index: number): void {
    const entry = this.samples.entry(name, index);
    if (entry === undefined || entry.state !== 'pending' || entry.wanted) return;
    entry.wanted = true;
    this.onSampleWanted?.(name, index);
  }

  private report(error: EngineError): void {
    this.errors++;
    this.onError?.(error);
  }
}

/** A record's code ranges, as the engine reports them. */
