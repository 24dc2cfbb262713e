import { describe, expect, it } from 'vitest';
import { Convolver, Fft } from '../../../src/audio/dsp/convolver.ts';
import { decodeWav, Engine, type EngineError, type SoundEvent } from '../../../src/audio/index.ts';
import { event, SR } from '../helpers.ts';
import { makeWav } from '../wav-fixture.ts';

const BLOCK = 128;

/** Renders `events` with sounds added from WAV files made here; returns the left channel and the errors. */
function play(sounds: Record<string, Float32Array>, events: SoundEvent[], seconds: number): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const engine = new Engine({ sampleRate: SR, blockSize: BLOCK, onError: (e) => errors.push(e) });
  for (const [name, samples] of Object.entries(sounds)) {
    const file = decodeWav(makeWav([samples], SR, { bits: 32, float: true }));
    engine.declareSound(name, [`${name}.wav`]);
    engine.addSample(name, 0, file.channels, file.sampleRate);
  }
  for (const e of events) engine.schedule(e);
  const left = new Float32Array(Math.round(seconds * SR)), right = new Float32Array(left.length);
  engine.render(left, right);
  return { left, errors };
}

/** A file of `seconds` with clicks of the given heights at the given times. */
function clicks(seconds: number, at: [number, number][]): Float32Array {
  const x = new Float32Array(Math.round(seconds * SR));
  for (const [t, height] of at) x[Math.round(t * SR)] = height;
  return x;
}

/** The indices of the `count` largest absolute samples, in time order (each at least 100 samples from the others). */
function loudest(x: Float32Array, count: number): number[] {
  const order = Array.from(x.keys()).sort((a, b) => Math.abs(x[b]!) - Math.abs(x[a]!));
  const found: number[] = [];
  for (const i of order) {
    if (found.every((j) => Math.abs(i - j) > 100)) found.push(i);
    if (found.length === count) break;
  }
  return found.sort((a, b) => a - b);
}

describe('Fft', () => {
  it('transforms a sine into its bin and back', () => {
    const fft = new Fft(64);
    const re = Float64Array.from({ length: 64 }, (_, i) => Math.cos((2 * Math.PI * 5 * i) / 64)), im = new Float64Array(64);
    const original = re.slice();
    fft.transform(re, im, false);
    expect(re[5]).toBeCloseTo(32, 9);
    expect(re[59]).toBeCloseTo(32, 9);
    expect(Math.abs(re[6]!)).toBeLessThan(1e-9);
    fft.transform(re, im, true);
    for (let i = 0; i < 64; i++) expect(re[i]).toBeCloseTo(original[i]!, 9);
  });
});

describe('Convolver', () => {
  it('convolves, one block late, with any number of samples a call, each channel with its own impulse response', () => {
    const convolver = new Convolver(SR, BLOCK);
    const ir = Float32Array.from({ length: 1000 }, (_, i) => Math.exp(-i / 200) * Math.sin(i / 7));
    const irR = Float32Array.from({ length: 700 }, (_, i) => Math.exp(-i / 100) * Math.cos(i / 3));
    convolver.setImpulse(ir, ir, irR, SR);
    const input = Float64Array.from({ length: 3000 }, (_, i) => Math.sin(i / 13) * (i % 97 < 40 ? 1 : -0.5));
    const outL = new Float64Array(3000), outR = new Float64Array(3000);
    for (let from = 0, n = 1; from < 3000; from += n, n = (n * 7) % 128 + 1) {
      const count = Math.min(n, 3000 - from);
      const l = new Float64Array(count), r = new Float64Array(count);
      convolver.process(input.subarray(from, from + count), l, r, count);
      outL.set(l, from);
      outR.set(r, from);
    }
    let worst = 0;
    const convolve = (h: Float32Array, i: number) => {
      let y = 0;
      for (let k = 0; k < h.length && k <= i - BLOCK; k++) y += h[k]! * input[i - BLOCK - k]!;
      return y;
    };
    for (let i = 0; i < 3000; i++) worst = Math.max(worst, Math.abs(outL[i]! - convolve(ir, i)), Math.abs(outR[i]! - convolve(irR, i)));
    expect(worst).toBeLessThan(1e-5);
  });
});

describe('ir', () => {
  const tick = clicks(0.01, [[0, 1]]);
  const twoClicks = clicks(0.3, [[0, 1], [0.1, 0.5]]);

  it('makes the reverb echo at the impulse response\'s clicks', () => {
    const { left, errors } = play({ tick, hall: twoClicks }, [event({ s: 'tick', room: 1, dry: 0, ir: 'hall' }, 0.5, 0.01, 1)], 1);
    expect(errors).toEqual([]);
    // The wet sound, one block late: a click at 0.5 s and one at 0.6 s, half as loud.
    const [first, second] = loudest(left, 2) as [number, number];
    expect(first).toBeGreaterThanOrEqual(0.5 * SR + BLOCK - 1);
    expect(first).toBeLessThanOrEqual(0.5 * SR + BLOCK + 1);
    expect(second - first).toBeGreaterThanOrEqual(0.1 * SR - 1);
    expect(second - first).toBeLessThanOrEqual(0.1 * SR + 1);
    expect(Math.abs(left[second]!) / Math.abs(left[first]!)).toBeCloseTo(0.5, 1);
    // Between them, silence (the algorithmic reverb would fill it).
    let between = 0;
    for (let i = first + 50; i < second - 50; i++) between = Math.max(between, Math.abs(left[i]!));
    expect(between).toBeLessThan(0.01 * Math.abs(left[first]!));
    const plain = play({ tick }, [event({ s: 'tick', room: 1, dry: 0 }, 0.5, 0.01, 1)], 1).left;
    let filled = 0;
    for (let i = first + 50; i < second - 50; i++) filled = Math.max(filled, Math.abs(plain[i]!));
    expect(filled).toBeGreaterThan(10 * between);
  });

  it('takes the impulse response\'s first 4 s, and says so', () => {
    const long = clicks(5, [[0, 1], [4.5, 1]]);
    const { errors } = play({ tick, long }, [event({ s: 'tick', room: 1, ir: 'long' }, 0, 0.01, 1)], 0.1);
    expect(errors.map((e) => e.message)).toEqual(['impulse response "long" is 5.0 s long: only its first 4 s are used']);
  });

  it('reports an impulse response that names no sample', () => {
    const { errors } = play({ tick }, [event({ s: 'tick', room: 1, ir: 'nowhere' }, 0, 0.01, 1)], 0.1);
    expect(errors.map((e) => e.message)).toEqual(['unknown impulse response "nowhere" (ir names a sample)']);
  });
});
