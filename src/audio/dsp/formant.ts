/**
 * The vowel filter: a parallel bank of band-pass filters at a vowel's formants, each at its
 * formant's level and bandwidth, summed.
 */
import type { Hz } from './units.ts';

/** Formants per vowel. */
const FORMANTS = 5;

/** A vowel: its formants' centre frequencies (Hz), levels (dB, the first at 0) and bandwidths (Hz). */
interface Vowel {
  readonly freq: readonly number[];
  readonly db: readonly number[];
  readonly bw: readonly number[];
}

// The higher formants of the vowels the Csound table does not give, typical of a male voice.
const upper = (f1: number, f2: number, f3: number): Vowel => ({
  freq: [f1, f2, f3, 3300, 3750], db: [0, -10, -16, -22, -30], bw: [60, 80, 100, 120, 120],
});

/**
 * The vowels by name, as Strudel names them. a, e, i, o and u are the bass voice of the formant
 * table in the Csound manual's appendix (after Peterson & Barney's measurements); ae [æ], aa [ɑ]
 * and uh [ʌ] take F1–F3 of Peterson & Barney's men (had, hod, hud), oe [ø], ue [y] and y [ɯ]
 * the cardinal vowels' F1 and F2 as phonetics textbooks tabulate them; the nasal vowels un [œ̃],
 * en [ɛ̃], an [ɑ̃] and on [ɔ̃] are approximate oral formants of French nasal vowels (without
 * their anti-resonances).
 */
const VOWEL_TABLE: readonly (readonly [string, Vowel])[] = [
  ['a', { freq: [600, 1040, 2250, 2450, 2750], db: [0, -7, -9, -9, -20], bw: [60, 70, 110, 120, 130] }],
  ['e', { freq: [400, 1620, 2400, 2800, 3100], db: [0, -12, -9, -12, -18], bw: [40, 80, 100, 120, 120] }],
  ['i', { freq: [250, 1750, 2600, 3050, 3340], db: [0, -30, -16, -22, -28], bw: [60, 90, 100, 120, 120] }],
  ['o', { freq: [400, 750, 2400, 2600, 2900], db: [0, -11, -21, -20, -40], bw: [40, 80, 100, 120, 120] }],
  ['u', { freq: [350, 600, 2400, 2675, 2950], db: [0, -20, -32, -28, -36], bw: [40, 80, 100, 120, 120] }],
  ['ae', upper(660, 1720, 2410)],
  ['aa', upper(730, 1090, 2440)],
  ['oe', upper(370, 1900, 2400)],
  ['ue', upper(235, 2100, 2400)],
  ['y', upper(300, 1390, 2400)],
  ['uh', upper(640, 1190, 2390)],
  ['un', upper(570, 1450, 2450)],
  ['en', upper(620, 1580, 2500)],
  ['an', upper(650, 1000, 2450)],
  ['on', upper(450, 800, 2500)],
];

/** Other spellings Strudel accepts for some vowels. */
const ALIASES: Readonly<Record<string, string>> = { å: 'aa', ɑ: 'aa', ø: 'oe', ö: 'oe', ı: 'y', æ: 'ae' };

/** The vowel names the vowel filter knows, in table order (its indices). */
export const VOWEL_NAMES: readonly string[] = VOWEL_TABLE.map(([name]) => name);

/** The index of vowel `name` (or one of its other spellings) in {@link VOWEL_NAMES}; -1 if unknown. */
export function vowelIndex(name: string): number {
  const key = name.trim().toLowerCase();
  return VOWEL_NAMES.indexOf(ALIASES[key] ?? key);
}

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
