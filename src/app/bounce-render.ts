/**
 * Rendering evaluated performer code to a WAV file offline: the scheduler over N cycles and the
 * sound engine, wired together exactly as live playback wires them, but with no clock. Used by
 * `weft render` (through bounce.ts) and by the app's bounce-to-WAV download.
 * {@link bounceFromWithSamples} also loads the sample files the code names (those its events
 * play), from wherever its reader reads.
 */
import {
  decodeWav, Engine, engineSink, encodeWav, SampleLoader, type CodeRange, type DecodedAudio, type Db, type EngineError, type Hz,
  type InstrumentSource, type SampleLoadError, type Seconds, type WavFormat,
} from '../audio/index.ts';
import type { SampleDeclaration } from '../audio/protocol.ts';
import { soundPlaces } from './sound-places.ts';
// From the modules themselves, not the layer's index: rendering needs no evaluator.
import { EvalError, lineColumn } from '../eval/errors.ts';
import { withDeepStacks } from '../eval/stacks.ts';
import type { Pattern } from '../pattern/pattern.ts';
import { Rational, type RationalLike } from '../pattern/rational.ts';
import {
  cpsAt, cycleToSeconds, scheduleOffline, secondsToCycle, tempoMap, withCps, type BlockSpec, type SoundEvent, type TempoMap,
} from '../scheduler/index.ts';

/** The sample rate of a bounce when none is given. */
export const DEFAULT_SAMPLE_RATE: Hz = 48000;
/** A tail ends at the last sample at or above this level (the size of a 16-bit step). */
export const TAIL_FLOOR_DB: Db = -90;
/**
 * How long the output must stay under {@link TAIL_FLOOR_DB}, with no voice sounding, before the
 * tail is known to be over: the longest delay time, so a quiet gap between two echoes does not
 * end it.
 */
export const TAIL_HOLD: Seconds = 4;
/** The longest tail after the last cycle; a longer one is cut, with a short fade. */
export const MAX_TAIL: Seconds = 20;
/** The fade applied when a tail is cut at {@link MAX_TAIL}. */
const CUT_FADE: Seconds = 0.05;
/** Frames rendered at a time (a multiple of the engine's 128-frame block). */
const CHUNK = 4096;
/**
 * The most frames a bounce renders before its tail: 10 minutes at 48 kHz (about 600 MB of memory
 * while rendering). A longer render is refused before anything is queried or allocated.
 */
export const MAX_BOUNCE_FRAMES = 600 * 48000;
/** How long (ms) loops in the code's pattern functions may run while a bounce queries its events. */
export const BOUNCE_QUERY_BUDGET = 3000;

/** Settings for {@link bounce}. */
export interface BounceOptions {
  /** How many cycles to play, from cycle 0 at sample 0. */
  readonly cycles: RationalLike;
  /** Default {@link DEFAULT_SAMPLE_RATE}. */
  readonly sampleRate?: Hz;
  /** The WAV sample format: 16-bit PCM by default. */
  readonly format?: WavFormat;
}

/**
 * Something that went wrong while rendering that did not stop it, e.g. an event with a NaN
 * control (the engine drops that event and plays the rest). Identical problems are counted once.
 */
export interface BounceWarning {
  readonly kind: EngineError['kind'] | 'code' | 'tail';
  readonly message: string;
  /** Where in the code, when known: offsets, and line and column (from 1) of `from`. */
  readonly from?: number;
  readonly to?: number;
  readonly line?: number;
  readonly column?: number;
  /** How many times it happened. */
  readonly count: number;
}

/** What {@link bounce} made. */
export interface Bounce {
  /** The WAV file: stereo, cycle 0 at sample 0. */
  readonly wav: Uint8Array;
  /** The events played, in onset order. */
  readonly events: readonly SoundEvent[];
  /** The tempo they were scheduled with: the code's cps and its changes. */
  readonly tempo: TempoMap;
  /** The largest absolute sample (linear, 0 for silence), and the same in dBFS. */
  readonly peak: number;
  readonly peakDb: Db;
  readonly sampleRate: Hz;
  readonly cps: number;
  /** The file's length; the cycles' own length; and the tail after them. */
  readonly duration: Seconds;
  readonly cyclesDuration: Seconds;
  readonly tail: Seconds;
  readonly warnings: readonly BounceWarning[];
}

