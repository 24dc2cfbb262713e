/**
 * The main thread's read-only mirror of the runtime worker's store of blocks (the BlockBook), in
 * CodeMirror's way: one immutable {@link PerformanceState} value, replaced whole by each
 * transaction (a snapshot the worker posted, or what a replacement worker restores) and never
 * changed in place. The app's mutes, solos and highlights derive from it; commands go to the
 * worker, and the state that comes back says what they did.
 */
import type { Snapshot, SnapshotBlock } from './messages.ts';

/** The performance as the worker's store holds it: blocks in code order, the performer's mutes and solos. */
export interface PerformanceState {
  readonly blocks: readonly Readonly<SnapshotBlock>[];
  /** Labels the performer muted and soloed (a mute written in the code is the block's `muted`). */
  readonly mutes: readonly string[];
  readonly solos: readonly string[];
  /** The whole store, as code: what a replacement worker restores. */
  readonly snapshot: Snapshot;
  /** The keys of the evaluations whose code the store plays or falls back on (see `EvaluateOptions.key`). */
  readonly keys: ReadonlySet<string>;
}

/** What changes the mirror: the worker's snapshot, or the snapshot a replacement worker is restoring. */
export type MirrorTransaction = { readonly type: 'snapshot' | 'restore'; readonly snapshot: Snapshot };

const freeze = (snapshot: Snapshot): PerformanceState =>
  Object.freeze({
    blocks: Object.freeze(snapshot.blocks.map((b) => Object.freeze({ ...b }))),
    mutes: Object.freeze([...snapshot.mutes]),
    solos: Object.freeze([...snapshot.solos]),
    snapshot,
    keys: new Set(snapshot.entries.flatMap((e) => (e.key === undefined ? [] : [e.key]))),
  });

/** Nothing plays: the state before the worker's first snapshot. */
export const EMPTY_STATE: PerformanceState = freeze({ entries: [], blocks: [], mutes: [], solos: [] });

/** Holds the current {@link PerformanceState} and tells subscribers of each new one. */
export class StateMirror {
  private current = EMPTY_STATE;
  private readonly listeners = new Set<(state: PerformanceState, previous: PerformanceState) => void>();

  get state(): PerformanceState {
    return this.current;
  }

  /** Replaces the state by the transaction's, then tells every subscriber. */
  dispatch(transaction: MirrorTransaction): void {
    const previous = this.current;
    this.current = freeze(transaction.snapshot);
    for (const listener of this.listeners) listener(this.current, previous);
  }

  /** Calls `listener` with each new state; returns a function that stops it. */
  subscribe(listener: (state: PerformanceState, previous: PerformanceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }
}
