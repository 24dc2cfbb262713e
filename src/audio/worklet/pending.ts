import { FrameHeap, type FrameOrdered, type Frames } from '../dsp/index.ts';
import type { SoundEvent } from '../protocol.ts';

/**
 * An event waiting in the worklet, with its absolute start frame `round(time × sampleRate)` and
 * its arrival order (events at the same frame keep the order they were scheduled in).
 */
export interface PendingEvent extends FrameOrdered {
  event: SoundEvent;
}

/** A min-heap of events by start frame, the worklet's queue in front of the engine's. */
export class PendingQueue {
  private readonly heap = new FrameHeap<PendingEvent>();
  private seq = 0;

  get size(): number {
    return this.heap.size;
  }

  push(frame: Frames, event: SoundEvent): void {
    this.heap.push({ frame, seq: this.seq++, event });
  }

  /** Removes and returns the earliest event if it starts before `frame`. */
  popBefore(frame: Frames): SoundEvent | undefined {
    const top = this.heap.peek();
    if (top === undefined || top.frame >= frame) return undefined;
    this.heap.pop();
    return top.event;
  }

  /** Drops every event for which `drop` is true. */
  removeWhere(drop: (event: SoundEvent) => boolean): void {
    this.heap.removeWhere((item) => drop(item.event));
  }

  clear(): void {
    this.heap.clear();
  }
}
