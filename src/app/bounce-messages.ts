// The messages between the app and its bounce worker, as schema values (the types are inferred
// from them): both sides read what arrives through `readToBounce` / `readFromBounce`.
import * as v from 'valibot';

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const positive = v.pipe(v.number(), v.finite(), v.minValue(0));
const bytes = v.instance(ArrayBuffer);
const channels = v.array(v.custom<Float32Array>((x) => x instanceof Float32Array, 'not samples'));

// ---- app -> bounce worker ----

export const ToBounceSchema = v.variant('type', [
  /** Bounces `code` over `cycles` cycles. */
  v.strictObject({ type: v.literal('bounce'), code: v.string(), cycles: v.pipe(v.number(), v.finite(), v.gtValue(0)), sampleRate: count }),
  /** The bytes of a sample file the worker asked for ({@link FromBounce} `read`), or why there are none. */
  v.strictObject({ type: v.literal('read'), id: count, bytes }),
  v.strictObject({ type: v.literal('read-failed'), id: count, message: v.string() }),
  /** A file the worker could not decode itself (workers have no `decodeAudioData`), decoded at the bounce's rate. */
  v.strictObject({ type: v.literal('decoded'), id: count, channels, sampleRate: positive }),
  v.strictObject({ type: v.literal('decode-failed'), id: count, message: v.string() }),
  /** A General MIDI instrument the worker asked for (read field by field there: `readInstrument`), or why there is none. */
  v.strictObject({ type: v.literal('instrument'), id: count, instrument: v.unknown() }),
  v.strictObject({ type: v.literal('instrument-failed'), id: count, message: v.string() }),
]);
export type ToBounce = v.InferOutput<typeof ToBounceSchema>;
export type BounceRequest = Extract<ToBounce, { type: 'bounce' }>;

// ---- bounce worker -> app ----

/**
 * What went wrong in the bounce worker itself (not in the code's evaluation, whose error is the
 * evaluator's): the app says it in the performer's language (`bounceWords().problems`).
 */
export const BounceProblemSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('ranTooLong'), seconds: count }),
  v.strictObject({ kind: v.literal('malformed') }),
  v.strictObject({ kind: v.literal('noStart') }),
  v.strictObject({ kind: v.literal('outOfTurn') }),
  v.strictObject({ kind: v.literal('damaged'), what: v.string() }),
  v.strictObject({ kind: v.literal('tooLong'), seconds: count, cycles: v.string(), cps: v.number(), most: count, sampleRate: count }),
]);
export type BounceProblem = v.InferOutput<typeof BounceProblemSchema>;

export const FromBounceSchema = v.variant('type', [
  /** The WAV file, and what is worth telling the performer about it. */
  v.strictObject({
    type: v.literal('done'),
    wav: v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'not bytes'),
    duration: positive,
    peakDb: v.number(),
    events: count,
    warnings: v.array(v.string()),
    /** The tail was cut this many seconds after the last cycle (said by the app, in the performer's language). */
    tailCut: v.optional(positive),
  }),
  /** The code could not be bounced (an evaluation error, located as `line:col: message`; or a problem of the worker's, also in English in `message`). */
  v.strictObject({ type: v.literal('failed'), message: v.string(), problem: v.optional(BounceProblemSchema) }),
  /** Asks for the bytes of a sample file the code names (the worker reaches no network itself). */
  v.strictObject({ type: v.literal('read'), id: count, url: v.string() }),
  /** Asks the app to decode a sample file that is not WAV. */
  v.strictObject({ type: v.literal('decode'), id: count, bytes }),
  /** Asks the app for a General MIDI instrument (`gm_*`) the code plays, made from the SoundFont there. */
  v.strictObject({ type: v.literal('instrument'), id: count, name: v.string() }),
]);
export type FromBounce = v.InferOutput<typeof FromBounceSchema>;
export type BounceDone = Extract<FromBounce, { type: 'done' }>;

/** Reads what the bounce worker posted: the message, or undefined for anything malformed. */
export function readFromBounce(data: unknown): FromBounce | undefined {
  const result = v.safeParse(FromBounceSchema, data);
  return result.success ? result.output : undefined;
}

/** Reads what the app posted to the bounce worker. */
export function readToBounce(data: unknown): ToBounce | undefined {
  const result = v.safeParse(ToBounceSchema, data);
  return result.success ? result.output : undefined;
}

/** True when `wav` starts as a WAV file does (`RIFF`…`WAVE`). */
export function looksLikeWav(wav: Uint8Array): boolean {
  const tag = (at: number): string => String.fromCharCode(...wav.subarray(at, at + 4));
  return wav.length >= 44 && tag(0) === 'RIFF' && tag(8) === 'WAVE';
}