/**
 * What a bounce plays, as evaluating the code gave it: the tempo, the samples it declared, and its
 * blocks (or its one pattern). In the browser, the performer realm evaluated it and these patterns
 * answer with the onsets it sent; in Node, {@link evaluateForBounce} evaluates it here.
 */
export interface BounceSource {
  readonly cps: number;
  readonly samples: readonly SampleDeclaration[];
  readonly input: Pattern<unknown> | readonly BlockSpec[];
  /** Locates an error thrown while querying, in the code. */
  readonly locate: (error: unknown) => EvalError | undefined;
  /** Runs the queries with a deadline for the loops in the code's functions (when they run here). */
  readonly within?: <T>(ms: number, f: () => T) => T;
  /** What the code asks for that is not heard (an unheard control, an output weft lacks), at its call. */
  readonly warnings?: readonly { readonly message: string; readonly at: CodeRange }[];
}

/**
 * Renders code already evaluated offline into a WAV file: `cycles` cycles at its cps, then the
 * tails of the last sounds (releases, echoes, reverb) until the output stays under
 * {@link TAIL_FLOOR_DB}, at most {@link MAX_TAIL} seconds. The result is the same, byte for
 * byte, every time. Throws an {@link EvalError} (`line:col: message`) when its pattern fails to
 * query; problems with single events become warnings.
 */
export function bounceFrom(code: string, source: BounceSource, options: BounceOptions): Bounce {
  const job = prepare(code, source, options);
  const place = job.source.samples[0]?.locations ?? [];
  if (job.source.samples.length > 0) {
    job.warnings.add({ kind: 'sound', message: 'this render loads no samples (bounceWithSamples does): their sounds are unknown', locations: place });
  }
  const engine = new Engine({ sampleRate: job.sampleRate, onError: (error) => job.warnings.add(error) });
  for (const event of job.events) engine.schedule(event);
  return finish(job, engine, options);
}

/** Where {@link bounceWithSamples} reads the sample files performer code names. */
export interface BounceSamples {
  /** The bytes at `url`, as the code gave it (a relative URL is the reader's to resolve). */
  read(url: string): Promise<ArrayBuffer | Uint8Array>;
  /** Decodes a file. Default: {@link decodeWav} (WAV files only). */
  decode?(bytes: ArrayBuffer, url: string): Promise<DecodedAudio> | DecodedAudio;
  /** Where the instruments the code names without declaring them (`gm_*`) come from. Default: none (they fail to load). */
  instruments?: InstrumentSource;
}

/**
 * {@link bounceFrom}, with the samples the code declares: reads its sample maps, then the files its
 * events play (and no others), and renders once they have loaded. A file that cannot be read
 * makes its events warnings (`sample "x" failed to load: ...`), as an unknown sound does.
 */
export async function bounceFromWithSamples(code: string, source: BounceSource, options: BounceOptions, samples: BounceSamples): Promise<Bounce> {
  const job = prepare(code, source, options);
  const wanted: Promise<boolean>[] = [];
  let loader: SampleLoader | undefined;
  const engine = new Engine({
    sampleRate: job.sampleRate,
    onError: (error) => job.warnings.add(error),
    onSampleWanted: (name, index) => void (loader && wanted.push(loader.want(name, index))),
  });
  loader = new SampleLoader({
    sink: engineSink(engine),
    read: (url) => samples.read(url),
    decode: samples.decode === undefined ? (bytes) => decodeWav(bytes) : (bytes, url) => samples.decode!(bytes, url),
    eager: false,
    ...(samples.instruments === undefined ? {} : { instruments: samples.instruments }),
    // A file's failure shows on the events that play it; a map's has no event to show on.
    onError: (error: SampleLoadError) => {
      if (error.name === undefined) job.warnings.add({ kind: 'sound', message: `${error.url}: ${error.message}`, locations: error.locations });
    },
  });
  await loader.load(job.source.samples);
  for (const event of job.events) engine.schedule(event);
  await Promise.all(wanted);
  await loader.idle();
  return finish(job, engine, options);
}

/** A bounce evaluated and scheduled, waiting for its engine. */
interface Job {
  readonly sampleRate: Hz;
  readonly source: BounceSource;
  readonly events: SoundEvent[];
  readonly tempo: TempoMap;
  readonly cyclesDuration: Seconds;
  readonly warnings: WarningList;
}

