// The messages between the engine's AudioWorklet and the threads that drive it. Both directions
// are discriminated unions on `type`; data arriving on a port is checked by `readToWorklet`.
import { DRUM_PATCHES } from '../dsp/drum-kit.ts';
import type { EngineStats, Hz, Seconds } from '../dsp/index.ts';
import { recordsAreSound, type VoiceBatch } from '../dsp/voice-record.ts';
import type { CodeRange, EngineError } from '../protocol.ts';
import type { SoundInfo } from '../sample-map.ts';
import { readAddInstrument, type AddInstrumentMessage } from './instrument-message.ts';

export type { AddInstrumentMessage } from './instrument-message.ts';

/** The name the engine's processor is registered under in the AudioWorkletGlobalScope. */
export const PROCESSOR_NAME = 'weft-engine';

/** Settings that can change while the engine plays (each one optional: absent = unchanged). */
export interface EngineParams {
  /** The polyphony cap. Changing it restarts the engine, as {@link HushMessage} does. */
  maxVoices?: number;
  /** A linear gain after the master limiter, in [0, 1] (ramped over one block). */
  gain?: number;
  /** How often stats are posted, in seconds of audio time (0 = never). */
  statsInterval?: Seconds;
}

/**
 * Queues voices: events already resolved into voice records (see `resolveVoices`), at absolute
 * audio times (as `AudioContext.currentTime`). Events that could not be resolved come along as
 * the batch's errors, for the worklet to report as it reports its own.
 */
export interface ScheduleMessage {
  type: 'schedule';
  voices: VoiceBatch;
}

/** Drops queued events that start after `time`; with `block`, only that block's events. */
export interface CancelAfterMessage {
  type: 'cancelAfter';
  time: Seconds;
  block?: string;
}

/** Changes {@link EngineParams}. */
export interface ParamsMessage {
  type: 'params';
  params: EngineParams;
}

/** Silences everything at once: drops every queued event and fades out every sounding voice. */
export interface HushMessage {
  type: 'hush';
}

/**
 * Hands the worklet an extra port (only valid on the node's own port, with the port transferred):
 * the worklet then takes every other message from it too, and posts its stats and errors to it.
 */
export interface ConnectPortMessage {
  type: 'connectPort';
  port: MessagePort;
}

/** Stops the processor for good, so the browser can collect it (only valid on the node's own port). */
export interface DisposeMessage {
  type: 'dispose';
}

/**
 * Declares sounds that performer code named in `samples(...)` (see `Engine.declareSound`): until
 * their files arrive, events that play them are reported as still loading. Declaring a sound again
 * with the same files keeps those already added.
 */
export interface DeclareSamplesMessage {
  type: 'declareSamples';
  sounds: readonly SoundInfo[];
}

/**
 * Hands the engine one decoded file of a sound: one array per channel, at `sampleRate`. Post it
 * with the arrays' buffers in the transfer list, so the audio is moved, not copied.
 */
export interface AddSampleMessage {
  type: 'addSample';
  name: string;
  index: number;
  channels: Float32Array[];
  sampleRate: Hz;
}

/** A file of a sound that could not be loaded: events that need it report `message`. */
export interface SampleFailedMessage {
  type: 'sampleFailed';
  name: string;
  index: number;
  message: string;
}

/** What the worklet accepts. */
export type ToWorklet =
  | ScheduleMessage
  | CancelAfterMessage
  | ParamsMessage
  | HushMessage
  | ConnectPortMessage
  | DisposeMessage
  | DeclareSamplesMessage
  | AddSampleMessage
  | AddInstrumentMessage
  | SampleFailedMessage;

// What the worklet posts back is defined, as schema values, in replies.ts.
export type { ErrorMessage, FromWorklet, SampleWantedMessage, StatsMessage } from './replies.ts';

