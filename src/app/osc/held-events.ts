/**
 * The `.osc()` haps the runtime sent ahead, held until they are due to leave. The runtime sends
 * haps about a second ahead and may withdraw them (a swap, a stop); SuperDirt cannot take back a
 * bundle once sent, so each is held here, withdrawn by the runtime's cancels, and taken only when
 * its time is within a short horizon (osc-output.ts). Pure: times are audio seconds passed in.
 */
import type { HapCancel } from '../runtime/messages.ts';

/** One held item: its audio time and block, for the cancels. */
export interface Held<T> {
  readonly time: number;
  readonly block?: string | undefined;
  readonly item: T;
}

/** Items held in time order; see the module comment. */
export class HeldEvents<T> {
  private held: Held<T>[] = [];

  /** How many are held. */
  get size(): number {
    return this.held.length;
  }

  /** Holds `items` until {@link HeldEvents.take} reaches their time. */
  hold(items: readonly Held<T>[]): void {
    if (items.length === 0) return;
    this.held.push(...items);
    this.held.sort((a, b) => a.time - b.time);
  }

  /** Withdraws what the runtime cancels: items of a cancel's block (of every block without one) after its time. */
  cancel(cancels: readonly HapCancel[]): void {
    for (const cancel of cancels) this.held = this.held.filter((h) => !(h.time > cancel.time && (cancel.block === undefined || h.block === cancel.block)));
  }

  /** Takes (and lets go of) every item at or before audio time `until`, in time order. */
  take(until: number): Held<T>[] {
    let end = 0;
    while (end < this.held.length && this.held[end]!.time <= until) end++;
    return this.held.splice(0, end);
  }

  /** Lets go of everything. */
  clear(): void {
    this.held = [];
  }
}
