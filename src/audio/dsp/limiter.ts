import type { Frames, Hz, Seconds } from './units.ts';

/**
 * A stereo-linked look-ahead peak limiter whose output never exceeds `ceiling`.
 *
 * For each input sample it computes the gain that sample needs (`ceiling / |x|`, or 1). The gain
 * applied is (1) the minimum of the needed gains over the next `lookahead` samples, (2) allowed to
 * recover only at the release rate, then (3) averaged over `lookahead` samples, and the audio is
 * delayed by `lookahead`. Each averaged value covers only windows that contain the sample being
 * output, so the gain is never above what that sample needs: the attack is a smooth ramp that
 * ends exactly at the peak. A final clamp absorbs rounding.
 */
export class Limiter {
  /** Samples of delay the limiter adds. */
  readonly lookahead: Frames;
  private readonly ceiling: number;
  private readonly delayL: Float64Array;
  private readonly delayR: Float64Array;
  private delayIndex = 0;
  /** Sliding-window minimum of needed gains: a monotonic deque of (value, index). */
  private readonly dequeValue: Float64Array;
  private readonly dequeIndex: Float64Array;
  private dequeHead = 0;
  private dequeTail = 0;
  private readonly window: number;
  private sampleIndex = 0;
  private readonly releaseCoef: number;
  /** Box average of the held gain. */
  private readonly box: Float64Array;
  private boxIndex = 0;
  /**
   * The held gain, the box sum and the lowest gain since `resetReduction`. Kept in a typed array
   * so they always load as doubles: a field that once held a small integer can make V8 box every
   * update of the loop variable it seeds, allocating per sample.
   */
  private readonly state = new Float64Array(3);

  constructor(sampleRate: Hz, ceiling: number, lookahead: Seconds = 0.0015, release: Seconds = 0.08) {
    this.lookahead = Math.max(1, Math.round(lookahead * sampleRate));
    this.ceiling = ceiling;
    this.delayL = new Float64Array(this.lookahead);
    this.delayR = new Float64Array(this.lookahead);
    this.window = this.lookahead + 1;
    this.dequeValue = new Float64Array(this.window + 1);
    this.dequeIndex = new Float64Array(this.window + 1);
    this.releaseCoef = 1 - Math.exp(-1 / (release * sampleRate));
    this.box = new Float64Array(this.lookahead).fill(1);
    this.state[0] = 1;
    this.state[1] = this.lookahead;
    this.state[2] = 1;
  }

  /** The lowest gain applied since the last {@link Limiter.resetReduction} (1 = untouched). */
  get reduction(): number {
    return this.state[2]!;
  }

  /** Starts a new measurement of {@link Limiter.reduction}. */
  resetReduction(): void {
    this.state[2] = 1;
  }

  /**
   * Limits `inL/inR[0, n)` (finite samples) into `outL/outR[offset, offset + n)`; the output is
   * the input from `lookahead` samples earlier.
   */
  process(inL: Float64Array, inR: Float64Array, outL: Float32Array, outR: Float32Array, offset: number, n: number): void {
    const ceiling = this.ceiling, floor = -ceiling, lookahead = this.lookahead, size = this.dequeValue.length;
    const values = this.dequeValue, indices = this.dequeIndex, box = this.box;
    const delayL = this.delayL, delayR = this.delayR, windowSize = this.window, releaseCoef = this.releaseCoef;
    const state = this.state;
    let head = this.dequeHead, tail = this.dequeTail, held = state[0]!, boxSum = state[1]!;
    let boxIndex = this.boxIndex, delayIndex = this.delayIndex, t = this.sampleIndex;
    let reduction = state[2]!;
    for (let i = 0; i < n; i++, t++) {
      const l = inL[i]!, r = inR[i]!;
      const peak = Math.max(Math.abs(l), Math.abs(r));
      const need = peak > ceiling ? ceiling / peak : 1;
      // Push `need` into the window's monotonic deque, then drop values that left the window.
      while (tail !== head) {
        const last = tail === 0 ? size - 1 : tail - 1;
        if (values[last]! < need) break;
        tail = last;
      }
      values[tail] = need;
      indices[tail] = t;
      tail = tail + 1 === size ? 0 : tail + 1;
      if (indices[head]! <= t - windowSize) head = head + 1 === size ? 0 : head + 1;
      const windowMin = values[head]!;
      held = Math.min(windowMin, held + (1 - held) * releaseCoef);
      boxSum += held - box[boxIndex]!;
      box[boxIndex] = held;
      boxIndex = boxIndex + 1 === lookahead ? 0 : boxIndex + 1;
      if (boxIndex === 0) {
        // Re-sum now and then so rounding cannot drift (into a fresh local: assigning the
        // integer 0 to boxSum would make V8 box it on every iteration).
        let exact = box[0]!;
        for (let k = 1; k < lookahead; k++) exact += box[k]!;
        boxSum = exact;
      }
      const average = boxSum / lookahead;
      const gain = average < 1 ? average : 1;
      if (gain < reduction) reduction = gain;
      const dl = delayL[delayIndex]!, dr = delayR[delayIndex]!;
      delayL[delayIndex] = l;
      delayR[delayIndex] = r;
      delayIndex = delayIndex + 1 === lookahead ? 0 : delayIndex + 1;
      const yl = dl * gain, yr = dr * gain;
      outL[offset + i] = Math.max(floor, Math.min(ceiling, yl));
      outR[offset + i] = Math.max(floor, Math.min(ceiling, yr));
    }
    this.dequeHead = head;
    this.dequeTail = tail;
    state[0] = held;
    state[1] = boxSum;
    this.boxIndex = boxIndex;
    this.delayIndex = delayIndex;
    this.sampleIndex = t;
    state[2] = reduction;
  }
}
