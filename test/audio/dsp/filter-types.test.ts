import { describe, expect, it } from 'vitest';
import { svfLowpassMagnitude } from '../../../src/audio/dsp/filter.ts';
import { Ladder } from '../../../src/audio/dsp/ladder.ts';
import { event, peak, powerAt, render, SR } from '../helpers.ts';

const db = (ratio: number): number => 20 * Math.log10(ratio);

const sine = (freq: number, controls: Record<string, unknown> = {}): Float32Array =>
  render([event({ s: 'sine', freq, gain: 0.1, ...controls }, 0, 1, 1)], 1).left;

/** The engine's filter gain in dB on a sine at `freq` (at its own frequency, harmonics aside). */
function gain(freq: number, filter: Record<string, unknown>): number {
  return 10 * Math.log10(powerAt(sine(freq, filter), freq) / powerAt(sine(freq), freq));
}

/** The roll-off in dB per octave from two to four times a 1 kHz cutoff. */
const slope = (filter: Record<string, unknown>): number => gain(2000, { lpf: 1000, ...filter }) - gain(4000, { lpf: 1000, ...filter });

describe('ftype', () => {
  it('"12db" (0, the default) rolls off about 12 dB per octave, "24db" (2) about twice as steeply', () => {
    const twelve = slope({ ftype: '12db' });
    const twentyFour = slope({ ftype: '24db' });
    expect(twelve).toBeGreaterThan(11);
    expect(twelve).toBeLessThan(15);
    expect(twentyFour).toBeGreaterThan(22);
    expect(twentyFour).toBeLessThan(29);
    expect(twentyFour / twelve).toBeCloseTo(2, 1);
    // Two 2-pole sections at the same cutoff and Q: exactly the square of one.
    expect(gain(3000, { lpf: 1000, ftype: '24db' })).toBeCloseTo(2 * db(svfLowpassMagnitude(3000, 1000, 1, SR)), 0);
  });

  it('"ladder" (1) is a 4-pole low-pass too, but 12 dB down at its cutoff where the others are flat', () => {
    const ladder = slope({ ftype: 'ladder' });
    expect(ladder).toBeGreaterThan(20);
    expect(ladder).toBeLessThan(28);
    expect(gain(1000, { lpf: 1000, ftype: 'ladder' })).toBeCloseTo(-12, 0); // 4 one-poles, -3 dB each
    expect(gain(1000, { lpf: 1000, ftype: '24db' })).toBeCloseTo(0, 0);
    expect(gain(250, { lpf: 1000, ftype: 'ladder' })).toBeGreaterThan(-2);
  });

  it('takes Strudel\'s numbers as well as its names', () => {
    const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      expect(Array.from(sine(3000, { lpf: 1000, ...a }))).toEqual(Array.from(sine(3000, { lpf: 1000, ...b })));
    same({ ftype: 0 }, {});
    same({ ftype: 1 }, { ftype: 'ladder' });
    same({ ftype: '2' }, { ftype: '24db' });
  });

  it('makes the high-pass and band-pass 24 dB too', () => {
    expect(gain(250, { hpf: 1000, ftype: '24db' }) - gain(250, { hpf: 1000 })).toBeLessThan(-20);
    expect(gain(4000, { bpf: 1000, ftype: '24db' }) - gain(4000, { bpf: 1000 })).toBeLessThan(-8);
  });

  it('resonates the ladder at its cutoff as lpq rises', () => {
    const flat = gain(1000, { lpf: 1000, ftype: 'ladder' });
    expect(gain(1000, { lpf: 1000, ftype: 'ladder', lpq: 20 }) - flat).toBeGreaterThan(12);
  });

  it('keeps the ladder finite and bounded at the highest resonance, loud input and a sweeping cutoff', () => {
    const out = render([
      event({ s: 'sawtooth', note: 'c2', lpf: 300, lpq: 50, ftype: 'ladder', drive: 20, lpenv: 6, lpdecay: 0.3, lpsustain: 0.2 }, 0, 1, 1),
      event({ s: 'white', lpf: 5000, lpq: 50, ftype: 'ladder', lpenv: -4, gain: 2 }, 0.5, 0.8, 2),
    ], 1.5).left;
    for (const x of out) expect(Number.isFinite(x)).toBe(true);
    expect(peak(out)).toBeLessThan(1.01);
    expect(peak(out, 0, SR)).toBeGreaterThan(0.01);
  });
});

