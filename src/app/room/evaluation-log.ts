/**
 * A room's evaluations as a shared log (issue 15's second piece, not wired yet): each entry says
 * who evaluated which block, its code, and the cycle from which it plays (the next cycle, or the
 * room's quantum). Every peer that holds the same entries, in whatever order they arrived, plays
 * the same code at every cycle, so the events are identical everywhere; a late joiner replays
 * the log's current state and what is still to come. Pure: the entries come from the room's
 * document, which carries them.
 */

/** One evaluation. */
export interface LogEntry {
  /** Unique in the room: the performer's id and their own count (`"ana:12"`). */
  readonly id: string;
  readonly performer: string;
  /** The block's label (`$drums`); one performer's blocks are theirs alone. */
  readonly block: string;
  /** The block's code, as evaluated. */
  readonly code: string;
  /** The cycle from which it plays (a whole number). */
  readonly cycle: number;
  /** When it was made, on the server's clock (ms): ties at one cycle go to the later. */
  readonly at: number;
}

/** Which of two entries for one block at one cycle wins: the later, then the larger id, on every peer alike. */
function later(a: LogEntry, b: LogEntry): boolean {
  return a.cycle !== b.cycle ? a.cycle > b.cycle : a.at !== b.at ? a.at > b.at : a.id > b.id;
}

/**
 * The cycle from which an evaluation made at cycle position `now` plays: the next multiple of
 * `quantum` cycles (1: the next cycle) after `now`.
 *
 * @example
 * takesEffect(6.3, 4) // 8
 */
export function takesEffect(now: number, quantum = 1): number {
  if (!(Number.isInteger(quantum) && quantum >= 1)) throw new RangeError(`a quantum is a whole number of cycles, got ${String(quantum)}`);
  return (Math.floor(now / quantum) + 1) * quantum;
}

/** The room's evaluations. */
export class EvaluationLog {
  private readonly entries = new Map<string, LogEntry>();

  /** Takes an entry (again: nothing changes). */
  add(entry: LogEntry): void {
    if (!Number.isInteger(entry.cycle)) throw new RangeError(`an evaluation plays from a whole cycle, got ${String(entry.cycle)}`);
    this.entries.set(entry.id, entry);
  }

  /** How many entries it holds. */
  get size(): number {
    return this.entries.size;
  }

  /** The entry in force for each block at cycle `cycle`: the latest from at or before it. */
  stateAt(cycle: number): ReadonlyMap<string, LogEntry> {
    const state = new Map<string, LogEntry>();
    for (const entry of this.entries.values()) {
      if (entry.cycle > cycle) continue;
      const current = state.get(entry.block);
      if (current === undefined || later(entry, current)) state.set(entry.block, entry);
    }
    return state;
  }

  /** The cycles after `cycle` at which some block changes, in order. */
  changesAfter(cycle: number): number[] {
    return [...new Set([...this.entries.values()].filter((e) => e.cycle > cycle).map((e) => e.cycle))].sort((a, b) => a - b);
  }

  /**
   * What a peer joining at cycle `cycle` needs: the entries in force then, and those still to
   * come, in the order they take effect.
   */
  replay(cycle: number): LogEntry[] {
    const coming = [...this.entries.values()].filter((e) => e.cycle > cycle);
    return [...this.stateAt(cycle).values(), ...coming].sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0));
  }

  /** Forgets the entries no cycle from `cycle` on can play (superseded before it). */
  compact(cycle: number): void {
    const keep = new Set(this.replay(cycle).map((e) => e.id));
    for (const id of [...this.entries.keys()]) if (!keep.has(id)) this.entries.delete(id);
  }
}
