import { describe, expect, it } from 'vitest';
import { StereoDelay } from '../../../src/audio/dsp/delay.ts';
import { Orbit } from '../../../src/audio/dsp/orbit.ts';
import { Reverb } from '../../../src/audio/dsp/reverb.ts';
import { V, VOICE_STRIDE } from '../../../src/audio/dsp/voice-record.ts';
import { event, render, rms, SR } from '../helpers.ts';

/** The time (s) of the loudest 10 ms window in `[from, to)` seconds. */
function loudestAt(x: Float32Array, from: number, to: number): number {
  let best = from, bestRms = -1;
  for (let t = from; t < to; t += 0.005) {
    const r = rms(x, Math.round(t * SR), Math.round((t + 0.01) * SR));
    if (r > bestRms) { bestRms = r; best = t; }
  }
  return best;
}

describe('StereoDelay', () => {
  it('echoes after delaytime, each echo scaled by delayfeedback', () => {
    const x = render([event({ s: 'rim', delay: 0.5, delaytime: 0.3, delayfeedback: 0.5 }, 0, 0.05, 1)], 1.2).left;
    expect(loudestAt(x, 0.2, 0.45)).toBeCloseTo(0.3, 1);
    expect(loudestAt(x, 0.5, 0.75)).toBeCloseTo(0.6, 1);
    const echo = (t: number) => rms(x, Math.round(t * SR), Math.round((t + 0.04) * SR));
    expect(echo(0.6) / echo(0.3)).toBeCloseTo(0.5, 1);
  });

  it('takes the delay time in cycles from delaysync and cps', () => {
    const x = render([event({ s: 'rim', delay: 0.5, delaysync: 0.25, cps: 0.5 }, 0, 0.05, 1)], 1).left;
    expect(loudestAt(x, 0.3, 0.7)).toBeCloseTo(0.5, 1);
  });

  it('bounds feedback below 1 and clears on request', () => {
    const delay = new StereoDelay(SR);
    delay.set(0.01, 5);
    expect(delay.feedbackAmount()).toBe(0.98);
    const input = new Float64Array(128).fill(1), outL = new Float64Array(128), outR = new Float64Array(128);
    for (let i = 0; i < 10; i++) delay.process(input, input, outL, outR, 128);
    delay.clear();
    outL.fill(0);
    delay.process(new Float64Array(128), new Float64Array(128), outL, outR, 128);
    expect(outL.every((v) => v === 0)).toBe(true);
  });
});

describe('Reverb', () => {
  it('adds a tail after the dry sound, longer for a larger size', () => {
    const dry = render([event({ s: 'sd' }, 0, 0.1, 1)], 3).left;
    const small = render([event({ s: 'sd', room: 0.6, size: 0.5 }, 0, 0.1, 1)], 3).left;
    const large = render([event({ s: 'sd', room: 0.6, size: 4 }, 0, 0.1, 1)], 3).left;
    const tail = (x: Float32Array) => rms(x, Math.round(0.4 * SR), Math.round(0.8 * SR));
    expect(tail(dry)).toBeLessThan(1e-6);
    expect(tail(small)).toBeGreaterThan(1e-5);
    expect(tail(large)).toBeGreaterThan(tail(small) * 10);
  });

  it('decays by 60 dB in about `size` seconds', () => {
    const reverb = new Reverb(SR);
    reverb.setSize(1);
    const n = 128, blocks = Math.round((2 * SR) / n);
    const outL = new Float64Array(n), outR = new Float64Array(n), scratch = new Float64Array(n);
    const energy: number[] = [];
    for (let b = 0; b < blocks; b++) {
      const input = new Float64Array(n);
      if (b === 0) input[0] = 1;
      outL.fill(0);
      reverb.process(input, outL, outR, n, scratch);
      energy.push(outL.reduce((s, v) => s + v * v, 0));
    }
    const around = (t: number) => {
      const b = Math.round((t * SR) / n);
      return energy.slice(b - 20, b + 20).reduce((s, v) => s + v, 0);
    };
    const dbPerSecond = 10 * Math.log10(around(1.2) / around(0.2));
    expect(dbPerSecond).toBeGreaterThan(-75);
    expect(dbPerSecond).toBeLessThan(-50);
  });

  it('runs one reverb per orbit, set by the events that play on it', () => {
    const clapWithSetterOn = (orbit: number) =>
      render([event({ s: 'cp', room: 0.9, orbit: 1 }, 0, 0.1, 1), event({ s: 'sine', gain: 0, room: 0.1, size: 6, orbit }, 0, 0.1, 2)], 2).left;
    const shared = clapWithSetterOn(1);
    const separate = clapWithSetterOn(2);
    expect(rms(shared, SR, 2 * SR)).toBeGreaterThan(rms(separate, SR, 2 * SR) * 3);
  });
});

describe('Orbit', () => {
  it('stops computing once its tails have died away, and wakes when fed', () => {
    const orbit = new Orbit(SR, 128);
    // A voice record's effect settings: size 0.5 s, delay time 0.1 s, feedback 0.3.
    const record = new Float64Array(VOICE_STRIDE).fill(NaN);
    [record[V.size], record[V.delayTime], record[V.delayFeedback]] = [0.5, 0.1, 0.3];
    orbit.configure(record, 0);
    const outL = new Float64Array(128), outR = new Float64Array(128), scratch = new Float64Array(128);
    expect(orbit.busy()).toBe(false);
    orbit.room[0] = 1;
    orbit.delayL[0] = 1;
    orbit.fed = true;
    expect(orbit.process(outL, outR, 128, scratch)).toBe(true);
    let blocks = 0;
    while (orbit.busy() && blocks < 10000) {
      orbit.process(outL, outR, 128, scratch);
      blocks++;
    }
    // A 0.5 s reverb falls 120 dB in 1 s; 0.1 s echoes at feedback 0.3 in 1.3 s (+ 0.5 s for a glide).
    expect(blocks * 128).toBeGreaterThan(1.0 * SR);
    expect(blocks * 128).toBeLessThan(2.0 * SR);
    outL.fill(0);
    orbit.process(outL, outR, 128, scratch);
    expect(outL.every((v) => v === 0)).toBe(true);
  });

  it('clears itself and reports when its effects overflow', () => {
    const orbit = new Orbit(SR, 128);
    const outL = new Float64Array(128), outR = new Float64Array(128), scratch = new Float64Array(128);
    orbit.room.fill(Infinity);
    orbit.fed = true;
    let blocks = 0;
    while (orbit.process(outL, outR, 128, scratch) && blocks < 100) blocks++;
    // The infinity comes out once it has gone round the shortest comb.
    expect(blocks).toBeGreaterThan(0);
    expect(blocks).toBeLessThan(20);
    expect(orbit.busy()).toBe(false);
    orbit.room[0] = 1e-3;
    orbit.fed = true;
    for (let b = 0; b < 40; b++) {
      outL.fill(0);
      expect(orbit.process(outL, outR, 128, scratch)).toBe(true);
      expect(outL.every(Number.isFinite)).toBe(true);
    }
  });
});