/** Checks the options and schedules the code's events. */
function prepare(code: string, source: BounceSource, options: BounceOptions): Job {
  const sampleRate = options.sampleRate ?? DEFAULT_SAMPLE_RATE;
  if (!Number.isInteger(sampleRate) || sampleRate < 3000 || sampleRate > 384000) {
    throw new RangeError(`the sample rate must be a whole number of hertz from 3000 to 384000, not ${sampleRate}`);
  }
  const cycles = Rational.from(options.cycles);
  if (!cycles.gt(Rational.int(0))) throw new RangeError(`cycles must be positive, not ${cycles.toString()}`);
  checkLength(cycles.toNumber() / source.cps, cycles, source.cps, sampleRate);
  const events = schedule(code, source, cycles);
  const tempo = tempoOf(events, source.cps);
  const cyclesDuration = cycleToSeconds(tempo, cycles);
  checkLength(cyclesDuration, cycles, source.cps, sampleRate);
  const warnings = new WarningList(code);
  for (const { message, at } of source.warnings ?? []) warnings.add({ kind: 'code', message, locations: [at] });
  return { sampleRate, source, events, tempo, cyclesDuration, warnings };
}

/** A render refused for its length: what was asked and the most weft renders, for a message in any language. */
export class RenderTooLong extends RangeError {
  constructor(
    /** How long the render would last, rounded. */
    readonly seconds: number,
    /** The cycles asked for (`8`, `17/2`). */
    readonly cycles: string,
    readonly cps: number,
    /** The longest render, in seconds, at `sampleRate`. */
    readonly most: number,
    readonly sampleRate: Hz,
  ) {
    super(`this render would last ${seconds} s (${cycles} cycles at ${String(cps)} cps): weft renders up to ${most} s at ${sampleRate} Hz; render fewer cycles`);
  }
}

/** Refuses a render longer than {@link MAX_BOUNCE_FRAMES} (before its tail). */
function checkLength(seconds: Seconds, cycles: Rational, cps: number, sampleRate: Hz): void {
  if (seconds * sampleRate <= MAX_BOUNCE_FRAMES) return;
  throw new RenderTooLong(Math.round(seconds), cycles.toString().replace(/\/1$/, ''), cps, Math.floor(MAX_BOUNCE_FRAMES / sampleRate), sampleRate);
}

/** Renders the scheduled engine with its tail and makes the WAV file. */
function finish(job: Job, engine: Engine, options: BounceOptions): Bounce {
  const { sampleRate, source, events, tempo, cyclesDuration, warnings } = job;
  const rendered = renderWithTail(engine, Math.round(cyclesDuration * sampleRate));
  if (rendered.cut) {
    warnings.addTail(`the sound was still going ${MAX_TAIL} s after the last cycle; the tail was cut there`);
  }
  const { left, right } = rendered;
  const peak = peakOf(left, right);
  return {
    wav: encodeWav(left, right, sampleRate, options.format),
    events,
    tempo,
    peak,
    peakDb: peak > 0 ? 20 * Math.log10(peak) : -Infinity,
    sampleRate,
    cps: source.cps,
    duration: left.length / sampleRate,
    cyclesDuration,
    tail: Math.max(0, left.length / sampleRate - cyclesDuration),
    warnings: warnings.list(),
  };
}

/** A warning as `line:col: message` (without a place when it has none), with its count. */
export function formatWarning(warning: BounceWarning): string {
  const at = warning.line === undefined ? '' : `${warning.line}:${warning.column ?? 1}: `;
  const times = warning.count > 1 ? ` (${warning.count} times)` : '';
  return `${at}${warning.message}${times}`;
}

/** The events of the code's blocks (or of its pattern), as an {@link EvalError} if a query fails. */
function schedule(code: string, source: BounceSource, cycles: Rational): SoundEvent[] {
  try {
    const run = (): SoundEvent[] => withDeepStacks(() => scheduleOffline(source.input, { cps: source.cps, cycles }));
    return source.within === undefined ? run() : source.within(BOUNCE_QUERY_BUDGET, run);
  } catch (error) {
    if (error instanceof EvalError) throw error;
    throw source.locate(error) ?? new EvalError(error instanceof Error ? error.message : String(error), code, 0, code.length, { cause: error });
  }
}