/** The options the processor is constructed with (`AudioWorkletNode`'s `processorOptions`). */
export interface ProcessorOptions extends EngineParams {
  /** Voices queued before the first block is rendered (what an offline render needs). */
  voices?: VoiceBatch;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function isCodeRange(x: unknown): x is CodeRange {
  return isRecord(x) && typeof x['start'] === 'number' && typeof x['end'] === 'number';
}

const ERROR_KINDS: readonly unknown[] = ['control', 'sound', 'non-finite', 'bank'] satisfies EngineError['kind'][];

function isEngineError(x: unknown): x is EngineError {
  return (
    isRecord(x) && ERROR_KINDS.includes(x['kind']) && typeof x['message'] === 'string' &&
    (x['eventId'] === undefined || typeof x['eventId'] === 'number') && Array.isArray(x['locations']) && x['locations'].every(isCodeRange)
  );
}

/**
 * True if `x` is a {@link VoiceBatch} whose records stay within it (see `recordsAreSound`). Checked
 * once per batch; nothing is copied.
 */
export function isVoiceBatch(x: unknown): x is VoiceBatch {
  if (!isRecord(x)) return false;
  const { count, data, strings, ranges, errors } = x;
  return (
    typeof count === 'number' && data instanceof Float64Array && ranges instanceof Float64Array &&
    Array.isArray(strings) && strings.every((s) => typeof s === 'string') &&
    Array.isArray(errors) && errors.every(isEngineError) &&
    recordsAreSound({ count, data, strings: strings as string[], ranges, errors: errors as EngineError[] }, DRUM_PATCHES.length)
  );
}

const isIndex = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** True if `x` has the shape of a {@link SoundInfo}: a name, its files' URLs and, if pitched, one note each. */
export function isSoundInfo(x: unknown): x is SoundInfo {
  if (!isRecord(x) || typeof x['name'] !== 'string' || x['name'] === '') return false;
  const { urls, notes } = x;
  if (!Array.isArray(urls) || urls.length === 0 || !urls.every((u) => typeof u === 'string')) return false;
  return notes === undefined || (Array.isArray(notes) && notes.length === urls.length && notes.every(isFiniteNumber));
}

/** Reads an {@link AddSampleMessage}'s fields, or `undefined` if they are malformed. */
function readAddSample(data: Record<string, unknown>): AddSampleMessage | undefined {
  const { name, index, channels, sampleRate } = data;
  if (typeof name !== 'string' || !isIndex(index) || !isFiniteNumber(sampleRate) || sampleRate <= 0) return undefined;
  if (!Array.isArray(channels) || channels.length === 0 || !channels.every((c) => c instanceof Float32Array)) return undefined;
  return { type: 'addSample', name, index, channels: channels as Float32Array[], sampleRate };
}

/** Reads the known params out of `x`, ignoring anything malformed. */
export function readParams(x: unknown): EngineParams {
  const params: EngineParams = {};
  if (!isRecord(x)) return params;
  const { maxVoices, gain, statsInterval } = x;
  if (isFiniteNumber(maxVoices) && maxVoices >= 1) params.maxVoices = Math.floor(maxVoices);
  if (isFiniteNumber(gain)) params.gain = Math.min(1, Math.max(0, gain));
  if (isFiniteNumber(statsInterval) && statsInterval >= 0) params.statsInterval = statsInterval;
  return params;
}

/** Checks data that arrived on a port: returns it as a {@link ToWorklet} message, or `undefined` if it is not one. */
export function readToWorklet(data: unknown): ToWorklet | undefined {
  if (!isRecord(data)) return undefined;
  switch (data['type']) {
    case 'schedule':
      // Taken as it came (not copied): the audio thread allocates nothing per event.
      return isVoiceBatch(data['voices']) ? (data as unknown as ScheduleMessage) : undefined;
    case 'cancelAfter': {
      const { time, block } = data;
      if (typeof time !== 'number' || Number.isNaN(time)) return undefined;
      return typeof block === 'string' ? { type: 'cancelAfter', time, block } : { type: 'cancelAfter', time };
    }
    case 'params':
      return { type: 'params', params: readParams(data['params']) };
    case 'hush':
      return { type: 'hush' };
    case 'dispose':
      return { type: 'dispose' };
    case 'declareSamples': {
      const sounds = data['sounds'];
      return Array.isArray(sounds) ? { type: 'declareSamples', sounds: sounds.filter(isSoundInfo) } : undefined;
    }
    case 'addSample':
      return readAddSample(data);
    case 'addInstrument':
      return readAddInstrument(data);
    case 'sampleFailed': {
      const { name, index, message } = data;
      return typeof name === 'string' && isIndex(index) && typeof message === 'string' ? { type: 'sampleFailed', name, index, message } : undefined;
    }
    case 'connectPort': {
      const port = data['port'];
      // A transferred MessagePort arrives as one; checking its postMessage is enough to trust it.
      return isRecord(port) && typeof port['postMessage'] === 'function'
        ? { type: 'connectPort', port: port as unknown as MessagePort }
        : undefined;
    }
    default:
      return undefined;
  }
}
