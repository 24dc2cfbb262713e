import { describe, expect, it } from 'vitest';
import { RealFft } from '../../../src/audio/dsp/fft.ts';

/** A real signal of `length` samples that is no simple tone. */
function signal(length: number): Float64Array {
  return Float64Array.from({ length }, (_, i) => Math.sin(i * 1.3) + ((i * 7) % 5) * 0.2 - 0.4);
}

/** Bins `0..N` of the discrete Fourier transform of `x` (length `2N`), the slow way. */
function dft(x: Float64Array): { re: number[]; im: number[] } {
  const n = x.length / 2, re: number[] = [], im: number[] = [];
  for (let k = 0; k <= n; k++) {
    let r = 0, i = 0;
    for (let m = 0; m < x.length; m++) {
      r += x[m]! * Math.cos((Math.PI * k * m) / n);
      i -= x[m]! * Math.sin((Math.PI * k * m) / n);
    }
    re.push(r);
    im.push(i);
  }
  return { re, im };
}

describe('RealFft', () => {
  it('gives the spectrum of 2N real samples, bins 0 to N, as the discrete Fourier transform does', () => {
    for (const points of [2, 8, 64]) {
      const fft = new RealFft(points);
      const x = signal(2 * points);
      const re = new Float64Array(points), im = new Float64Array(points);
      const outRe = new Float64Array(points + 1), outIm = new Float64Array(points + 1);
      fft.forward(x, re, im, outRe, outIm);
      const expected = dft(x);
      for (let k = 0; k <= points; k++) {
        expect(outRe[k]).toBeCloseTo(expected.re[k]!, 9);
        expect(outIm[k]).toBeCloseTo(expected.im[k]!, 9);
      }
    }
  });

  it('turns a spectrum back into its samples', () => {
    const points = 128, fft = new RealFft(points);
    const x = signal(2 * points);
    const re = new Float64Array(points), im = new Float64Array(points);
    const spectrumRe = new Float64Array(points + 1), spectrumIm = new Float64Array(points + 1), back = new Float64Array(2 * points);
    fft.forward(x, re, im, spectrumRe, spectrumIm);
    fft.inverse(spectrumRe, spectrumIm, re, im, back);
    for (let i = 0; i < x.length; i++) expect(back[i]).toBeCloseTo(x[i]!, 12);
  });

  it('gives the same transform done in pieces of any size as in one go', () => {
    const points = 256, fft = new RealFft(points);
    const x = signal(2 * points);
    const whole = { re: new Float64Array(points + 1), im: new Float64Array(points + 1) };
    fft.forward(x, new Float64Array(points), new Float64Array(points), whole.re, whole.im);
    const re = new Float64Array(points), im = new Float64Array(points);
    for (let i = 0; i < points; i++) {
      re[fft.reversed[i]!] = x[2 * i]!;
      im[fft.reversed[i]!] = x[2 * i + 1]!;
    }
    for (let from = 0, size = 1; from < fft.butterflies; from += size, size = (size * 5) % 97 + 1) {
      fft.butterfly(re, im, from, Math.min(fft.butterflies, from + size), false);
    }
    const pieces = { re: new Float64Array(points + 1), im: new Float64Array(points + 1) };
    for (let from = 0; from < fft.pairs; from += 7) fft.split(re, im, pieces.re, pieces.im, 0, from, Math.min(fft.pairs, from + 7), false);
    expect(Array.from(pieces.re)).toEqual(Array.from(whole.re));
    expect(Array.from(pieces.im)).toEqual(Array.from(whole.im));
  });
});
