/**
 * What the engine's worklet posts back (stats, errors, files wanted) and the clock worklet's
 * stamps, as schema values (valibot): each type is inferred from its schema, and the threads that
 * read the worklets' ports (the main thread's node, the runtime worker) read it through
 * {@link readFromWorklet}. Unknown fields are left out. What the worklet accepts is in messages.ts.
 */
import * as v from 'valibot';
import type { EngineStats } from '../dsp/index.ts';
import type { EngineError } from '../protocol.ts';

const finite = v.pipe(v.number(), v.finite());
const index = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** The counters of {@link EngineStats}, every one a finite number. */
const STATS_FIELDS = ['frame', 'time', 'voices', 'queued', 'peak', 'limiterGain', 'cpu', 'late', 'dropped', 'stolen', 'errors'] as const;

/**
 * The engine's counters (see {@link EngineStats}), stamped with the audio clock: `frame` is the
 * context's `currentFrame` at the start of the block just rendered, and `time` the same in seconds.
 */
const StatsSchema = v.object({
  type: v.literal('stats'),
  ...Object.fromEntries(STATS_FIELDS.map((field) => [field, finite])) as Record<(typeof STATS_FIELDS)[number], typeof finite>,
});
export type StatsMessage = v.InferOutput<typeof StatsSchema>;

/** A rejected event or a DSP fault (`kind` as in {@link EngineError}), or a fault of the worklet itself. */
const ErrorSchema = v.object({
  type: v.literal('error'),
  kind: v.picklist(['control', 'sound', 'non-finite', 'bank', 'worklet']),
  message: v.string(),
  eventId: v.optional(finite),
  sound: v.optional(v.string()),
  bank: v.optional(v.string()),
  locations: v.array(v.object({ start: finite, end: finite })),
});
export type ErrorMessage = v.InferOutput<typeof ErrorSchema>;

/**
 * A declared file that an event needs has not arrived (posted once per file): a loader that
 * fetches files on demand, such as those of a sample map, fetches it now.
 */
const SampleWantedSchema = v.object({ type: v.literal('sampleWanted'), name: v.string(), index });
export type SampleWantedMessage = v.InferOutput<typeof SampleWantedSchema>;

/**
 * A stamp of the audio clock alone, posted by the clock worklet (clock-processor.ts) until the
 * engine's stats take over: `frame` and `time` as in a stats message.
 */
const ClockSchema = v.object({ type: v.literal('clock'), frame: finite, time: finite });
export type ClockMessage = v.InferOutput<typeof ClockSchema>;

export const FromWorkletSchema = v.variant('type', [StatsSchema, ErrorSchema, SampleWantedSchema, ClockSchema]);
/** What the worklet posts. */
export type FromWorklet = v.InferOutput<typeof FromWorkletSchema>;

/** Checks data that arrived from the worklet: returns it as a {@link FromWorklet} message, or `undefined`. */
export function readFromWorklet(data: unknown): FromWorklet | undefined {
  const result = v.safeParse(FromWorkletSchema, data);
  return result.success ? result.output : undefined;
}

// The schemas follow the engine's own types: a field added there and not here fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const statsFollowEngine: Same<Omit<StatsMessage, 'type'>, EngineStats> = true;
const errorsFollowEngine: Same<Exclude<ErrorMessage['kind'], 'worklet'>, EngineError['kind']> = true;
void statsFollowEngine;
void errorsFollowEngine;
