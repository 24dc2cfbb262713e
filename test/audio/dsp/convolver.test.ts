import { describe, expect, it } from 'vitest';
import { Convolver, planLevels } from '../../../src/audio/dsp/convolver.ts';
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

/** A reproducible noise in [-1, 1). */
function noise(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 1073741824 - 1;
}

/** `length` samples of noise decaying over `length / 3`. */
function decaying(length: number, seed: number): Float32Array {
  const next = noise(seed);
  return Float32Array.from({ length }, (_, i) => next() * Math.exp((-3 * i) / length));
}

/** Runs `input` through `convolver` in calls of irregular sizes (1 to 128 samples); returns both channels. */
function stream(convolver: Convolver, input: Float64Array, from = 0, out = { left: new Float64Array(input.length), right: new Float64Array(input.length) }): { left: Float64Array; right: Float64Array } {
  for (let at = from, n = 1; at < input.length; at += n, n = ((n * 7) % 128) + 1) {
    const count = Math.min(n, input.length - at);
    convolver.process(input.subarray(at, at + count), out.left.subarray(at), out.right.subarray(at), count);
  }
  return out;
}

/**
 * The direct convolution of `input` with `ir` (at `rate`, read at 48 kHz by linear interpolation,
 * cut to 4 s), one block late, at sample `i`.
 */
function direct(ir: Float32Array, rate: number, input: Float64Array, i: number): number {
  const step = rate / SR, length = Math.min(Math.floor((ir.length - 1) / step) + 1, 4 * SR);
  let y = 0;
  for (let k = 0; k < length && k <= i - BLOCK; k++) {
    const position = k * step, j = Math.floor(position), t = position - j;
    const h = ir[j]! + ((ir[j + 1] ?? 0) - ir[j]!) * t;
    y += h * input[i - BLOCK - k]!;
  }
  return y;
}

/** The largest difference between `out` and the direct convolution, relative to the latter's peak, at every `every`-th sample. */
function error(out: { left: Float64Array; right: Float64Array }, left: Float32Array, right: Float32Array, rate: number, input: Float64Array, every: number): number {
  let worst = 0, peak = 0;
  for (let i = 0; i < input.length; i += every) {
    const l = direct(left, rate, input, i), r = direct(right, rate, input, i);
    peak = Math.max(peak, Math.abs(l), Math.abs(r));
    worst = Math.max(worst, Math.abs(out.left[i]! - l), Math.abs(out.right[i]! - r));
  }
  return worst / peak;
}

describe('planLevels', () => {
  it('covers 4 s at 48 kHz with partitions of 128, 1024 and 8192, each level starting where the one before ends', () => {
    const plan = planLevels(4 * SR, BLOCK);
    expect(plan.map((level) => level.points)).toEqual([128, 1024, 8192]);
    for (let l = 1; l < plan.length; l++) expect(plan[l]!.offset).toBe(plan[l - 1]!.offset + plan[l - 1]!.parts * plan[l - 1]!.points);
    const last = plan.at(-1)!;
    expect(last.offset + last.parts * last.points).toBeGreaterThanOrEqual(4 * SR);
  });

  it('keeps a short response in partitions of one block', () => {
    expect(planLevels(1000, BLOCK)).toEqual([{ points: 128, offset: 0, parts: 8 }]);
  });
});

