// The messages between the main thread and the runtime worker. Both directions are discriminated
// unions on `type`; what arrives is checked by `readToRuntime` (in the worker) and
// `readFromRuntime` (on the main thread, which trusts nothing a thread running performer code says).
import type { SampleDeclaration } from '../../audio/index.ts';
import type { CodeRange, Hz, Seconds } from '../../audio/index.ts';

/** Where a piece of the document that is evaluated on its own sits in it (Alt+Enter). */
export interface BlockRange {
  /** The block's label as typed (`$`, `drums`), when it has one. */
  label?: string;
  /** Offsets of the block's code in the document. */
  from: number;
  to: number;
  /** Line and column (from 1) of `from` in the document, so errors give the document's lines. */
  line?: number;
  column?: number;
}

/** A problem in the performer's code: offsets into the document, and the line and column (from 1) of `from`. */
export interface CodeError {
  message: string;
  line: number;
  column: number;
  from: number;
  to: number;
}

/** A block as an evaluation left it: its unique label (`$`, `$#2`, `drums`; `''` for unlabelled code) and range. */
export interface BlockInfo {
  label: string;
  muted: boolean;
  from: number;
  to: number;
}

/** The runtime's fixed settings, sent with {@link InitMessage}. */
export interface RuntimeSettings {
  /** How far ahead of the audio clock events are sent. */
  lookahead: Seconds;
  /** Time between scheduler ticks (and heartbeats). */
  interval: Seconds;
  /** The engine's sample rate and block size (one block is how soon a change is heard). */
  sampleRate: Hz;
  blockSize: number;
}

/** The tempo map's segment in force: cycle `cycle` (exact, `"n/d"`) falls at audio time `time`. */
export interface TempoAnchor {
  cycle: string;
  time: Seconds;
  cps: number;
}

/** One successful evaluation that a block still plays (or falls back on). */
export interface SnapshotEntry {
  id: number;
  code: string;
  block?: BlockRange;
}

/** Which pattern of an entry: the index of a block in its evaluation, or -1 for its unlabelled pattern. */
export interface SourceRef {
  entry: number;
  index: number;
}

/** A block of the performance: what it plays now (absent: silence) and the version it falls back on. */
export interface SnapshotBlock {
  label: string;
  muted: boolean;
  from: number;
  to: number;
  current?: SourceRef;
  fallback?: SourceRef;
}

/** Everything needed to rebuild the performance in a new worker: the code, not the patterns. */
export interface Snapshot {
  entries: SnapshotEntry[];
  blocks: SnapshotBlock[];
  mutes: string[];
  solos: string[];
}

/** What a replacement worker restores: the performance, the tempo, and the clock's phase. */
export interface RestoreState {
  snapshot: Snapshot;
  running: boolean;
  cps: number;
  /** Where the previous worker's cycles fell; the new one continues in phase from one block after now. */
  tempo?: TempoAnchor;
}

// ---- main thread -> worker ----

/** Starts a worker's performance: the port to the engine worklet (transferred), settings, and what to restore. */
export interface InitMessage {
  type: 'init';
  port: MessagePort;
  /** Which worker this is (0 for the first, then one more per restart); makes event ids unique. */
  generation: number;
  settings: RuntimeSettings;
  restore?: RestoreState;
}

/** Evaluates code: the whole document, or one block of it (`block`); quantized swaps wait for the next cycle. */
export interface EvaluateCommand {
  type: 'evaluate';
  id: number;
  code: string;
  block?: BlockRange;
  quantize?: boolean;
}

export interface MuteCommand {
  type: 'mute' | 'unmute' | 'solo';
  label: string;
}

/** Ends the solo of one block, or of all. */
export interface UnsoloCommand {
  type: 'unsolo';
  label?: string;
}

/** `hush` silences at once and forgets every block; `stop` stops the clock; `start` starts it from cycle 0. */
export interface TransportCommand {
  type: 'hush' | 'stop' | 'start';
}

export interface SetCpsCommand {
  type: 'setCps';
  cps: number;
}

/** What the worker accepts. */
export type ToRuntime = InitMessage | EvaluateCommand | MuteCommand | UnsoloCommand | TransportCommand | SetCpsCommand;

// ---- worker -> main thread ----

/** The worker has loaded and warmed up, and waits for {@link InitMessage}. */
export interface ReadyMessage {
  type: 'ready';
}

/** The worker starts running evaluation `id` (the watchdog times it); `ahead` is the audio queued. */
export interface EvaluatingMessage {
  type: 'evaluating';
  id: number;
  ahead: Seconds;
}

