import { describe, expect, it } from 'vitest';
import { Limiter } from '../../../src/audio/dsp/limiter.ts';
import { float32AtMost, MasterBus } from '../../../src/audio/dsp/master.ts';
import { maxStep } from '../helpers.ts';

const SR = 48000;
const CEILING = Math.pow(10, -1 / 20);

describe('float32AtMost', () => {
  it('gives the largest float32 not above the value', () => {
    const c = float32AtMost(CEILING);
    expect(c).toBeLessThanOrEqual(CEILING);
    expect(Math.fround(c)).toBe(c);
    expect(float32AtMost(0.5)).toBe(0.5);
  });
});

describe('Limiter', () => {
  it('never exceeds its ceiling, and ramps the gain down before a peak instead of clipping', () => {
    const limiter = new Limiter(SR, 0.5);
    const n = 4800;
    const inL = new Float64Array(n), inR = new Float64Array(n);
    for (let i = 0; i < n; i++) inL[i] = inR[i] = 0.2 * Math.sin(i * 0.05) + (i === 2000 ? 10 : 0);
    const outL = new Float32Array(n), outR = new Float32Array(n);
    limiter.process(inL, inR, outL, outR, 0, n);
    const delay = limiter.lookahead;
    let worst = 0;
    for (const v of outL) worst = Math.max(worst, Math.abs(v));
    expect(worst).toBeLessThanOrEqual(0.5);
    expect(outL[2000 + delay]).toBeCloseTo(0.5, 6);
    // Far from the spike, the signal passes unchanged (delayed).
    expect(outL[1000 + delay]).toBeCloseTo(inL[1000]!, 6);
    expect(limiter.reduction).toBeCloseTo(0.5 / Math.abs(inL[2000]!), 9);
    limiter.resetReduction();
    expect(limiter.reduction).toBe(1);
  });
});

describe('MasterBus', () => {
  it('silences non-finite samples, blocks DC and keeps to the -1 dBFS ceiling', () => {
    const bus = new MasterBus(SR);
    const n = SR;
    const mixL = new Float64Array(n).fill(0.5), mixR = new Float64Array(n).fill(3);
    mixL[100] = NaN;
    mixR[200] = Infinity;
    mixL[300] = 1e300;
    const outL = new Float32Array(n), outR = new Float32Array(n);
    let finite = true;
    for (let i = 0; i < n; i += 128) {
      finite = bus.process(mixL.subarray(i, i + 128), mixR.subarray(i, i + 128), outL, outR, i, 128) && finite;
    }
    expect(finite).toBe(false);
    expect(outL.every(Number.isFinite) && outR.every(Number.isFinite)).toBe(true);
    expect(Math.max(...outL.map(Math.abs), ...outR.map(Math.abs))).toBeLessThanOrEqual(CEILING);
    expect(Math.abs(outL[n - 1]!)).toBeLessThan(0.01);
    expect(maxStep(outR, 1000)).toBeLessThan(0.01);
  });
});
