// The messages between the main thread and the runtime worker, as schema values (valibot): each
// type is inferred from its schema, and what arrives is read through `readToRuntime` (in the
// worker) and `readFromRuntime` (on the main thread). Unknown fields are left out.
import * as v from 'valibot';
import { EvaluationWarningSchema, MidiInRequestSchema, MidiInValueSchema, SampleDeclarationSchema, SliderSchema, VisualRequestSchema } from '../performer/protocol.ts';

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const finite = v.pipe(v.number(), v.finite());
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
/** A time that may be -Infinity (a cancel of everything). */
const time = v.pipe(v.number(), v.check((x) => !Number.isNaN(x), 'not a time'));

/** A range of characters in the performer's code, as `[start, end)` offsets. */
const CodeRangeSchema = v.object({ start: finite, end: finite });

/** Where a piece of the document that is evaluated on its own sits in it (Alt+Enter). */
export const BlockRangeSchema = v.object({
  /** The block's label as typed (`$`, `drums`), when it has one. */
  label: v.optional(v.string()),
  /** Offsets of the block's code in the document. */
  from: count,
  to: count,
  /** Line and column (from 1) of `from` in the document, so errors give the document's lines. */
  line: v.optional(count),
  column: v.optional(count),
});
export type BlockRange = v.InferOutput<typeof BlockRangeSchema>;

/** A problem in the performer's code: offsets into the document, and the line and column (from 1) of `from`. */
export const CodeErrorSchema = v.object({ message: v.string(), line: count, column: count, from: count, to: count });
export type CodeError = v.InferOutput<typeof CodeErrorSchema>;

/** A block as an evaluation left it: its unique label (`$`, `$#2`, `drums`; `''` for unlabelled code) and range. */
const BlockInfoSchema = v.object({ label: v.string(), muted: v.boolean(), from: count, to: count });
export type BlockInfo = v.InferOutput<typeof BlockInfoSchema>;

