/**
 * The messages between the runtime (a clean realm: the scheduler, the store, the engine's sink)
 * and the performer realm (the DSL and the performer's code: evaluation and queries, nothing
 * else). Each message is a schema value; its TypeScript type is inferred from it, and the
 * runtime reads everything the performer realm says through {@link readFromPerformer}: that realm
 * runs untrusted code, so only plain data that passes these schemas ever leaves it.
 */
import * as v from 'valibot';

/** Messages longer than this are cut (a message is for a person to read). */
export const MAX_MESSAGE = 2000;

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const integer = v.pipe(v.number(), v.safeInteger());
const finite = v.pipe(v.number(), v.finite());
const text = v.pipe(v.string(), v.maxLength(MAX_MESSAGE));

/** An exact time in cycles as `[numerator, denominator]`. */
export const TimeSchema = v.tuple([integer, v.pipe(integer, v.minValue(1))]);
export type Time = v.InferOutput<typeof TimeSchema>;

/** Values nested deeper than this are not plain data (the realm writes deeper ones as text). */
export const MAX_DEPTH = 12;

/** Plain data: what a hap's value may be once it has left the performer realm. */
export type PlainValue = string | number | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/** True for plain data (JSON-like, arrays and plain objects only) no deeper than {@link MAX_DEPTH}. */
export function isPlainValue(x: unknown, depth = 0): x is PlainValue {
  if (x === null) return true;
  switch (typeof x) {
    case 'string':
    case 'number':
    case 'boolean':
      return true;
    case 'object': {
      if (depth >= MAX_DEPTH) return false;
      if (Array.isArray(x)) return x.every((item) => isPlainValue(item, depth + 1));
      const proto: unknown = Object.getPrototypeOf(x);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.values(x).every((item) => isPlainValue(item, depth + 1));
    }
    default:
      return false;
  }
}

const plain = v.custom<PlainValue>((x) => isPlainValue(x), 'not plain data');

/** A range of characters in the evaluated code, `[start, end)`. */
const LocationSchema = v.tuple([count, count]);

/** A hap with its onset, as plain data: its whole (onset to end), its value and its characters. */
export const PlainHapSchema = v.strictObject({
  begin: TimeSchema,
  end: TimeSchema,
  value: plain,
  locations: v.array(LocationSchema),
});
export type PlainHap = v.InferOutput<typeof PlainHapSchema>;

/** A problem in evaluated code: line and column (from 1) and offsets, all relative to that code. */
export const PlainErrorSchema = v.strictObject({
  message: text,
  line: v.pipe(count, v.minValue(1)),
  column: v.pipe(count, v.minValue(1)),
  from: count,
  to: count,
});
export type PlainError = v.InferOutput<typeof PlainErrorSchema>;

/**
 * What querying one block over a window gave: its onsets, or the error that stopped it, with the
 * onsets before `at`, the cycle from which it fails (the window's start when not given).
 */
export const QueryResultSchema = v.union([
  v.strictObject({ haps: v.array(PlainHapSchema) }),
  v.strictObject({ error: PlainErrorSchema, at: v.optional(TimeSchema), haps: v.optional(v.array(PlainHapSchema)) }),
]);
export type QueryResult = v.InferOutput<typeof QueryResultSchema>;

/** A block of an evaluation: its label as written (`$`, `_$`, `drums`), and its range in the code. */
export const PlainBlockSchema = v.strictObject({
  label: v.pipe(v.string(), v.maxLength(200)),
  muted: v.boolean(),
  from: count,
  to: count,
});
export type PlainBlock = v.InferOutput<typeof PlainBlockSchema>;

const SampleFileSchema = v.strictObject({ url: v.string(), note: v.optional(finite) });
const CodeRangeSchema = v.strictObject({ start: count, end: count });
export const SampleDeclarationSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('sound'), name: v.string(), files: v.array(SampleFileSchema), locations: v.array(CodeRangeSchema) }),
  v.strictObject({ kind: v.literal('map'), url: v.string(), base: v.optional(v.string()), locations: v.array(CodeRangeSchema) }),
]);

/** A visual the code asks for (see `VisualRequest` in src/eval): its kind, inline or not, its options, its call. */
export const VisualRequestSchema = v.strictObject({
  kind: v.pipe(v.string(), v.maxLength(32)),
  inline: v.boolean(),
  options: v.pipe(v.record(v.pipe(v.string(), v.maxLength(100)), v.union([v.pipe(v.string(), v.maxLength(200)), finite, v.boolean()])), v.maxEntries(64)),
  at: CodeRangeSchema,
});
export type PlainVisualRequest = v.InferOutput<typeof VisualRequestSchema>;

/** Something the code asks for that is not heard or drawn, at its call: the code plays on. */
export const EvaluationWarningSchema = v.strictObject({ message: text, at: CodeRangeSchema });
export type PlainEvaluationWarning = v.InferOutput<typeof EvaluationWarningSchema>;

/** A slider the code asks for (see `SliderRequest` in src/eval): where it writes, its range and value. */
export const SliderSchema = v.strictObject({ at: CodeRangeSchema, literal: v.boolean(), min: finite, max: finite, step: finite, value: finite });
export type PlainSlider = v.InferOutput<typeof SliderSchema>;