describe('Ladder', () => {
  it('is bounded whatever its input, even self-oscillating (k = 4)', () => {
    const ladder = new Ladder();
    ladder.cutoff = 2000;
    ladder.k = 4;
    ladder.drive = 10;
    ladder.sampleRate = SR;
    ladder.update();
    const buf = Float64Array.from({ length: SR }, (_, i) => (i < 100 ? 1000 * Math.sin(i) : 0));
    ladder.lowpass(buf, 0, SR);
    let largest = 0;
    for (const x of buf) largest = Math.max(largest, Math.abs(x));
    expect(Number.isFinite(largest)).toBe(true);
    expect(largest).toBeLessThan(10);
    // Self-oscillation: it still rings a second after the input stopped.
    let tail = 0;
    for (let i = SR - 4800; i < SR; i++) tail = Math.max(tail, Math.abs(buf[i]!));
    expect(tail).toBeGreaterThan(1e-3);
  });

  it('matches the analogue ladder at small signals: (1 + k/2) · T⁴ / (1 + k·T⁴), T the prewarped one-pole', () => {
    for (const [k, freq] of [[0, 500], [0, 2000], [2, 1000], [3.6, 1000], [3.6, 1500]] as const) {
      const ladder = new Ladder();
      ladder.cutoff = 1000;
      ladder.k = k;
      ladder.sampleRate = SR;
      ladder.update();
      const n = SR;
      const buf = Float64Array.from({ length: n }, (_, i) => 1e-3 * Math.sin((2 * Math.PI * freq * i) / SR));
      ladder.lowpass(buf, 0, n);
      let s = 0;
      for (let i = n / 2; i < n; i++) s += buf[i]! * buf[i]!;
      const measured = Math.sqrt(s / (n / 2)) / (1e-3 * Math.SQRT1_2);
      // T = 1 / (1 + jw), w the prewarped frequency over the cutoff; T⁴ as a complex number.
      const w = Math.tan((Math.PI * freq) / SR) / Math.tan((Math.PI * 1000) / SR);
      const phase = -4 * Math.atan(w), mag = Math.pow(1 + w * w, -2);
      const re = mag * Math.cos(phase), im = mag * Math.sin(phase);
      const expected = ((1 + k / 2) * Math.hypot(re, im)) / Math.hypot(1 + k * re, k * im);
      expect(db(measured)).toBeCloseTo(db(expected), 1);
    }
  });
});

describe('drive', () => {
  it('saturates the ladder: more odd harmonics on a sine as drive rises', () => {
    const third = (controls: Record<string, unknown>) => {
      const x = sine(200, { lpf: 5000, ftype: 'ladder', ...controls });
      return 10 * Math.log10(powerAt(x, 600) / powerAt(x, 200));
    };
    expect(third({ drive: 4 }) - third({})).toBeGreaterThan(10);
  });

  it('leaves the other filter types as they are', () => {
    expect(Array.from(sine(3000, { lpf: 1000, drive: 4 }))).toEqual(Array.from(sine(3000, { lpf: 1000 })));
  });
});

describe('fanchor', () => {
  // The envelope is at its sustain (1) by 0.3 s: the cutoff sits at 1000 × 2^(2 × (1 - anchor)).
  const swept = (anchor: number | undefined) => gain(4000, { lpf: 1000, lpenv: 2, lpattack: 0.01, lpdecay: 0.01, ...(anchor === undefined ? {} : { fanchor: anchor }) });

  it('anchors the filter envelope: 0 moves the cutoff up from lpf, 0.5 around it, 1 down to it', () => {
    expect(swept(0)).toBeCloseTo(db(svfLowpassMagnitude(4000, 4000, 1, SR)), 0);
    expect(swept(0.5)).toBeCloseTo(db(svfLowpassMagnitude(4000, 2000, 1, SR)), 0);
    expect(swept(1)).toBeCloseTo(db(svfLowpassMagnitude(4000, 1000, 1, SR)), 0);
    expect(swept(undefined)).toBeCloseTo(swept(0), 6);
  });

  it('moves the cutoff below lpf where the envelope is below the anchor', () => {
    // Sustain 0 with anchor 1: the cutoff settles two octaves below lpf.
    const below = gain(1000, { lpf: 1000, lpenv: 2, lpdecay: 0.01, lpsustain: 0, fanchor: 1 });
    expect(below).toBeCloseTo(db(svfLowpassMagnitude(1000, 250, 1, SR)), 0);
  });
});
