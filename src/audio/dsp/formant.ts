/**
 * The vowel filter: a parallel bank of band-pass filters at a vowel's formants, each at its
 * formant's level and bandwidth, summed.
 */
import type { Hz } from './units.ts';
import { VOWEL_TABLE } from './vowels.ts';

/** Formants per vowel. */
const FORMANTS = 5;

/**
 * Output gain of the bank. Narrow band-passes keep little of a broadband source: this keeps a
 * low sawtooth within a few dB of its level without the filter (the vowel "a" about 3 dB below
 * it, "i" about 2 dB above).
 */
const MAKEUP = 6;

/**
 * One voice channel's vowel filter: {@link FORMANTS} band-passes in parallel, each a trapezoidal
 * state-variable filter (as the Svf of filter.ts) with unity gain at its centre, scaled by its formant's
 * level. Coefficients are set once per note; nothing allocates after construction.
 */
export class FormantFilter {
  private readonly ic1 = new Float64Array(FORMANTS);
  private readonly ic2 = new Float64Array(FORMANTS);
  private readonly c11 = new Float64Array(FORMANTS);
  private readonly c12 = new Float64Array(FORMANTS);
  private readonly c21 = new Float64Array(FORMANTS);
  private readonly c22 = new Float64Array(FORMANTS);
  private readonly d1 = new Float64Array(FORMANTS);
  private readonly d2 = new Float64Array(FORMANTS);
  /** Each band's output weight: its level × k / 2 (the SVF's band-pass at unity peak) × makeup. */
  private readonly w = new Float64Array(FORMANTS);

  /** Sets the bank to vowel `index` of {@link VOWEL_NAMES} and clears its memory; false (and nothing set) for no such vowel. */
  start(index: number, sampleRate: Hz): boolean {
    const vowel = VOWEL_TABLE[index]?.[1];
    if (vowel === undefined) return false;
    for (let b = 0; b < FORMANTS; b++) {
      const freq = Math.min(vowel.freq[b]!, 0.45 * sampleRate);
      const g = Math.tan((Math.PI * freq) / sampleRate);
      const k = vowel.bw[b]! / freq; // 1/Q
      const a1 = 1 / (1 + g * (g + k));
      const a2 = g * a1;
      const a3 = g * a2;
      this.c11[b] = 2 * a1 - 1;
      this.c12[b] = -2 * a2;
      this.c21[b] = 2 * a2;
      this.c22[b] = 1 - 2 * a3;
      this.d1[b] = 2 * a2;
      this.d2[b] = 2 * a3;
      this.w[b] = Math.pow(10, vowel.db[b]! / 20) * 0.5 * k * MAKEUP;
      this.ic1[b] = 0;
      this.ic2[b] = 0;
    }
    return true;
  }

  /** Filters `buf[start, end)` in place through the bank. */
  run(buf: Float64Array, start: number, end: number): void {
    const { ic1, ic2, c11, c12, c21, c22, d1, d2, w } = this;
    for (let i = start; i < end; i++) {
      const x = buf[i]!;
      let y = 0;
      for (let b = 0; b < FORMANTS; b++) {
        const s1 = ic1[b]!, s2 = ic2[b]!;
        const n1 = d1[b]! * x + c11[b]! * s1 + c12[b]! * s2;
        ic2[b] = d2[b]! * x + c21[b]! * s1 + c22[b]! * s2;
        ic1[b] = n1;
        y += w[b]! * (s1 + n1);
      }
      buf[i] = y;
    }
  }
}
