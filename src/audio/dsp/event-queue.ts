import type { Frames, Seconds } from './units.ts';
import type { VoiceSpec } from './voice-spec.ts';

/** A voice waiting for its start frame. */
export interface QueuedVoice {
  /** The event's time in seconds, and its start frame `round(time × sampleRate)`. */
  time: Seconds;
  frame: Frames;
  /** Arrival order, so events at the same frame start in the order they were scheduled. */
  seq: number;
  /** The code block that made the event, for cancelling one block's events. */
  block: string | undefined;
  spec: VoiceSpec;
}

/** Anything queued by start frame, ties broken by arrival order. */
export interface FrameOrdered {
  frame: Frames;
  seq: number;
}

function before(a: FrameOrdered, b: FrameOrdered): boolean {
  return a.frame < b.frame || (a.frame === b.frame && a.seq < b.seq);
}

/** A min-heap by start frame (then arrival order): the engine's voice queue and the worklet's. */
export class FrameHeap<T extends FrameOrdered> {
  private readonly heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(item: T): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  /** The earliest item, without removing it. */
  peek(): T | undefined {
    return this.heap[0];
  }

  /** Removes and returns the earliest item. */
  pop(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** Drops every item for which `drop` is true; returns how many went. */
  removeWhere(drop: (item: T) => boolean): number {
    const kept = this.heap.filter((item) => !drop(item));
    const removed = this.heap.length - kept.length;
    this.heap.length = 0;
    for (const item of kept) this.push(item);
    return removed;
  }

  clear(): void {
    this.heap.length = 0;
  }
}

/** The engine's queue of voices waiting for their start frame. */
export class EventQueue extends FrameHeap<QueuedVoice> {}
