import { describe, expect, it } from 'vitest';
import { FusedSvf, type DryMix } from '../../../src/audio/dsp/filter-fused.ts';
import { Svf, svfLowpassMagnitude } from '../../../src/audio/dsp/filter.ts';
import { Phasor, sawtooth } from '../../../src/audio/dsp/oscillators.ts';
import { event, render, rms, SR } from '../helpers.ts';

const db = (ratio: number): number => 20 * Math.log10(ratio);

/** Steady-state gain in dB of the engine's filter on a sine at `freq`. */
function measuredGain(freq: number, filter: Record<string, unknown>): number {
  const from = Math.round(0.2 * SR), to = Math.round(0.8 * SR);
  // Quiet enough that a +20 dB resonance stays below the limiter.
  const dry = render([event({ s: 'sine', freq, gain: 0.1 }, 0, 1, 1)], 1).left;
  const wet = render([event({ s: 'sine', freq, gain: 0.1, ...filter }, 0, 1, 1)], 1).left;
  return db(rms(wet, from, to) / rms(dry, from, to));
}

describe('Svf', () => {
  it('is a 12 dB/octave lowpass: about -12 dB at twice the cutoff (Butterworth Q), -24 dB at four times', () => {
    const butterworthDb = db(Math.SQRT1_2); // lpq is the resonance peak in dB, as a Web Audio lowpass Q
    expect(measuredGain(2000, { lpf: 1000, lpq: butterworthDb })).toBeCloseTo(-12.3, 0);
    expect(measuredGain(4000, { lpf: 1000, lpq: butterworthDb })).toBeCloseTo(-24.1, 0);
    expect(measuredGain(250, { lpf: 1000, lpq: butterworthDb })).toBeCloseTo(0, 1);
  });

  it('matches the analogue prototype at the default resonance (Q = 1)', () => {
    for (const freq of [500, 1000, 2000, 4000]) {
      expect(measuredGain(freq, { lpf: 1000 })).toBeCloseTo(db(svfLowpassMagnitude(freq, 1000, 1, SR)), 1);
    }
    expect(db(svfLowpassMagnitude(2000, 1000, 1, SR))).toBeCloseTo(-11.2, 1);
  });

  it('resonates at the cutoff as lpq rises', () => {
    expect(measuredGain(1000, { lpf: 1000, lpq: 0 })).toBeCloseTo(0, 1);
    expect(measuredGain(1000, { lpf: 1000, lpq: 20 })).toBeCloseTo(20, 0);
  });

  it('is a mirror-image highpass and a unity-peak bandpass', () => {
    expect(measuredGain(500, { hpf: 1000, hpq: db(Math.SQRT1_2) })).toBeCloseTo(-12.3, 0);
    expect(measuredGain(8000, { hpf: 1000 })).toBeCloseTo(0, 0);
    expect(measuredGain(1000, { bpf: 1000, bpq: 4 })).toBeCloseTo(0, 1);
    expect(measuredGain(2000, { bpf: 1000, bpq: 4 })).toBeLessThan(-15);
  });

  it('opens with the filter envelope (lpenv in octaves)', () => {
    const closed = measuredGain(4000, { lpf: 500 });
    const opened = measuredGain(4000, { lpf: 500, lpenv: 3 });
    expect(opened - closed).toBeGreaterThan(30);
  });

  it('filters in place with the same response whether or not the gain ramp is fused in', () => {
    const a = new Svf(), b = new Svf();
    a.set(1200, 3, SR);
    b.set(1200, 3, SR);
    for (const mode of [0, 1, 2] as const) {
      const x = Float64Array.from({ length: 256 }, (_, i) => Math.sin(i * 0.3) + (i % 7) * 0.1);
      const y = Float64Array.from(x);
      if (mode === 0) a.lowpass(x, 0, 256);
      else if (mode === 1) a.highpass(x, 0, 256);
      else a.bandpass(x, 0, 256);
      expect(b.filterRamp(mode, y, 0, 256, { segmentLevel: 0.5, segmentSlope: 0.001 })).toBe(true);
      for (let i = 0; i < 256; i++) expect(y[i]).toBeCloseTo(x[i]! * (0.5 + 0.001 * i), 12);
    }
  });

  it('mixes as it filters exactly as filtering and then mixing: any response, centred or panned, a saw made in the loop or read, or made and written', () => {
    const ramp = { segmentLevel: 0.5, segmentSlope: 0.001 };
    for (const mode of [0, 1, 2] as const) {
      for (const centred of [true, false]) {
        // Two blocks in a row, so that the filter's and the oscillator's state carry over.
        const reference = new Svf(), read = new FusedSvf(), made = new FusedSvf(), wrote = new FusedSvf();
        for (const f of [reference, read, made, wrote]) f.set(900, 4, SR);
        const refOsc = new Phasor(), madeOsc = new Phasor(), wroteOsc = new Phasor();
        for (const o of [refOsc, madeOsc, wroteOsc]) {
          o.inc = 220 / SR;
          o.phase = 0.5;
        }
        const bus = () => ({ dryL: new Float64Array(128).fill(0.25), dryR: new Float64Array(128).fill(-0.25), dryMid: new Float64Array(128) });
        const readBus = bus(), madeBus = bus();
        const gains = { gainL: 0.3, gainR: centred ? 0.3 : 0.7, centred };
        const readMix: DryMix = { ...readBus, ...gains }, madeMix: DryMix = { ...madeBus, ...gains };
        const expected = bus();
        for (let block = 0; block < 2; block++) {
          const x = new Float64Array(128);
          sawtooth(refOsc, x, 0, 128, null);
          const input = Float64Array.from(x);
          // Segments of odd lengths as well (an envelope's segments end anywhere).
          for (const [from, to] of [[0, 37], [37, 38], [38, 128]] as const) expect(reference.filterRamp(mode, x, from, to, ramp)).toBe(true);
          for (let i = 0; i < 128; i++) {
            if (centred) expected.dryMid[i]! += x[i]! * 0.3;
            else {
              expected.dryL[i]! += x[i]! * 0.3;
              expected.dryR[i]! += x[i]! * 0.7;
            }
          }
          const written = new Float64Array(128);
          for (const [from, to] of [[0, 37], [37, 38], [38, 128]] as const) {
            expect(read.filterRampMix(mode, input, from, to, ramp, readMix)).toBe(true);
            expect(made.sawtoothRampMix(madeOsc, mode, from, to, ramp, madeMix)).toBe(true);
            expect(wrote.sawtoothRamp(wroteOsc, mode, written, from, to, ramp)).toBe(true);
          }
          for (let i = 0; i < 128; i++) expect(written[i]).toBeCloseTo(x[i]!, 12);
        }
        for (const mixed of [readBus, madeBus]) {
          for (const side of ['dryL', 'dryR', 'dryMid'] as const) {
            for (let i = 0; i < 128; i++) expect(mixed[side][i]).toBeCloseTo(expected[side][i]!, 12);
          }
        }
        expect(madeOsc.phase).toBe(refOsc.phase);
      }
    }
  });
});
