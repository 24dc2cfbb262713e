import { describe, expect, it } from 'vitest';
import { FormantFilter } from '../../../src/audio/dsp/formant.ts';
import { VOWEL_NAMES, vowelIndex } from '../../../src/audio/dsp/vowels.ts';
import { resolveVoices } from '../../../src/audio/index.ts';
import { event, powerAt, render, rms, SR } from '../helpers.ts';

/** C2, the note the tests play: its sawtooth has a harmonic every 65.4 Hz. */
const F0 = 440 * Math.pow(2, (36 - 69) / 12);

const saw = (controls: Record<string, unknown> = {}): Float32Array =>
  render([event({ s: 'sawtooth', note: 'c2', ...controls }, 0, 1, 1)], 1).left;

const dry = saw();
const dryPower = new Map<number, number>();

/** The vowel filter's gain in dB at harmonic `h` of C2: the sawtooth's harmonic with it over without. */
function response(wet: Float32Array, h: number): number {
  let reference = dryPower.get(h);
  if (reference === undefined) dryPower.set(h, (reference = powerAt(dry, h * F0)));
  return 10 * Math.log10(powerAt(wet, h * F0) / reference);
}

describe('vowel', () => {
  it('passes a sawtooth\'s harmonics near the formants of "a" (F1 600 Hz, F2 1040 Hz) and damps those between them', () => {
    const a = saw({ vowel: 'a' });
    const f1 = response(a, 9); // 589 Hz
    const f2 = response(a, 16); // 1047 Hz
    const between = response(a, 13); // 850 Hz
    const above = response(a, 23); // 1504 Hz
    expect(f1 - between).toBeGreaterThan(15);
    expect(f2 - between).toBeGreaterThan(10);
    expect(f1 - above).toBeGreaterThan(20);
    expect(f2 - above).toBeGreaterThan(15);
    // The first formant is the strongest, as the table has it (F2 at -7 dB).
    expect(f1).toBeGreaterThan(f2);
  });

  it('concentrates the sawtooth\'s energy around the formants, which it does not do without the filter', () => {
    const a = saw({ vowel: 'a' });
    const formants = (x: Float32Array) => powerAt(x, 9 * F0) + powerAt(x, 16 * F0);
    const elsewhere = (x: Float32Array) => powerAt(x, 13 * F0) + powerAt(x, 23 * F0) + powerAt(x, 30 * F0);
    const contrast = (x: Float32Array) => 10 * Math.log10(formants(x) / elsewhere(x));
    expect(contrast(a) - contrast(dry)).toBeGreaterThan(15);
  });

  it('moves the second formant: "i" has it at 1750 Hz where "a" has it at 1040 Hz', () => {
    const a = saw({ vowel: 'a' }), i = saw({ vowel: 'i' });
    // Around 1766 Hz (i's F2) "i" gains on "a"; around 1047 Hz (a's F2) it falls far behind it.
    const atF2OfI = response(i, 27) - response(a, 27);
    const atF2OfA = response(i, 16) - response(a, 16);
    expect(atF2OfI).toBeGreaterThan(5);
    expect(atF2OfA).toBeLessThan(-12);
    expect(atF2OfI - atF2OfA).toBeGreaterThan(12);
    // And "i"'s first formant is low (250 Hz), "a"'s high (600 Hz).
    expect(response(i, 4) - response(i, 9)).toBeGreaterThan(response(a, 4) - response(a, 9) + 20);
  });

  it('keeps the level within a few dB of the unfiltered sound', () => {
    const from = Math.round(0.3 * SR), to = Math.round(0.8 * SR);
    for (const vowel of VOWEL_NAMES) {
      const level = 20 * Math.log10(rms(saw({ vowel }), from, to) / rms(dry, from, to));
      expect(Math.abs(level), vowel).toBeLessThan(9);
    }
  });

  it('knows Strudel\'s fifteen vowels and their other spellings', () => {
    expect(VOWEL_NAMES).toEqual(['a', 'e', 'i', 'o', 'u', 'ae', 'aa', 'oe', 'ue', 'y', 'uh', 'un', 'en', 'an', 'on']);
    expect(vowelIndex('æ')).toBe(vowelIndex('ae'));
    expect(vowelIndex('å')).toBe(vowelIndex('aa'));
    expect(vowelIndex('ɑ')).toBe(vowelIndex('aa'));
    expect(vowelIndex('ö')).toBe(vowelIndex('oe'));
    expect(vowelIndex('ø')).toBe(vowelIndex('oe'));
    expect(vowelIndex('ı')).toBe(vowelIndex('y'));
    expect(vowelIndex('x')).toBe(-1);
    expect(Array.from(saw({ vowel: 'æ' }))).toEqual(Array.from(saw({ vowel: 'ae' })));
  });

  it('gives every vowel its own spectrum', () => {
    const spectra = VOWEL_NAMES.map((vowel) => {
      const x = saw({ vowel });
      return Array.from({ length: 30 }, (_, h) => response(x, h + 2));
    });
    for (let a = 0; a < spectra.length; a++) {
      for (let b = a + 1; b < spectra.length; b++) {
        const largest = Math.max(...spectra[a]!.map((v, h) => Math.abs(v - spectra[b]![h]!)));
        expect(largest, `${VOWEL_NAMES[a]} vs ${VOWEL_NAMES[b]}`).toBeGreaterThan(6);
      }
    }
  });

  it('rejects a vowel it does not know, with an error that lists those it does', () => {
    const batch = resolveVoices([event({ s: 'sawtooth', vowel: 'x' })]);
    expect(batch.count).toBe(0);
    expect(batch.errors[0]?.message).toContain('a e i o u ae aa oe ue y uh un en an on');
  });

  it('filters with unity gain at a formant\'s centre, scaled by its level', () => {
    // A sine at F1 of "a" (600 Hz, 0 dB): the other bands add little there.
    const filter = new FormantFilter();
    filter.start(vowelIndex('a'), SR);
    const n = SR;
    const buf = Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * 600 * i) / SR));
    filter.run(buf, 0, n);
    let s = 0;
    for (let i = n / 2; i < n; i++) s += buf[i]! * buf[i]!;
    const gainDb = 20 * Math.log10(Math.sqrt(s / (n / 2)) / Math.SQRT1_2);
    // The makeup gain (6, +15.6 dB) on top, give or take the neighbouring F2 band.
    expect(gainDb).toBeGreaterThan(14.5);
    expect(gainDb).toBeLessThan(17.5);
  });
});
