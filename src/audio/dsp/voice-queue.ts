import type { SampleEntry } from './sample-bank.ts';
import type { Frames, Seconds } from './units.ts';
import { V, VOICE_STRIDE } from './voice-record.ts';

const NO_STRINGS: readonly string[] = [];
const NO_RANGES = new Float64Array(0);
const INITIAL_CAPACITY = 64;

/**
 * Voice records waiting for their start frame, earliest first (ties in arrival order): the
 * engine's queue, and the worklet's in front of it. Records are copied into storage allocated
 * up front, so queueing and starting voices allocates nothing; the storage doubles only when more
 * records wait at once than ever before.
 *
 * A slot holds a copy of the record's numbers, and the strings and ranges arrays its indices
 * point into (kept by reference, not copied), and the sample its impulse response names if the
 * queuer looked it up.
 */
export class VoiceQueue {
  /** Slot `s`'s record is `data[s * VOICE_STRIDE ...]`. */
  data: Float64Array;
  /** The strings a slot's `name` and `block` index into. */
  strings: (readonly string[])[];
  /** The ranges a slot's `rangeStart` points into. */
  ranges: Float64Array[];
  /** The sample file of a slot's impulse response (`ir`), as found when it was queued (it may load later). */
  impulses: (SampleEntry | undefined)[];
  private frames: Float64Array;
  private times: Float64Array;
  private seqs: Float64Array;
  /** A binary min-heap of slots. */
  private heap: Int32Array;
  private count = 0;
  /** Free slots, as a stack. */
  private free: Int32Array;
  private freeCount: number;
  private seq = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    const n = Math.max(1, Math.floor(capacity));
    this.data = new Float64Array(n * VOICE_STRIDE);
    this.strings = new Array<readonly string[]>(n).fill(NO_STRINGS);
    this.ranges = new Array<Float64Array>(n).fill(NO_RANGES);
    this.impulses = new Array<SampleEntry | undefined>(n).fill(undefined);
    this.frames = new Float64Array(n);
    this.times = new Float64Array(n);
    this.seqs = new Float64Array(n);
    this.heap = new Int32Array(n);
    this.free = new Int32Array(n);
    for (let i = 0; i < n; i++) this.free[i] = n - 1 - i;
    this.freeCount = n;
  }

  /** How many records wait. */
  get size(): number {
    return this.count;
  }

  /**
   * Copies the record at `data[offset ...]` in, to start at `frame` (`time` is kept for
   * {@link cancelAfter}), with the sample file of its impulse response if it has one.
   */
  push(data: Float64Array, offset: number, strings: readonly string[], ranges: Float64Array, frame: Frames, time: Seconds, impulse?: SampleEntry): void {
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount]!;
    const base = slot * VOICE_STRIDE;
    const target = this.data;
    for (let k = 0; k < VOICE_STRIDE; k++) target[base + k] = data[offset + k]!;
    this.strings[slot] = strings;
    this.ranges[slot] = ranges;
    this.impulses[slot] = impulse;
    this.frames[slot] = frame;
    this.times[slot] = time;
    this.seqs[slot] = this.seq++;
    this.siftUp(this.count++, slot);
  }

  /** The earliest slot, or -1 when empty. */
  peek(): number {
    return this.count === 0 ? -1 : this.heap[0]!;
  }

  /** The start frame of `slot`. */
  frameOf(slot: number): Frames {
    return this.frames[slot]!;
  }

  /** The time `slot` was queued with. */
  timeOf(slot: number): Seconds {
    return this.times[slot]!;
  }

  /**
   * Removes the earliest slot and returns it (-1 when empty). Its record stays readable until
   * the next {@link push}.
   */
  pop(): number {
    if (this.count === 0) return -1;
    const top = this.heap[0]!;
    const last = this.heap[--this.count]!;
    if (this.count > 0) this.siftDown(0, last);
    this.free[this.freeCount++] = top;
    return top;
  }

  /** Drops records queued after `time` (only code block `block`'s, when given); returns how many. */
  cancelAfter(time: Seconds, block?: string): number {
    let kept = 0;
    for (let i = 0; i < this.count; i++) {
      const slot = this.heap[i]!;
      if (this.times[slot]! > time && (block === undefined || this.blockOf(slot) === block)) this.free[this.freeCount++] = slot;
      else this.heap[kept++] = slot;
    }
    const removed = this.count - kept;
    this.count = kept;
    for (let i = (kept >> 1) - 1; i >= 0; i--) this.siftDown(i, this.heap[i]!);
    return removed;
  }

  /** Drops every record. */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.free[this.freeCount++] = this.heap[i]!;
    this.count = 0;
  }

  /** The code block of `slot`'s record, if it has one. */
  blockOf(slot: number): string | undefined {
    const index = this.data[slot * VOICE_STRIDE + V.block]!;
    return index >= 0 ? this.strings[slot]![index] : undefined;
  }

  private before(a: number, b: number): boolean {
    const fa = this.frames[a]!, fb = this.frames[b]!;
    return fa < fb || (fa === fb && this.seqs[a]! < this.seqs[b]!);
  }

  private siftUp(i: number, slot: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent]!;
      if (!this.before(slot, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = slot;
  }

  private siftDown(i: number, slot: number): void {
    const heap = this.heap;
    const n = this.count;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.before(heap[right]!, heap[left]!) ? right : left;
      const below = heap[child]!;
      if (!this.before(below, slot)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = slot;
  }

  /** Doubles the storage (only when more records wait at once than ever before). */
  private grow(): void {
    const old = this.heap.length;
    const n = old * 2;
    const data = new Float64Array(n * VOICE_STRIDE);
    data.set(this.data);
    this.data = data;
    this.strings = this.strings.concat(new Array<readonly string[]>(old).fill(NO_STRINGS));
    this.ranges = this.ranges.concat(new Array<Float64Array>(old).fill(NO_RANGES));
    this.impulses = this.impulses.concat(new Array<SampleEntry | undefined>(old).fill(undefined));
    const widen = (a: Float64Array): Float64Array => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    this.frames = widen(this.frames);
    this.times = widen(this.times);
    this.seqs = widen(this.seqs);
    const heap = new Int32Array(n);
    heap.set(this.heap);
    this.heap = heap;
    const free = new Int32Array(n);
    for (let i = 0; i < old; i++) free[i] = n - 1 - i;
    this.free = free;
    this.freeCount = old;
  }
}