/**
 * The tempo map the events were scheduled with: the code's cps, changed where an event's `cps`
 * control asks (as the scheduler does), so the last cycle's end can be found in seconds.
 */
function tempoOf(events: readonly SoundEvent[], cps: number): TempoMap {
  let tempo = tempoMap(cps);
  for (const event of events) {
    const wanted = event.controls['cps'];
    if (typeof wanted !== 'number' || !Number.isFinite(wanted) || wanted <= 0) continue;
    const cycle = secondsToCycle(tempo, event.time);
    if (wanted !== cpsAt(tempo, cycle)) tempo = withCps(tempo, cycle, wanted);
  }
  return tempo;
}

/**
 * Renders `frames` frames, then on until no voice sounds and the output has stayed under the
 * floor for {@link TAIL_HOLD}; the result ends at the last sample at or above the floor (or at
 * `frames`, if later). Cut at {@link MAX_TAIL} with a short fade.
 */
function renderWithTail(engine: Engine, frames: number): { left: Float32Array; right: Float32Array; cut: boolean } {
  const rate = engine.sampleRate;
  const floor = Math.pow(10, TAIL_FLOOR_DB / 20);
  const hold = Math.round(TAIL_HOLD * rate);
  const cap = frames + Math.round(MAX_TAIL * rate);
  const left = new Float32Array(cap);
  const right = new Float32Array(cap);
  let done = 0;
  let lastLoud = -1;
  let over = false;
  while (done < cap) {
    const n = Math.min(CHUNK, cap - done);
    engine.render(left.subarray(done, done + n), right.subarray(done, done + n));
    for (let i = done; i < done + n; i++) {
      if (Math.abs(left[i]!) >= floor || Math.abs(right[i]!) >= floor) lastLoud = i;
    }
    done += n;
    if (done < frames) continue;
    const stats = engine.stats();
    if (stats.voices === 0 && stats.queued === 0 && done - (lastLoud + 1) >= hold) {
      over = true;
      break;
    }
  }
  const cut = !over && lastLoud + 1 >= cap - hold;
  const length = cut ? cap : Math.max(frames, lastLoud + 1);
  const outL = left.slice(0, length);
  const outR = right.slice(0, length);
  if (cut) fadeOut(outL, outR, Math.min(length - frames, Math.round(CUT_FADE * rate)));
  return { left: outL, right: outR, cut };
}

function fadeOut(left: Float32Array, right: Float32Array, frames: number): void {
  const start = left.length - frames;
  for (let i = 0; i < frames; i++) {
    const gain = 1 - (i + 1) / frames;
    left[start + i] = left[start + i]! * gain;
    right[start + i] = right[start + i]! * gain;
  }
}

function peakOf(left: Float32Array, right: Float32Array): number {
  let peak = 0;
  for (let i = 0; i < left.length; i++) {
    const m = Math.max(Math.abs(left[i]!), Math.abs(right[i]!));
    if (m > peak) peak = m;
  }
  return peak;
}

/** The engine's reports, located in the code and counted by kind, message and place. */
class WarningList {
  private readonly byKey = new Map<string, { warning: Omit<BounceWarning, 'count'>; count: number }>();

  constructor(private readonly code: string) {}

  add(error: Omit<EngineError, 'kind'> & { readonly kind: BounceWarning['kind'] }): void {
    const places = error.sound === undefined ? error.locations : soundPlaces(this.code, error.locations, error.sound);
    const place = places[0];
    const located = place === undefined ? {} : { from: place.start, to: place.end, ...this.lineColumn(place.start) };
    this.put({ kind: error.kind, message: error.message, ...located });
  }

  addTail(message: string): void {
    this.put({ kind: 'tail', message });
  }

  list(): BounceWarning[] {
    return [...this.byKey.values()].map(({ warning, count }) => ({ ...warning, count }));
  }

  private put(warning: Omit<BounceWarning, 'count'>): void {
    const key = `${warning.kind}\u0000${warning.message}\u0000${warning.from ?? ''}`;
    const entry = this.byKey.get(key);
    if (entry === undefined) this.byKey.set(key, { warning, count: 1 });
    else entry.count++;
  }

  private lineColumn(offset: number): { line: number; column: number } {
    const { line, column } = lineColumn(this.code, offset);
    return { line, column };
  }
}
