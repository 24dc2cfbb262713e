/**
 * The vowels the vowel filter knows (formant.ts): their formants, and their names as Strudel
 * names them. Apart from the filter so that the resolver, which reads names, does not load it.
 */

/** A vowel: its formants' centre frequencies (Hz), levels (dB, the first at 0) and bandwidths (Hz). */
export interface Vowel {
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
export const VOWEL_TABLE: readonly (readonly [string, Vowel])[] = [
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