/** A MIDI input the code listens to (see `MidiInRequest` in src/eval): its port, what it reads, and the key its value is set by. */
export const MidiInRequestSchema = v.strictObject({
  port: v.pipe(v.string(), v.maxLength(200)),
  at: CodeRangeSchema,
  kind: v.picklist(['cc', 'held', 'last']),
  number: v.pipe(integer, v.minValue(0), v.maxValue(127)),
  channel: v.pipe(integer, v.minValue(0), v.maxValue(16)),
  key: v.pipe(v.string(), v.maxLength(300)),
});
export type PlainMidiInRequest = v.InferOutput<typeof MidiInRequestSchema>;

/** A MIDI input's value: a controller's (0 to 1) or the last note, or the notes held (128 at most). */
export const MidiInValueSchema = v.union([finite, v.pipe(v.array(finite), v.maxLength(128))]);

/** How many visuals, warnings, sliders and MIDI inputs one evaluation may report (more are left out). */
export const MAX_VISUALS = 64;

/** Which pattern of an evaluation: the index of one of its blocks, or -1 for code with no block. */
const index = v.pipe(integer, v.minValue(-1));

// ---- runtime -> performer realm ----

/** A window of cycles `[from, to)`. */
export const WindowSchema = v.strictObject({ from: TimeSchema, to: TimeSchema });
export type Window = v.InferOutput<typeof WindowSchema>;

export const ToPerformerSchema = v.variant('type', [
  /** Evaluates code (entry `id`) and checks its patterns by querying them over `window`. */
  v.strictObject({ type: v.literal('evaluate'), id: count, code: v.string(), cps: finite, window: WindowSchema }),
  /** Queries patterns of evaluations it holds; answered in order. */
  v.strictObject({
    type: v.literal('fill'),
    seq: count,
    queries: v.array(v.strictObject({ entry: count, index, from: TimeSchema, to: TimeSchema })),
  }),
  /** Evaluates again the code of evaluations a previous realm held (no checks: it played before). */
  v.strictObject({ type: v.literal('restore'), seq: count, cps: finite, entries: v.array(v.strictObject({ id: count, code: v.string() })) }),
  /** Forgets evaluations nothing plays any more. */
  v.strictObject({ type: v.literal('forget'), entries: v.array(count) }),
  /** Sets slider `index` of evaluation `entry`: its patterns play `value` when next queried. */
  v.strictObject({ type: v.literal('slider'), entry: count, index: count, value: finite }),
  /** Sets the value of MIDI input `key` for every evaluation: their patterns play it when next queried. */
  v.strictObject({ type: v.literal('midiIn'), key: v.pipe(v.string(), v.maxLength(300)), value: MidiInValueSchema }),
]);
export type ToPerformer = v.InferOutput<typeof ToPerformerSchema>;

// ---- performer realm -> runtime ----

export const FromPerformerSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  /** About to run evaluation `id`, or query block `index` of entry `entry`: what to blame if it never answers. */
  v.strictObject({ type: v.literal('busy'), id: v.optional(count), entry: v.optional(count), index: v.optional(index) }),
  v.strictObject({
    type: v.literal('evaluated'),
    id: count,
    blocks: v.array(PlainBlockSchema),
    cps: finite,
    samples: v.array(SampleDeclarationSchema),
    visuals: v.pipe(v.array(VisualRequestSchema), v.maxLength(MAX_VISUALS)),
    warnings: v.pipe(v.array(EvaluationWarningSchema), v.maxLength(MAX_VISUALS)),
    sliders: v.pipe(v.array(SliderSchema), v.maxLength(MAX_VISUALS)),
    midiInputs: v.pipe(v.array(MidiInRequestSchema), v.maxLength(MAX_VISUALS)),
    /** One result per pattern to play: per block in order, or one for code with no block. */
    checks: v.array(QueryResultSchema),
  }),
  v.strictObject({ type: v.literal('failed'), id: count, error: PlainErrorSchema }),
  v.strictObject({ type: v.literal('filled'), seq: count, results: v.array(QueryResultSchema) }),
  /** The restored evaluations' blocks, and which no longer evaluate (their blocks fall silent). */
  v.strictObject({
    type: v.literal('restored'),
    seq: count,
    entries: v.array(v.strictObject({ id: count, blocks: v.array(PlainBlockSchema) })),
    failed: v.array(count),
  }),
  /**
   * Performer code changed the realm itself (a built-in prototype, a global): it must be thrown
   * away. `during` says what it was doing; `what` names the change for the performer.
   */
  v.strictObject({
    type: v.literal('damaged'),
    what: text,
    during: v.variant('kind', [
      v.strictObject({ kind: v.literal('evaluate'), id: count }),
      /** Which query, when the check after it found the change (a batch's change otherwise). */
      v.strictObject({ kind: v.literal('fill'), seq: count, entry: v.optional(count), index: v.optional(index) }),
    ]),
  }),
]);
export type FromPerformer = v.InferOutput<typeof FromPerformerSchema>;

/** Reads what the performer realm posted: the message, or undefined for anything malformed. */
export function readFromPerformer(data: unknown): FromPerformer | undefined {
  const result = v.safeParse(FromPerformerSchema, data);
  return result.success ? result.output : undefined;
}

/** Reads what the runtime posted to the performer realm. */
export function readToPerformer(data: unknown): ToPerformer | undefined {
  const result = v.safeParse(ToPerformerSchema, data);
  return result.success ? result.output : undefined;
}
