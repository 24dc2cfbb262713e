import type { Frames } from '../dsp/index.ts';
import type { SoundEvent } from '../protocol.ts';

/** An event waiting in the worklet, with its absolute start frame `round(time × sampleRate)`. */
export interface PendingEvent {
  frame: Frames;
  /** Arrival order, so events at the same frame keep the order they were scheduled in. */
  seq: number;
  event: SoundEvent;
}

function before(a: PendingEvent, b: PendingEvent): boolean {
  return a.frame < b.frame || (a.frame === b.frame && a.seq < b.seq);
}

/** A min-heap of events by start frame, the worklet's queue in front of the engine's. */
export class PendingQueue {
  private readonly heap: PendingEvent[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(frame: Frames, event: SoundEvent): void {
    this.insert({ frame, seq: this.seq++, event });
  }

  /** Removes and returns the earliest event if it starts before `frame`. */
  popBefore(frame: Frames): SoundEvent | undefined {
    const top = this.heap[0];
    if (top === undefined || top.frame >= frame) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) this.siftDown(last);
    return top.event;
  }

  /** Drops every event for which `drop` is true. */
  removeWhere(drop: (event: SoundEvent) => boolean): void {
    const kept = this.heap.filter((item) => !drop(item.event));
    this.heap.length = 0;
    for (const item of kept) this.insert(item);
  }

  clear(): void {
    this.heap.length = 0;
  }

  private insert(item: PendingEvent): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  /** Puts `item` at the root's place and restores the heap order below it. */
  private siftDown(item: PendingEvent): void {
    const heap = this.heap;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}
