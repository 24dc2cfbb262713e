import { describe, expect, it } from 'vitest';
import { decodeWav, Engine, type EngineError, type SoundEvent } from '../../../src/audio/index.ts';
import { WARP_MODES } from '../../../src/audio/dsp/synth-names.ts';
import { fold, warpPhase } from '../../../src/audio/dsp/wavetable.ts';
import { binPower, event, rms, SR, zeroCrossingFrequency } from '../helpers.ts';
import { makeWav } from '../wav-fixture.ts';

const FRAME = 2048;
/** Two single-cycle frames: a sine, then a square. */
const TABLE = Float32Array.from({ length: 2 * FRAME }, (_, i) =>
  i < FRAME ? 0.8 * Math.sin((2 * Math.PI * i) / FRAME) : i - FRAME < FRAME / 2 ? 0.8 : -0.8,
);

/** Renders `events` with the wavetable declared as the sample "wt_test" (made as a WAV file and decoded). */
function play(events: SoundEvent[], seconds = 0.5): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e) });
  const file = decodeWav(makeWav([TABLE], 44100, { bits: 32, float: true }));
  engine.addSample('wt_test', 0, file.channels, file.sampleRate);
  for (const e of events) engine.schedule(e);
  const left = new Float32Array(Math.round(seconds * SR));
  engine.render(left, new Float32Array(left.length));
  return { left, errors };
}

/** Power of harmonics 2..`last` of `f` over that of the fundamental. */
function overtones(x: Float32Array, f: number, last = 6): number {
  let sum = 0;
  for (let k = 2; k <= last; k++) sum += binPower(x, f * k, 4800, 9600);
  return sum / binPower(x, f, 4800, 9600);
}

describe('wavetable sounds (s("wt_..."))', () => {
  it('play the first frame at wt 0 and the last at wt 1', () => {
    const sine = play([event({ s: 'wt_test', note: 'a3', wt: 0 })]);
    const square = play([event({ s: 'wt_test', note: 'a3', wt: 1 })]);
    expect(sine.errors).toEqual([]);
    expect(square.errors).toEqual([]);
    expect(overtones(sine.left, 220)).toBeLessThan(0.001);
    // A square's third harmonic has 1/9 of its fundamental's power, its second none.
    expect(binPower(square.left, 660, 4800, 9600) / binPower(square.left, 220, 4800, 9600)).toBeCloseTo(1 / 9, 1);
    expect(binPower(square.left, 440, 4800, 9600) / binPower(square.left, 220, 4800, 9600)).toBeLessThan(0.001);
    // Halfway is a mix of the two.
    const half = play([event({ s: 'wt_test', note: 'a3', wt: 0.5 })]);
    const third = binPower(half.left, 660, 4800, 9600) / binPower(half.left, 220, 4800, 9600);
    expect(third).toBeGreaterThan(0.001);
    expect(third).toBeLessThan(1 / 9 - 0.01);
  });

  it('follow the note', () => {
    for (const [note, f] of [['a3', 220], ['a4', 440], ['e5', 659.26]] as const) {
      const { left } = play([event({ s: 'wt_test', note })]);
      expect(zeroCrossingFrequency(left, 4800, 19200)).toBeCloseTo(f, 0);
    }
  });

  it('warp bends the frame in the way warpmode says', () => {
    const plain = play([event({ s: 'wt_test', note: 'a3' })]).left;
    for (const warpmode of ['asym', 'bendp', 'sync', 'fold', 'pwm', 'quant']) {
      const warped = play([event({ s: 'wt_test', note: 'a3', warp: 0.7, warpmode })]);
      expect(warped.errors).toEqual([]);
      // (quant's 16 steps a cycle at warp 0.7 show in harmonics 15 and 17.)
      expect(overtones(warped.left, 220, 20), warpmode).toBeGreaterThan(0.005);
      expect(rms(warped.left, 4800, 14400)).toBeGreaterThan(0.05);
    }
    // No warp, any mode: the sine as it is.
    expect(overtones(play([event({ s: 'wt_test', note: 'a3', warp: 0, warpmode: 'asym' })]).left, 220)).toBeLessThan(0.001);
    expect(overtones(plain, 220)).toBeLessThan(0.001);
  });

  it('report an unknown warp mode', () => {
    const { errors } = play([event({ s: 'wt_test', note: 'a3', warp: 0.5, warpmode: 'twist' })]);
    expect(errors.map((e) => e.kind)).toEqual(['control']);
    expect(errors[0]!.message).toContain('warpmode');
  });
});

/** The third harmonic's power over the fundamental's in `[from, from + n)`: 1/9 for the square frame, 0 for the sine. */
function third(x: Float32Array, from: number, n = 4800): number {
  return binPower(x, 660, from, n) / binPower(x, 220, from, n);
}