/** Evaluation `id` succeeded: the blocks it set, and when the change is heard. */
export interface EvaluatedMessage {
  type: 'evaluated';
  id: number;
  blocks: BlockInfo[];
  cps: number;
  /** The audio time from which the new code is heard (when playing). */
  swapTime?: Seconds;
  /** Wall-clock times (ms, `performance.timeOrigin + performance.now()`): received, first new event posted. */
  received: number;
  firstEvent?: number;
  /** What the code declared with `samples(...)` (plain data), for the main thread's sample loader. */
  samples: SampleDeclaration[];
}

/** Evaluation `id` failed; nothing changed. */
export interface EvaluationErrorMessage extends CodeError {
  type: 'error';
  id: number;
}

/** A sounding hap, for highlights and visuals: when (audio time), which characters, which block. */
export interface SoundingHap {
  id: number;
  time: Seconds;
  duration: Seconds;
  block?: string;
  locations: CodeRange[];
  controls: Record<string, unknown>;
}

/** Haps posted earlier that will not sound after all: those of `block` (of every block when absent) after `time`. */
export interface HapCancel {
  time: Seconds;
  block?: string;
}

/** A batch of scheduled haps; the cancels apply (to haps posted before) first. */
export interface HapsMessage {
  type: 'haps';
  cancels: HapCancel[];
  haps: SoundingHap[];
}

/** The worker's state, posted after every tick: it is also the heartbeat the watchdog listens to. */
export interface RuntimeStatus {
  running: boolean;
  cps: number;
  cycle: number;
  /** The estimated audio time now. */
  time: Seconds;
  /** How much audio is queued ahead of now (0 when stopped). */
  ahead: Seconds;
  eventsScheduled: number;
  eventsLate: number;
  /** How many times the performer realm was thrown away and replaced (it hung, broke or was damaged). */
  realmsReplaced: number;
  tempo: TempoAnchor;
}

export interface StatusMessage {
  type: 'status';
  status: RuntimeStatus;
  /** How many commands (messages after `init`) the worker has handled: the rest may need resending. */
  handled: number;
}

/** A block's pattern threw while being queried: it now plays its previous version (or silence). */
export interface QueryErrorMessage extends CodeError {
  type: 'queryError';
  label: string;
  reverted: 'previous' | 'silence';
}

/** The performance changed: what to restore if this worker has to be replaced. */
export interface SnapshotMessage {
  type: 'snapshot';
  snapshot: Snapshot;
}

/** What the worker posts. */
export type FromRuntime =
  | ReadyMessage
  | EvaluatingMessage
  | EvaluatedMessage
  | EvaluationErrorMessage
  | HapsMessage
  | StatusMessage
  | QueryErrorMessage
  | SnapshotMessage;

// ---- validation ----

type Data = Record<string, unknown>;
const isRecord = (x: unknown): x is Data => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isString = (x: unknown): x is string => typeof x === 'string';
const optional = <T>(x: unknown, check: (y: unknown) => y is T): x is T | undefined => x === undefined || check(x);
const arrayOf = <T>(x: unknown, check: (y: unknown) => y is T): x is T[] => Array.isArray(x) && x.every(check);

function isBlockRange(x: unknown): x is BlockRange {
  return isRecord(x) && optional(x['label'], isString) && isCount(x['from']) && isCount(x['to']) &&
    optional(x['line'], isCount) && optional(x['column'], isCount);
}

function isCodeError(x: Data): boolean {
  return isString(x['message']) && isCount(x['line']) && isCount(x['column']) && isCount(x['from']) && isCount(x['to']);
}

function isTempo(x: unknown): x is TempoAnchor {
  return isRecord(x) && isString(x['cycle']) && /^-?\d+(\/\d+)?$/.test(x['cycle']) && isNumber(x['time']) && isNumber(x['cps']) && x['cps'] > 0;
}

function isSourceRef(x: unknown): x is SourceRef {
  return isRecord(x) && isCount(x['entry']) && Number.isSafeInteger(x['index']) && (x['index'] as number) >= -1;
}

function isSnapshotBlock(x: unknown): x is SnapshotBlock {
  return isRecord(x) && isString(x['label']) && typeof x['muted'] === 'boolean' && isCount(x['from']) && isCount(x['to']) &&
    optional(x['current'], isSourceRef) && optional(x['fallback'], isSourceRef);
}

function isSnapshotEntry(x: unknown): x is SnapshotEntry {
  return isRecord(x) && isCount(x['id']) && isString(x['code']) && optional(x['block'], isBlockRange);
}

/** True if `x` is a well-formed {@link Snapshot}. */
export function isSnapshot(x: unknown): x is Snapshot {
  return isRecord(x) && arrayOf(x['entries'], isSnapshotEntry) && arrayOf(x['blocks'], isSnapshotBlock) &&
    arrayOf(x['mutes'], isString) && arrayOf(x['solos'], isString);
}

