import { VOICE_STRIDE, type VoiceBatch } from '../dsp/voice-record.ts';
import type { CodeRange, EngineError } from '../protocol.ts';

/** Collects voice records into a {@link VoiceBatch}: numbers, with their strings and code ranges. */
export class BatchBuilder {
  private data = new Float64Array(16 * VOICE_STRIDE);
  private ranges = new Float64Array(32);
  private rangeLength = 0;
  private strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private errors: EngineError[] = [];
  /** The keys of the warnings given once per batch (see {@link errorOnce}). */
  private readonly once = new Set<string>();
  private count = 0;

  /** How many records so far. */
  get size(): number {
    return this.count;
  }

  /** Starts a new record (all NaN) and returns where its numbers begin in {@link record}. */
  add(): number {
    const at = this.count * VOICE_STRIDE;
    if (at + VOICE_STRIDE > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data.fill(NaN, at, at + VOICE_STRIDE);
    this.count++;
    return at;
  }

  /** Takes back the last record (one that turned out not to be playable). */
  drop(): void {
    this.count--;
  }

  /** The numbers of the records being built. */
  get record(): Float64Array {
    return this.data;
  }

  /** The index of `value` among the batch's strings. */
  string(value: string): number {
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.stringIndex.set(value, index);
    }
    return index;
  }

  /** Adds `locations`; returns where they start (counted in numbers). */
  locations(locations: readonly CodeRange[]): number {
    const start = this.rangeLength;
    const needed = start + 2 * locations.length;
    if (needed > this.ranges.length) {
      const grown = new Float64Array(Math.max(needed, this.ranges.length * 2));
      grown.set(this.ranges);
      this.ranges = grown;
    }
    for (const { start: from, end: to } of locations) {
      this.ranges[this.rangeLength++] = from;
      this.ranges[this.rangeLength++] = to;
    }
    return start;
  }

  /** Notes an event that could not be resolved. */
  error(error: EngineError): void {
    this.errors.push(error);
  }

  /** Notes `error` unless an error of the same `key` was noted in this batch: a warning given once per batch. */
  errorOnce(key: string, error: EngineError): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.errors.push(error);
  }

  /** The batch built so far (its arrays its own), and a fresh start. */
  take(): VoiceBatch {
    const batch: VoiceBatch = {
      count: this.count,
      data: this.data.slice(0, this.count * VOICE_STRIDE),
      strings: this.strings,
      ranges: this.ranges.slice(0, this.rangeLength),
      errors: this.errors,
    };
    this.count = 0;
    this.rangeLength = 0;
    this.strings = [];
    this.stringIndex.clear();
    this.errors = [];
    this.once.clear();
    return batch;
  }
}
