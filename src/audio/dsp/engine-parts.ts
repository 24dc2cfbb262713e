/**
 * What the engine is given and what it gives back, apart from the engine itself (engine.ts): its
 * options, its stats, the code ranges of an event it reports, and what it says of an unknown
 * sound or of a sample that cannot play, and its compiled bytebeats.
 */
import type { CodeRange, EngineError } from '../protocol.ts';
import { ByteBeatSyntaxError, compileByteBeat, type ByteBeatProgram } from './bytebeat-expression.ts';
import { unknownSoundMessage } from '../sound-advice.ts';
import { DRUM_KIT } from './drum-kit.ts';
import type { SampleBank } from './sample-bank.ts';
import type { Frames, Hz, Seconds } from './units.ts';
import { SOURCE, V, VOICE_STRIDE, type VoiceBatch } from './voice-record.ts';

/** Settings for a {@link VoiceEngine}. */
export interface EngineOptions {
  sampleRate: Hz;
  /** The polyphony cap; beyond it the oldest voice is faded out (stolen). Default 1024. */
  maxVoices?: number;
  /** Samples per processing block. Default 128 (a Web Audio render quantum). */
  blockSize?: number;
  /** Called with every rejected event, non-finite voice and effect overflow. */
  onError?: (error: EngineError) => void;
  /** A millisecond clock for the CPU load figure. Default `performance.now`. */
  now?: () => number;
  /**
   * The samples to play from (shared, e.g. by the engines a worklet replaces on hush). Default:
   * a bank of the engine's own, filled with {@link VoiceEngine.declareSound} and {@link VoiceEngine.addSample}.
   */
  samples?: SampleBank;
  /**
   * Called once for each declared sample file an event needs that has not loaded, so that a
   * loader can fetch files on demand (those of a sample map, say).
   */
  onSampleWanted?: (name: string, index: number) => void;
  /**
   * Whether voices are made ahead of need: 32 with the engine and the rest a few a block (see
   * `VoicePool`), so that a live engine allocates nothing while it plays. Default true. An
   * offline render has no audio deadline to keep, and most use a few voices: with false, a voice
   * is made when it is first taken, not the polyphony cap's worth (over a thousand) per render.
   * What is heard is the same.
   */
  voicesAhead?: boolean;
}

/** What the engine reports about itself (see {@link VoiceEngine.stats}). */
export interface EngineStats {
  /** Output frames rendered so far, and the same in seconds: the audio clock. */
  frame: Frames;
  time: Seconds;
  /** Voices sounding now (including stolen ones still fading). */
  voices: number;
  /** Events waiting for their start. */
  queued: number;
  /** The highest absolute output sample since the previous `stats()` call. */
  peak: number;
  /** The lowest limiter gain since the previous `stats()` call (1 = not limiting). */
  limiterGain: number;
  /** Render time over audio time, smoothed (1 = one core fully used). */
  cpu: number;
  /** Totals since the engine started. */
  late: number;
  dropped: number;
  stolen: number;
  errors: number;
}

/** The sources played by name that are synths (for suggesting a name close to an unknown one). */
const SYNTH_SOURCES: readonly string[] = Object.keys(SOURCE).filter((name) => name !== 'drum' && name !== 'sample');

/**
 * What the engine says of a sound that is neither declared nor a synth or a drum: the advice of
 * {@link unknownSoundMessage}, worked out once per name while the declared sounds stay the same.
 */
export class UnknownSoundAdvice {
  private readonly messages = new Map<string, string>();
  private declared = -1;

  /** The message for sound `name`, with `samples` the sounds declared now. */
  message(name: string, samples: SampleBank): string {
    if (this.declared !== samples.size) {
      this.messages.clear();
      this.declared = samples.size;
    }
    let message = this.messages.get(name);
    if (message === undefined) {
      message = unknownSoundMessage(name, [...SYNTH_SOURCES, ...Object.keys(DRUM_KIT), ...samples.names()]);
      this.messages.set(name, message);
    }
    return message;
  }
}

/** The code ranges of the record at `data[at]`, from the batch's `ranges`. */
export function codeRanges(ranges: Float64Array, data: Float64Array, at: number): CodeRange[] {
  return rangeList(ranges, data[at + V.rangeStart]!, data[at + V.rangeCount]!);
}

/** `count` ranges from `ranges[start]` (an error report's, so allocating is fine). */
export function rangeList(ranges: Float64Array, start: number, count: number): CodeRange[] {
  const list: CodeRange[] = [];
  for (let i = 0; i < count; i++) list.push({ start: ranges[start + 2 * i]!, end: ranges[start + 2 * i + 1]! });
  return list;
}

/** True when the record of event `eventId` in `batch` names a sound declared in `samples`. */
export function namesDeclaredSound(batch: VoiceBatch, eventId: number | undefined, samples: SampleBank): boolean {
  const { data, strings } = batch;
  for (let i = 0; i < batch.count; i++) {
    const at = i * VOICE_STRIDE;
    if (data[at + V.eventId] !== eventId) continue;
    const name = strings[data[at + V.name]!];
    return name !== undefined && samples.has(name);
  }
  return false;
}

/** Why file `index` of the sound `name` in `samples` cannot start a voice. */
export function unplayable(samples: SampleBank, name: string, index: number): string {
  const label = `sample "${samples.label(name, index)}"`;
  const entry = samples.entry(name, index);
  if (entry === undefined) return index < 0 && samples.has(name) ? `"${name}" has no sample for this note and velocity` : `${label} is not declared`;
  return entry.state === 'failed' ? `${label} failed to load: ${entry.message}` : `${label} is still loading`;
}

/**
 * The bytebeat expressions an engine has compiled, each once: when its first event is queued,
 * never while rendering.
 */
export class ByteBeatPrograms {
  private readonly programs = new Map<string, ByteBeatProgram>();

  /** Compiles `expression` unless it was before; returns why it does not compile, or ''. */
  compile(expression: string): string {
    if (this.programs.has(expression)) return '';
    try {
      this.programs.set(expression, compileByteBeat(expression));
      return '';
    } catch (error) {
      if (!(error instanceof ByteBeatSyntaxError)) throw error;
      return `byteBeatExpression "${expression}" is not a bytebeat expression: ${error.message}`;
    }
  }

  /** The compiled `expression` (compiled by {@link compile} when its event was queued). */
  get(expression: string): ByteBeatProgram | undefined {
    return this.programs.get(expression);
  }
}