/** The phase (radians) of the 220 Hz component over `[from, from + n)`. */
function phaseAt220(x: Float32Array, from: number, n = 4800): number {
  let re = 0, im = 0;
  for (let i = 0; i < n; i++) {
    re += x[from + i]! * Math.cos((2 * Math.PI * 220 * (from + i)) / SR);
    im -= x[from + i]! * Math.sin((2 * Math.PI * 220 * (from + i)) / SR);
  }
  return Math.atan2(im, re);
}

describe('the wavetable envelopes', () => {
  it('wtenv moves the position from wt by its depth, along wtattack, wtdecay and wtsustain', () => {
    const swept = play([event({ s: 'wt_test', note: 'a3', wtenv: 1, wtattack: 0.001, wtdecay: 0.2, wtsustain: 0 }, 0, 0.5)]).left;
    // Just after the attack the last frame (the square); once decayed to sustain 0, the first (the sine).
    expect(third(swept, 480, 960)).toBeGreaterThan(0.08);
    expect(third(swept, 12000)).toBeLessThan(0.001);
    // Half-way through the decay, half-way between the frames.
    const middle = third(swept, 4560, 960);
    expect(middle).toBeGreaterThan(0.002);
    expect(middle).toBeLessThan(0.08);
    // The defaults (a 5 ms attack to a sustain of 1): the last frame from then on.
    const held = play([event({ s: 'wt_test', note: 'a3', wtenv: 1 }, 0, 0.5)]).left;
    expect(third(held, 12000)).toBeCloseTo(1 / 9, 1);
    // A slow attack: still near the first frame after 50 ms, at the last by 400 ms.
    const slow = play([event({ s: 'wt_test', note: 'a3', wtenv: 1, wtattack: 0.3 }, 0, 0.6)], 0.6).left;
    expect(third(slow, 1200, 2400)).toBeLessThan(0.01);
    expect(third(slow, 19200)).toBeCloseTo(1 / 9, 1);
    // A negative depth from wt 1 moves down to the sine.
    const down = play([event({ s: 'wt_test', note: 'a3', wt: 1, wtenv: -1 }, 0, 0.5)]).left;
    expect(third(down, 12000)).toBeLessThan(0.001);
  });

  it('wtrelease moves the position back after the event ends', () => {
    const voice = { s: 'wt_test', note: 'a3', wtenv: 1, release: 0.5 };
    const quick = play([event({ ...voice, wtrelease: 0.01 }, 0, 0.1)]).left;
    const slow = play([event({ ...voice, wtrelease: 0.4 }, 0, 0.1)]).left;
    // 100 to 200 ms after the gate: the quick one back at the sine, the slow one still between.
    expect(third(quick, 9600)).toBeLessThan(0.001);
    expect(third(slow, 9600)).toBeGreaterThan(0.01);
  });

  it('warpenv moves the warp along its stages', () => {
    const swept = play([event({ s: 'wt_test', note: 'a3', warpmode: 'asym', warpenv: 1, warpattack: 0.001, warpdecay: 0.2, warpsustain: 0 }, 0, 0.5)]).left;
    expect(overtonesIn(swept, 480, 960)).toBeGreaterThan(0.05);
    expect(overtonesIn(swept, 12000, 4800)).toBeLessThan(0.001);
    const held = play([event({ s: 'wt_test', note: 'a3', warpmode: 'asym', warpenv: 0.7, warpsustain: 0.5, warprelease: 0.2 }, 0, 0.5)]).left;
    expect(overtonesIn(held, 12000, 4800)).toBeGreaterThan(0.01);
  });

  it('wtphaserand starts each note at a random phase', () => {
    const phases = (extra: Record<string, unknown>): number[] =>
      [11, 12, 13].map((id) => phaseAt220(play([event({ s: 'wt_test', note: 'a3', ...extra }, 0, 0.5, id)]).left, 4800));
    const fixed = phases({});
    expect(Math.max(...fixed) - Math.min(...fixed)).toBeLessThan(0.01);
    const random = phases({ wtphaserand: 1 });
    expect(Math.max(...random) - Math.min(...random)).toBeGreaterThan(0.3);
  });
});

/** {@link overtones} over `[from, from + n)`. */
function overtonesIn(x: Float32Array, from: number, n: number): number {
  let sum = 0;
  for (let k = 2; k <= 6; k++) sum += binPower(x, 220 * k, from, n);
  return sum / binPower(x, 220, from, n);
}

describe('warpPhase and fold', () => {
  it('leave the phase and the wave as they are at warp 0', () => {
    for (let mode = 0; mode < WARP_MODES.length; mode++) {
      if (WARP_MODES[mode] === 'quant') continue;
      for (const p of [0, 0.1, 0.5, 0.9]) expect(warpPhase(mode, 0, p), WARP_MODES[mode]).toBeCloseTo(p, 9);
    }
    expect(fold(0.5)).toBe(0.5);
    expect(fold(1.5)).toBeCloseTo(0.5);
    expect(fold(-2.5)).toBeCloseTo(0.5);
  });
});