/** A unique label as the code writes it: `$#2` (the scheduler's `uniqueLabels` tells repeated labels apart so) is `$`. */
export const baseLabel = (label: string): string => label.replace(/#\d+$/, '');

/** The runtime's fixed settings, sent with the init message. */
const RuntimeSettingsSchema = v.object({
  /** How far ahead of the audio clock events are sent. */
  lookahead: positive,
  /** Time between scheduler ticks (and heartbeats). */
  interval: positive,
  /** The engine's sample rate and block size (one block is how soon a change is heard). */
  sampleRate: positive,
  blockSize: v.pipe(count, v.minValue(1)),
});
export type RuntimeSettings = v.InferOutput<typeof RuntimeSettingsSchema>;

/** The tempo map's segment in force: cycle `cycle` (exact, `"n/d"`) falls at audio time `time`. */
const TempoAnchorSchema = v.object({ cycle: v.pipe(v.string(), v.regex(/^-?\d+(\/\d+)?$/)), time: finite, cps: positive });
export type TempoAnchor = v.InferOutput<typeof TempoAnchorSchema>;

/**
 * Which evaluation haps come from, as the main thread named it when it sent the code: its haps
 * carry it, so each view lights only the haps of the code it sent, whenever they arrive.
 */
const EvaluationKeySchema = v.string();

/** One successful evaluation that a block still plays (or falls back on). */
const SnapshotEntrySchema = v.object({ id: count, code: v.string(), block: v.optional(BlockRangeSchema), key: v.optional(EvaluationKeySchema) });
export type SnapshotEntry = v.InferOutput<typeof SnapshotEntrySchema>;

/** Which pattern of an entry: the index of a block in its evaluation, or -1 for its unlabelled pattern. */
const SourceRefSchema = v.object({ entry: count, index: v.pipe(v.number(), v.safeInteger(), v.minValue(-1)) });
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;

/** A block of the performance: what it plays now (absent: silence) and the version it falls back on. */
const SnapshotBlockSchema = v.object({
  label: v.string(),
  muted: v.boolean(),
  from: count,
  to: count,
  current: v.optional(SourceRefSchema),
  fallback: v.optional(SourceRefSchema),
});
export type SnapshotBlock = v.InferOutput<typeof SnapshotBlockSchema>;

/**
 * The performance as the runtime worker's store holds it, as code (not patterns): what a new
 * worker rebuilds it from, and the main thread's read-only mirror of it.
 */
export const SnapshotSchema = v.object({
  entries: v.array(SnapshotEntrySchema),
  blocks: v.array(SnapshotBlockSchema),
  mutes: v.array(v.string()),
  solos: v.array(v.string()),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;

/** True if `x` is a well-formed {@link Snapshot}. */
export function isSnapshot(x: unknown): x is Snapshot {
  return v.is(SnapshotSchema, x);
}

/** What a replacement worker restores: the performance, the tempo, and the clock's phase. */
const RestoreStateSchema = v.object({
  snapshot: SnapshotSchema,
  running: v.boolean(),
  cps: positive,
  /** Where the previous worker's cycles fell; the new one continues in phase from one block after now. */
  tempo: v.optional(TempoAnchorSchema),
});
export type RestoreState = v.InferOutput<typeof RestoreStateSchema>;

const port = v.custom<MessagePort>((x) => typeof x === 'object' && x !== null && typeof (x as { postMessage?: unknown }).postMessage === 'function', 'not a port');

// ---- main thread -> worker ----

/**
 * Starts a worker's performance: the port to the engine worklet (transferred), the clock worklet's
 * (which stamps the audio clock until the engine does), settings, and what to restore.
 */
const InitSchema = v.object({
  type: v.literal('init'),
  port,
  clock: v.optional(port),
  /** Which worker this is (0 for the first, then one more per restart); makes event ids unique. */
  generation: count,
  settings: RuntimeSettingsSchema,
  restore: v.optional(RestoreStateSchema),
});
export type InitMessage = v.InferOutput<typeof InitSchema>;

/** Evaluates code: the whole document, or one block of it (`block`); quantized swaps wait for the next cycle. */
const EvaluateSchema = v.object({
  type: v.literal('evaluate'),
  id: count,
  code: v.string(),
  block: v.optional(BlockRangeSchema),
  quantize: v.optional(v.boolean()),
  /** The cycle it plays from (a room's evaluation: every peer swaps there); overrides `quantize`. */
  cycle: v.optional(v.pipe(finite, v.integer())),
  /** The evaluation's key, carried by its haps (see {@link SoundingHap}). */
  key: v.optional(EvaluationKeySchema),
});
export type EvaluateCommand = v.InferOutput<typeof EvaluateSchema>;

export const ToRuntimeSchema = v.variant('type', [
  InitSchema,
  EvaluateSchema,
  v.object({ type: v.picklist(['mute', 'unmute', 'solo']), label: v.string() }),
  /** Ends the solo of one block, or of all. */
  v.object({ type: v.literal('unsolo'), label: v.optional(v.string()) }),
  /** `hush` silences at once and forgets every block; `stop` stops the clock; `start` starts it from cycle 0. */
  v.object({ type: v.picklist(['hush', 'stop', 'start']) }),
  v.object({ type: v.literal('setCps'), cps: positive }),
  /**
   * Follows a room's clock: its tempo map in audio time, each anchor's cycle `cycle` at audio time
   * `time`, then at `cps`, in cycle order (sent again as the estimate of the room's clock moves);
   * the code's `setcps` and `setCps` no longer change the tempo (the room's map does). Without
   * `tempo`, the worker plays on its own clock again.
   */
  v.object({ type: v.literal('follow'), tempo: v.optional(v.pipe(v.array(TempoAnchorSchema), v.minLength(1), v.maxLength(64))) }),
  /** Moves a slider (its id from an `evaluated` answer): what it sets plays `value` from the next events sent. */
  v.object({ type: v.literal('slider'), id: v.pipe(v.string(), v.maxLength(40)), value: finite }),
  /** Sets a MIDI input's value (its key from an `evaluated` answer's `midiInputs`) for all code: heard from the next events sent, as a slider. */
  v.object({ type: v.literal('midiIn'), key: v.pipe(v.string(), v.maxLength(300)), value: MidiInValueSchema }),
]);
/** What the worker accepts. */
export type ToRuntime = v.InferOutput<typeof ToRuntimeSchema>;

// ---- worker -> main thread ----

/**
 * A sounding hap, for highlights and visuals: when (audio time), which characters, which block,
 * and the key of the evaluation whose code made it (when it was sent with one).
 */
const SoundingHapSchema = v.object({
  id: finite,
  time: finite,
  duration: finite,
  block: v.optional(v.string()),
  key: v.optional(EvaluationKeySchema),
  locations: v.array(CodeRangeSchema),
  controls: v.record(v.string(), v.unknown()),
});
export type SoundingHap = v.InferOutput<typeof SoundingHapSchema>;

/** Haps posted earlier that will not sound after all: those of `block` (of every block when absent) after `time`. */
const HapCancelSchema = v.object({ time, block: v.optional(v.string()) });
export type HapCancel = v.InferOutput<typeof HapCancelSchema>;

/** The worker's state, posted after every tick: it is also the heartbeat the watchdog listens to. */
const RuntimeStatusSchema = v.object({
  running: v.boolean(),
  cps: finite,
  cycle: finite,
  /** The estimated audio time now. */
  time: finite,
  /** How much audio is queued ahead of now (0 when stopped). */
  ahead: finite,
  eventsScheduled: count,
  eventsLate: count,
  /** How many times the performer realm was thrown away and replaced (it hung, broke or was damaged). */
  realmsReplaced: count,
  tempo: TempoAnchorSchema,
});
export type RuntimeStatus = v.InferOutput<typeof RuntimeStatusSchema>;

const EvaluatedSchema = v.object({
  type: v.literal('evaluated'),
  id: count,
  blocks: v.array(BlockInfoSchema),
  cps: finite,
  /** The audio time from which the new code is heard (when playing). */
  swapTime: v.optional(finite),
  /** Wall-clock times (ms, `performance.timeOrigin + performance.now()`): received, first new event posted. */
  received: finite,
  firstEvent: v.optional(finite),
  /** What the code declared with `samples(...)` (plain data), for the main thread's sample loader. */
  samples: v.array(SampleDeclarationSchema),
  /** The visuals the code asks for, their calls in document offsets. */
  visuals: v.array(VisualRequestSchema),
  /** What the code asks for that is not heard or drawn, in document offsets. */
  warnings: v.array(EvaluationWarningSchema),
  /** The code's sliders, in document offsets, each with the id that sets it (`slider` command). */
  sliders: v.array(v.strictObject({ ...SliderSchema.entries, id: v.pipe(v.string(), v.maxLength(40)) })),
  /** The MIDI inputs the code listens to (`midin`), their calls in document offsets, each with the key that sets it (`midiIn` command). */
  midiInputs: v.array(MidiInRequestSchema),
});
export type EvaluatedMessage = v.InferOutput<typeof EvaluatedSchema>;

export const FromRuntimeSchema = v.variant('type', [
  /** The worker has loaded, and waits for the init message. */
  v.object({ type: v.literal('ready') }),
  /** The worker has evaluation `id` in hand; `ahead` is the audio queued. */
  v.object({ type: v.literal('evaluating'), id: count, ahead: finite }),
  EvaluatedSchema,
  /** Evaluation `id` failed; nothing changed. */
  v.object({ type: v.literal('error'), id: count, ...CodeErrorSchema.entries }),
  /** A batch of scheduled haps; the cancels apply (to haps posted before) first. */
  v.object({ type: v.literal('haps'), cancels: v.array(HapCancelSchema), haps: v.array(SoundingHapSchema) }),
  /** How many commands (messages after `init`) the worker has handled: the rest may need resending. */
  v.object({ type: v.literal('status'), status: RuntimeStatusSchema, handled: count }),
  /** A block's pattern fails (now or from a later cycle): it plays its previous version (or silence) from there. */
  v.object({ type: v.literal('queryError'), label: v.string(), reverted: v.picklist(['previous', 'silence']), ...CodeErrorSchema.entries }),
  /** The performance changed: the store's state, to mirror and to restore if this worker has to be replaced. */
  v.object({ type: v.literal('snapshot'), snapshot: SnapshotSchema }),
]);
/** What the worker posts. */
export type FromRuntime = v.InferOutput<typeof FromRuntimeSchema>;

/** Checks data that arrived in the worker: returns it as a {@link ToRuntime} message, or `undefined`. */
export function readToRuntime(data: unknown): ToRuntime | undefined {
  const result = v.safeParse(ToRuntimeSchema, data);
  return result.success ? result.output : undefined;
}

/** Checks data that arrived from the worker: returns it as a {@link FromRuntime} message, or `undefined`. */
export function readFromRuntime(data: unknown): FromRuntime | undefined {
  const result = v.safeParse(FromRuntimeSchema, data);
  return result.success ? result.output : undefined;
}