function isSettings(x: unknown): x is RuntimeSettings {
  return isRecord(x) && isNumber(x['lookahead']) && x['lookahead'] > 0 && isNumber(x['interval']) && x['interval'] > 0 &&
    isNumber(x['sampleRate']) && x['sampleRate'] > 0 && isCount(x['blockSize']) && x['blockSize'] > 0;
}

function isRestore(x: unknown): x is RestoreState {
  return isRecord(x) && isSnapshot(x['snapshot']) && typeof x['running'] === 'boolean' && isNumber(x['cps']) && x['cps'] > 0 &&
    optional(x['tempo'], isTempo);
}

function isPort(x: unknown): x is MessagePort {
  return isRecord(x) && typeof x['postMessage'] === 'function';
}

/** Checks data that arrived in the worker: returns it as a {@link ToRuntime} message, or `undefined`. */
export function readToRuntime(data: unknown): ToRuntime | undefined {
  if (!isRecord(data)) return undefined;
  const d = data;
  switch (d['type']) {
    case 'init':
      return isPort(d['port']) && isCount(d['generation']) && isSettings(d['settings']) && optional(d['restore'], isRestore)
        ? (d as unknown as InitMessage)
        : undefined;
    case 'evaluate':
      return isCount(d['id']) && isString(d['code']) && optional(d['block'], isBlockRange) && optional(d['quantize'], (q): q is boolean => typeof q === 'boolean')
        ? (d as unknown as EvaluateCommand)
        : undefined;
    case 'mute':
    case 'unmute':
    case 'solo':
      return isString(d['label']) ? { type: d['type'], label: d['label'] } : undefined;
    case 'unsolo':
      return optional(d['label'], isString) ? (d['label'] === undefined ? { type: 'unsolo' } : { type: 'unsolo', label: d['label'] }) : undefined;
    case 'hush':
    case 'stop':
    case 'start':
      return { type: d['type'] };
    case 'setCps':
      return isNumber(d['cps']) && d['cps'] > 0 ? { type: 'setCps', cps: d['cps'] } : undefined;
    default:
      return undefined;
  }
}

function isCodeRange(x: unknown): x is CodeRange {
  return isRecord(x) && isNumber(x['start']) && isNumber(x['end']);
}

function isSoundingHap(x: unknown): x is SoundingHap {
  return isRecord(x) && isNumber(x['id']) && isNumber(x['time']) && isNumber(x['duration']) && optional(x['block'], isString) &&
    arrayOf(x['locations'], isCodeRange) && isRecord(x['controls']);
}

function isHapCancel(x: unknown): x is HapCancel {
  return isRecord(x) && typeof x['time'] === 'number' && !Number.isNaN(x['time']) && optional(x['block'], isString);
}

function isBlockInfo(x: unknown): x is BlockInfo {
  return isRecord(x) && isString(x['label']) && typeof x['muted'] === 'boolean' && isCount(x['from']) && isCount(x['to']);
}

function isStatus(x: unknown): x is RuntimeStatus {
  return isRecord(x) && typeof x['running'] === 'boolean' && isNumber(x['cps']) && isNumber(x['cycle']) && isNumber(x['time']) &&
    isNumber(x['ahead']) && isCount(x['eventsScheduled']) && isCount(x['eventsLate']) && isCount(x['realmsReplaced']) && isTempo(x['tempo']);
}

/** Checks data that arrived from the worker: returns it as a {@link FromRuntime} message, or `undefined`. */
export function readFromRuntime(data: unknown): FromRuntime | undefined {
  if (!isRecord(data)) return undefined;
  const d = data;
  const ok = ((): boolean => {
    switch (d['type']) {
      case 'ready':
        return true;
      case 'evaluating':
        return isCount(d['id']) && isNumber(d['ahead']);
      case 'evaluated':
        return isCount(d['id']) && arrayOf(d['blocks'], isBlockInfo) && isNumber(d['cps']) && optional(d['swapTime'], isNumber) &&
          isNumber(d['received']) && optional(d['firstEvent'], isNumber) && Array.isArray(d['samples']);
      case 'error':
        return isCount(d['id']) && isCodeError(d);
      case 'haps':
        return arrayOf(d['cancels'], isHapCancel) && arrayOf(d['haps'], isSoundingHap);
      case 'status':
        return isStatus(d['status']) && isCount(d['handled']);
      case 'queryError':
        return isString(d['label']) && (d['reverted'] === 'previous' || d['reverted'] === 'silence') && isCodeError(d);
      case 'snapshot':
        return isSnapshot(d['snapshot']);
      default:
        return false;
    }
  })();
  return ok ? (d as unknown as FromRuntime) : undefined;
}
