/**
 * Deciding that the runtime worker has hung, and what to restore when it has. Pure: times are
 * passed in (milliseconds of the main thread's `performance.now()`), so tests drive a fake clock.
 */
import type { Seconds } from '../../audio/index.ts';
// From the module itself, not the layer's index: the runtime worker loads no evaluator.
import { lineColumn } from '../../eval/errors.ts';
import type { BlockRange, CodeError, Snapshot, SnapshotBlock } from './messages.ts';
import { toDocument } from './sources.ts';

/** Settings for a {@link Watchdog}. */
export interface WatchdogOptions {
  /** Audio that must still be queued when a new worker takes over (what a restart takes). Default 0.3 s. */
  readonly restoreMargin?: Seconds;
  /** The longest the worker may stay silent, e.g. running an evaluation. Default 1 s. */
  readonly maxSilence?: Seconds;
  /** The shortest it may, however little audio is queued. Default 0.1 s. */
  readonly minSilence?: Seconds;
  /** How often {@link Watchdog.check} is called (ms); a much longer gap means the main thread itself stalled. Default 25. */
  readonly checkInterval?: number;
}

/**
 * Watches a worker's messages. The worker may stay silent as long as the audio it has queued
 * lasts, minus the time a restart takes, between `minSilence` and `maxSilence` (with nothing
 * playing, `maxSilence`). A main thread that stalled cannot judge: after a long gap between checks,
 * the messages that waited meanwhile are given a check interval to arrive. A hang must be seen by
 * two checks in a row.
 */
export class Watchdog {
  private readonly restoreMargin: number;
  private readonly maxSilence: number;
  private readonly minSilence: number;
  private readonly checkInterval: number;
  private lastHeard: number;
  /** When the queued audio runs out (ms), or undefined when nothing plays. */
  private queuedUntil: number | undefined;
  private lastCheck: number;
  private graceUntil = -Infinity;
  private overdue = false;

  constructor(at: number, options: WatchdogOptions = {}) {
    this.restoreMargin = (options.restoreMargin ?? 0.3) * 1000;
    this.maxSilence = (options.maxSilence ?? 1) * 1000;
    this.minSilence = (options.minSilence ?? 0.1) * 1000;
    this.checkInterval = options.checkInterval ?? 25;
    this.lastHeard = at;
    this.lastCheck = at;
  }

  /** The worker said something at `at`; with `ahead`, that much audio is queued (0: nothing plays). */
  heard(at: number, ahead?: Seconds): void {
    this.lastHeard = Math.max(this.lastHeard, at);
    if (ahead !== undefined) this.queuedUntil = ahead > 0 ? at + ahead * 1000 : undefined;
    this.overdue = false;
  }

  /** When the worker counts as hung if it stays silent (ms). */
  deadline(): number {
    const latest = this.lastHeard + this.maxSilence;
    const deadline = this.queuedUntil === undefined
      ? latest
      : Math.min(latest, Math.max(this.lastHeard + this.minSilence, this.queuedUntil - this.restoreMargin));
    return Math.max(deadline, this.graceUntil);
  }

  /** True when the worker has hung (call every `checkInterval`). */
  check(at: number): boolean {
    const gap = at - this.lastCheck;
    this.lastCheck = at;
    if (gap > 4 * this.checkInterval) {
      // This thread was stalled: the worker's messages may be waiting in its queue.
      this.graceUntil = at + 2 * this.checkInterval;
      this.overdue = false;
      return false;
    }
    if (at < this.deadline()) {
      this.overdue = false;
      return false;
    }
    if (!this.overdue) {
      this.overdue = true;
      return false;
    }
    return true;
  }
}

/** What was running when the worker hung. */
export interface HangContext {
  /** The last snapshot the worker posted. */
  readonly snapshot: Snapshot;
  /** The evaluation it was running, if any. */
  readonly evaluating?: { readonly code: string; readonly block?: BlockRange };
  /** The block it was querying, if it had said so since its last heartbeat. */
  readonly querying?: string;
  /** How many restarts happened just before this one (a new worker that hangs at once). */
  readonly recentRestarts: number;
}

/** What the new worker restores, and the error to report. */
export interface Recovery {
  readonly snapshot: Snapshot;
  readonly error: CodeError;
  /** The block blamed, if one was. */
  readonly label?: string;
}

/** After this many restarts in a row, the next one restores silence. */
export const MAX_RESTARTS = 3;

const EMPTY: Snapshot = { entries: [], blocks: [], mutes: [], solos: [] };

/**
 * Decides what to restore after a hang. An evaluation that never returned is dropped (the
 * snapshot is from before it) and blamed; a block whose query never returned falls back to its
 * previous version (or silence) and is blamed; otherwise everything is restored as it was, unless
 * workers keep hanging, when silence is.
 */
export function recover(context: HangContext): Recovery {
  const { snapshot, evaluating, querying } = context;
  if (evaluating !== undefined) {
    const { code, block } = evaluating;
    const { line, column } = lineColumn(code, 0);
    return { snapshot, error: toDocument(block, { message: 'evaluation took too long (infinite loop?)', line, column, from: 0, to: code.length }) };
  }
  if (context.recentRestarts >= MAX_RESTARTS) {
    return { snapshot: EMPTY, error: { message: 'the runtime kept hanging and was restarted with silence', line: 1, column: 1, from: 0, to: 0 } };
  }
  const blamed = querying === undefined ? undefined : snapshot.blocks.find((b) => b.label === querying);
  if (querying === undefined || blamed === undefined) {
    return { snapshot, error: { message: 'the runtime stopped answering and was restarted', line: 1, column: 1, from: 0, to: 0 } };
  }
  const blocks = snapshot.blocks.map((b): SnapshotBlock => {
    if (b !== blamed) return b;
    const { current: _current, fallback, ...rest } = b;
    return fallback === undefined ? rest : { ...rest, current: fallback };
  });
  const used = new Set(blocks.flatMap((b) => [b.current?.entry, b.fallback?.entry]));
  const entry = snapshot.entries.find((e) => e.id === blamed.current?.entry);
  const error = ((): CodeError => {
    const message = `block ${JSON.stringify(querying)} took too long to play (infinite loop?)`;
    if (entry === undefined) return { message, line: 1, column: 1, from: blamed.from, to: blamed.to };
    const offset = entry.block?.from ?? 0;
    const { line, column } = lineColumn(entry.code, blamed.from - offset);
    return toDocument(entry.block, { message, line, column, from: blamed.from - offset, to: blamed.to - offset });
  })();
  return {
    snapshot: { ...snapshot, blocks, entries: snapshot.entries.filter((e) => used.has(e.id)) },
    error,
    label: querying,
  };
}