describe('Convolver', () => {
  it('convolves, one block late, with any number of samples a call, each channel with its own impulse response', () => {
    const convolver = new Convolver(SR, BLOCK);
    const ir = Float32Array.from({ length: 1000 }, (_, i) => Math.exp(-i / 200) * Math.sin(i / 7));
    const irR = Float32Array.from({ length: 700 }, (_, i) => Math.exp(-i / 100) * Math.cos(i / 3));
    convolver.setImpulse(ir, ir, irR, SR);
    const input = Float64Array.from({ length: 3000 }, (_, i) => Math.sin(i / 13) * (i % 97 < 40 ? 1 : -0.5));
    const { left: outL, right: outR } = stream(convolver, input);
    let worst = 0;
    const convolve = (h: Float32Array, i: number) => {
      let y = 0;
      for (let k = 0; k < h.length && k <= i - BLOCK; k++) y += h[k]! * input[i - BLOCK - k]!;
      return y;
    };
    for (let i = 0; i < 3000; i++) worst = Math.max(worst, Math.abs(outL[i]! - convolve(ir, i)), Math.abs(outR[i]! - convolve(irR, i)));
    expect(worst).toBeLessThan(1e-5);
  });

  // Under a block; a few blocks; either side of where the partitions of 1024 and of 8192 start; the whole 4 s cut.
  const cases: { length: number; stereo: boolean; rate?: number; every?: number }[] = [
    { length: 100, stereo: false },
    { length: 1000, stereo: true, every: 3 },
    { length: 1791, stereo: false, every: 3 },
    { length: 1793, stereo: true, every: 3 },
    { length: 16127, stereo: true, every: 29 },
    { length: 16129, stereo: false, every: 29 },
    { length: 40000, stereo: true, rate: 24000, every: 211 },
    { length: 5 * SR, stereo: true, every: 601 },
    { length: 5 * SR, stereo: false, every: 601 },
  ];
  for (const { length, stereo, rate = SR, every = 1 } of cases) {
    it(`matches direct convolution with a ${stereo ? 'stereo' : 'mono'} impulse response of ${length} samples at ${rate} Hz over a stream of many blocks`, () => {
      const convolver = new Convolver(SR, BLOCK);
      const left = decaying(length, 1), right = stereo ? decaying(length, 2) : left;
      convolver.setImpulse(left, left, stereo ? right : undefined, rate);
      const tail = Math.min(Math.ceil((length * SR) / rate), 4 * SR);
      const input = Float64Array.from({ length: tail + 20 * 1024 }, noise(3));
      expect(error(stream(convolver, input), left, right, rate, input, every)).toBeLessThan(1e-5);
      expect(convolver.latePreparations()).toBe(0);
    });
  }

  it('hears what is sent after a new impulse response exactly, whenever in a block or a partition it is set', () => {
    for (const start of [1, 1000, 8191, 20000, 40 * 1024 + 5]) {
      const convolver = new Convolver(SR, BLOCK);
      const before = decaying(500, 4);
      convolver.setImpulse(before, before, undefined, SR);
      // Sound long enough before the switch to have rung out through the first response, and
      // more than two of the longest partitions before it (which may meet the new one).
      const input = Float64Array.from({ length: start + 40000 }, noise(5));
      input.fill(0, Math.max(0, start - 2 * 8192 - 700), start);
      const out = { left: new Float64Array(input.length), right: new Float64Array(input.length) };
      stream(convolver, input.subarray(0, start), 0, out);
      const left = decaying(30000, 6), right = decaying(30000, 7);
      convolver.setImpulse(left, left, right, SR);
      stream(convolver, input, start, out);
      const after = input.slice();
      after.fill(0, 0, start);
      const heard = { left: out.left.subarray(start), right: out.right.subarray(start) };
      expect(error(heard, left, right, SR, after.subarray(start), 59)).toBeLessThan(1e-5);
      expect(convolver.latePreparations()).toBe(0);
    }
  });

  it('hears a response set while another is still being prepared exactly, as if it were the only one', () => {
    const convolver = new Convolver(SR, BLOCK);
    const out = { left: new Float64Array(80000), right: new Float64Array(80000) };
    const input = Float64Array.from({ length: 80000 }, noise(10));
    input.fill(0, 0, 30000);
    const first = decaying(4 * SR, 11);
    stream(convolver, input.subarray(0, 10000), 0, out);
    convolver.setImpulse(first, first, decaying(4 * SR, 12), SR);
    stream(convolver, input.subarray(0, 30000), 10000, out);
    const second = decaying(20000, 13);
    convolver.setImpulse(second, second, undefined, 44100);
    stream(convolver, input, 30000, out);
    expect(error(out, second, second, 44100, input, 61)).toBeLessThan(1e-5);
    expect(convolver.latePreparations()).toBe(0);
  });

  it('reads a non-finite sample of an impulse response as 0', () => {
    const convolver = new Convolver(SR, BLOCK);
    const ir = decaying(3000, 14), broken = ir.slice();
    broken[100] = NaN;
    broken[2000] = Infinity;
    convolver.setImpulse(broken, broken, undefined, SR);
    const fixed = ir.slice();
    fixed[100] = 0;
    fixed[2000] = 0;
    const input = Float64Array.from({ length: 8000 }, noise(15));
    expect(error(stream(convolver, input), fixed, fixed, SR, input, 7)).toBeLessThan(1e-5);
  });

  it('prepares a new impulse response a bounded amount of work a block, whenever it is set', () => {
    for (const start of [0, 128 * 63 + 40, 128 * 64 * 3 - 1, 128 * 64 * 9 + 128 * 56]) {
      const convolver = new Convolver(SR, BLOCK);
      const input = new Float64Array(BLOCK).fill(0.1), out = new Float64Array(BLOCK);
      for (let at = 0; at < start; at += BLOCK) convolver.process(input, out, out, Math.min(BLOCK, start - at));
      convolver.resetWork();
      convolver.setImpulse(input, decaying(4 * SR, 8), decaying(4 * SR, 9), SR);
      let preparation = 0;
      for (let b = 0; b < (4.5 * SR) / BLOCK; b++) {
        convolver.process(input, out, out, BLOCK);
        preparation += convolver.lastPreparation;
      }
      expect(convolver.latePreparations()).toBe(0);
      // A block prepares at most half a block's convolution work (all 3.5 million units at once, otherwise).
      expect(convolver.mostPreparation).toBeLessThanOrEqual(convolver.workPerBlock / 2);
      expect(convolver.mostWork).toBeLessThanOrEqual(1.5 * convolver.workPerBlock);
      expect(preparation).toBeGreaterThan(100 * convolver.mostPreparation);
    }
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

  it('makes the far end of a 4 s impulse response heard from the first event that names it', () => {
    const far = clicks(4, [[0, 1], [3.9, 0.5]]);
    const { left, errors } = play({ tick, far }, [event({ s: 'tick', room: 1, dry: 0, ir: 'far' }, 0.2, 0.01, 1)], 4.3);
    expect(errors).toEqual([]);
    const [first, second] = loudest(left, 2) as [number, number];
    expect(first).toBe(Math.round(0.2 * SR) + BLOCK);
    expect(second - first).toBe(Math.round(3.9 * SR));
    expect(left[second]! / left[first]!).toBeCloseTo(0.5, 4);
  });

  it('plays the impulse response that loads after its event was queued, before the event starts', () => {
    const engine = new Engine({ sampleRate: SR, blockSize: BLOCK });
    const tickFile = decodeWav(makeWav([tick], SR, { bits: 32, float: true }));
    engine.declareSound('tick', ['tick.wav']);
    engine.addSample('tick', 0, tickFile.channels, SR);
    engine.declareSound('hall', ['hall.wav']);
    engine.schedule(event({ s: 'tick', room: 1, dry: 0, ir: 'hall' }, 0.2, 0.01, 1));
    engine.addSample('hall', 0, [twoClicks], SR);
    const left = new Float32Array(0.5 * SR), right = new Float32Array(left.length);
    engine.render(left, right);
    const [first, second] = loudest(left, 2) as [number, number];
    expect(first).toBe(Math.round(0.2 * SR) + BLOCK);
    expect(second - first).toBe(Math.round(0.1 * SR));
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
