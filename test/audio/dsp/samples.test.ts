import { describe, expect, it } from 'vitest';
import { decodeWav, Engine, type EngineError, type SoundEvent } from '../../../src/audio/index.ts';
import { event, firstAbove, maxStep, peak, SR } from '../helpers.ts';
import { makeWav } from '../wav-fixture.ts';

/** Centre pan: each side gets cos(π/4) of a sample played at gain 1. */
const CENTRE = Math.SQRT1_2;

const signal = (n: number, f: (i: number) => number): Float32Array => Float32Array.from({ length: n }, (_, i) => f(i));
/** A 440 Hz tone starting at its peak (so its first frame is loud), 0.1 s long, amplitude 0.5. */
const TONE = signal(4800, (i) => 0.5 * Math.cos((2 * Math.PI * 440 * i) / SR));
/** A rising ramp of 3 kHz square wave: its loudness says where in the file playback is. */
const RAMP = signal(4800, (i) => (0.1 + (0.4 * i) / 4800) * (i % 16 < 8 ? 1 : -1));

interface Rendered {
  left: Float32Array;
  right: Float32Array;
  errors: EngineError[];
  wanted: [string, number][];
}

/** Renders `events` with sounds added as decoded from WAV files made here (16-bit, as a file would be). */
function play(sounds: Record<string, Float32Array[][]>, events: SoundEvent[], seconds: number, rates: Record<string, number> = {}): Rendered {
  const errors: EngineError[] = [];
  const wanted: [string, number][] = [];
  const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e), onSampleWanted: (name, index) => wanted.push([name, index]) });
  for (const [name, files] of Object.entries(sounds)) {
    files.forEach((channels, index) => {
      const file = decodeWav(makeWav(channels, rates[name] ?? SR, { bits: 32, float: true }));
      engine.addSample(name, index, file.channels, file.sampleRate);
    });
  }
  for (const e of events) engine.schedule(e);
  const left = new Float32Array(Math.round(seconds * SR));
  const right = new Float32Array(left.length);
  engine.render(left, right);
  return { left, right, errors, wanted };
}

/** The index after the last sample above `threshold`. */
function end(x: Float32Array, threshold = 0.02): number {
  for (let i = x.length - 1; i >= 0; i--) if (Math.abs(x[i]!) > threshold) return i + 1;
  return 0;
}

/** The largest difference between `out[at + k]` and `expected[k] × gain` (the master's 10 Hz DC blocker leaves a little). */
function mismatch(out: Float32Array, at: number, expected: ArrayLike<number>, gain = CENTRE): number {
  let worst = 0;
  for (let k = 0; k < expected.length; k++) worst = Math.max(worst, Math.abs(out[at + k]! - expected[k]! * gain));
  return worst;
}

/** `x[k]` by 4-point Catmull-Rom interpolation at fractional positions, 0 outside the file. */
function interpolate(x: Float32Array, position: number): number {
  const at = (k: number): number => (k >= 0 && k < x.length ? x[k]! : 0);
  const i = Math.floor(position), t = position - i;
  const [a, b, c, d] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
  return b + 0.5 * t * (c - a + t * (2 * a - 5 * b + 4 * c - d + t * (3 * (b - c) + d - a)));
}

/**
 * What the engine should output for one centred voice reading `file` at `positions` from frame
 * `at` (silence elsewhere), below the ceiling: the voice through the master's 10 Hz DC blocker.
 */
function expected(file: Float32Array, positions: number[], length: number, at = 0, gain = CENTRE): Float32Array {
  const voice = new Float64Array(length);
  positions.forEach((p, k) => (voice[at + k] = interpolate(file, p) * gain));
  const pole = Math.exp((-2 * Math.PI * 10) / SR);
  const out = new Float32Array(length);
  let x1 = 0, y1 = 0;
  for (let i = 0; i < length; i++) {
    y1 = voice[i]! - x1 + pole * y1;
    x1 = voice[i]!;
    out[i] = y1;
  }
  return out;
}

/** `count` positions from `start`, `step` apart. */
const steps = (start: number, step: number, count: number): number[] => Array.from({ length: count }, (_, k) => start + k * step);

/** The largest difference between two renders. */
function difference(a: Float32Array, b: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return worst;
}

describe('Engine sample voices', () => {
  it('start on the exact sample round(time × sampleRate) and play the file as it is', () => {
    for (const time of [0, 0.1234567, 129.49 / SR]) {
      const { left, right, errors } = play({ tone: [[TONE]] }, [event({ s: 'tone' }, time, 0.05)], time + 0.2);
      const onset = Math.round(time * SR);
      expect(errors).toEqual([]);
      expect(firstAbove(left, 0.01)).toBe(onset);
      expect(difference(left, expected(TONE, steps(0, 1, TONE.length), left.length, onset))).toBeLessThan(1e-5);
      expect(difference(right, left)).toBe(0);
      // One-shot: the whole file plays although the event is shorter.
      expect(end(left)).toBeGreaterThan(onset + TONE.length - 20);
      expect(end(left)).toBeLessThanOrEqual(onset + TONE.length);
    }
  });

  it('play stereo files left to left and right to right', () => {
    const { left, right } = play({ st: [[TONE, RAMP]] }, [event({ s: 'st' }, 0, 0.1)], 0.2);
    expect(mismatch(left, 0, TONE)).toBeLessThan(0.01);
    expect(mismatch(right, 0, RAMP)).toBeLessThan(0.01);
  });

  it('play at speed 2 in half the time, an octave up', () => {
    const { left } = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', speed: 2 }, 0, 0.1)], 0.2);
    expect(difference(left, expected(RAMP, steps(0, 2, RAMP.length / 2), left.length))).toBeLessThan(1e-5);
  });

  it('play backwards at a negative speed, from the end', () => {
    const { left } = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', speed: -1 }, 0, 0.1)], 0.2);
    expect(difference(left, expected(RAMP, steps(RAMP.length - 1, -1, RAMP.length), left.length))).toBeLessThan(1e-5);
    expect(peak(left, 0, 100)).toBeGreaterThan(4 * peak(left, 4700, 4800));
  });

  it('play only between begin and end (fractions of the file), in either direction', () => {
    const forward = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', begin: 0.25, end: 0.5 }, 0, 0.1)], 0.2).left;
    expect(difference(forward, expected(RAMP, steps(1200, 1, 1200), forward.length))).toBeLessThan(1e-5);
    const backward = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', begin: 0.25, end: 0.5, speed: -1 }, 0, 0.1)], 0.2).left;
    expect(difference(backward, expected(RAMP, steps(2399, -1, 1200), backward.length))).toBeLessThan(1e-5);
  });

  it('interpolate between frames for other speeds and for files at other sample rates', () => {
    const length = 0.3 * SR;
    for (const speed of [0.5, 0.37, 1.61, -0.73]) {
      const { left } = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', speed }, 0, 0.1)], 0.3);
      const count = Math.ceil(RAMP.length / Math.abs(speed) - 1e-9);
      const start = speed > 0 ? 0 : RAMP.length + speed;
      expect(difference(left, expected(RAMP, steps(start, speed, count), length))).toBeLessThan(1e-5);
    }
    // A 24 kHz file plays at its own pitch and length in a 48 kHz engine.
    const half = signal(2400, (i) => 0.5 * Math.cos((2 * Math.PI * 440 * i) / 24000));
    const resampled = play({ low: [[half]] }, [event({ s: 'low' }, 0, 0.1)], 0.2, { low: 24000 }).left;
    expect(difference(resampled, expected(half, steps(0, 0.5, 4800), 0.2 * SR))).toBeLessThan(1e-5);
  });

  it('pitch by note relative to MIDI 36, and pick the nearest file of a pitched sound', () => {
    const octave = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', note: 48 }, 0, 0.1)], 0.2).left;
    expect(Math.abs(end(octave) - RAMP.length / 2)).toBeLessThanOrEqual(1);
    const named = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', note: 'c3' }, 0, 0.1)], 0.2).left;
    expect(named).toEqual(octave);

    const engine = new Engine({ sampleRate: SR });
    engine.declareSound('keys', ['c3.wav', 'c4.wav'], [48, 60]);
    engine.addSample('keys', 0, [TONE], SR);
    engine.addSample('keys', 1, [RAMP], SR);
    // b3 (59) is nearest c4 (60): the ramp, a semitone down, so longer by 2^(1/12).
    engine.schedule(event({ s: 'keys', note: 'b3' }, 0, 0.1));
    const left = new Float32Array(SR / 4);
    engine.render(left, new Float32Array(left.length));
    expect(Math.abs(end(left) - RAMP.length * Math.pow(2, 1 / 12))).toBeLessThanOrEqual(2);
  });

  it('select files with n or "name:n", wrapping around (negative n too)', () => {
    const files = [0.1, 0.2, 0.3].map((a) => [signal(480, (i) => a * (i % 2 ? 1 : -1))]);
    const level = (controls: Record<string, unknown>): number => {
      const { left } = play({ x: files }, [event({ s: 'x', ...controls }, 0, 0.01)], 0.02);
      return Math.round((peak(left, 10, 400) / CENTRE) * 10) / 10;
    };
    expect([level({}), level({ n: 1 }), level({ n: 2 }), level({ n: 4 }), level({ n: -1 }), level({ s: 'x:5' }), level({ n: 3.7 })]).toEqual([
      0.1, 0.2, 0.3, 0.2, 0.3, 0.3, 0.1,
    ]);
  });

  it('loop for the length of the event (times clip) when loop is set', () => {
    // The gate closes after 0.25 s; with a release of one frame, the frame at the gate still sounds.
    const gate = 0.25 * SR + 1;
    const { left } = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', loop: 1, release: 1 / SR }, 0, 0.25)], 0.4);
    expect(difference(left, expected(RAMP, steps(0, 1, gate).map((p) => p % RAMP.length), 0.4 * SR))).toBeLessThan(1e-5);
    // Between loopBegin and loopEnd once the first pass reaches loopEnd.
    const part = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', loop: 1, loopBegin: 0.5, loopEnd: 0.75, release: 1 / SR }, 0, 0.25)], 0.4).left;
    const inLoop = (p: number): number => (p < 3600 ? p : 2400 + ((p - 2400) % 1200));
    expect(difference(part, expected(RAMP, steps(0, 1, gate).map(inLoop), 0.4 * SR))).toBeLessThan(1e-5);
    const clipped = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', loop: 1, clip: 0.5, release: 1 / SR }, 0, 0.25)], 0.4).left;
    expect(difference(clipped, expected(RAMP, steps(0, 1, 0.125 * SR + 1).map((p) => p % RAMP.length), 0.4 * SR))).toBeLessThan(1e-5);
  });

  it('with unit "c", stretch the file to one cycle per speed at the event\'s tempo', () => {
    for (const [cps, speed, cycles] of [[0.5, 1, 1], [1, 1, 1], [2, 2, 0.5], [0.5, 0.25, 4], [1, -1, 1]] as const) {
      const e: SoundEvent = { ...event({ s: 'ramp', unit: 'c', speed }, 0, 0.1), cps };
      const frames = (cycles / cps) * SR;
      const { left } = play({ ramp: [[RAMP]] }, [e], cycles / cps + 0.05);
      // The file's 4800 frames spread over `frames` output frames (a 1% faster model does not fit).
      const step = (speed > 0 ? 1 : -1) * (RAMP.length / frames);
      const model = (s: number, n: number): Float32Array => expected(RAMP, steps(speed > 0 ? 0 : RAMP.length + s, s, n), left.length);
      expect(difference(left, model(step, frames))).toBeLessThan(1e-5);
      expect(difference(left, model(step * 1.01, Math.ceil(frames / 1.01)))).toBeGreaterThan(0.05);
    }
    // Without a tempo on the event, its cps control (else 0.5) gives it.
    const { left } = play({ ramp: [[RAMP]] }, [event({ s: 'ramp', unit: 'c', cps: 4 }, 0, 0.1)], 0.3);
    expect(difference(left, expected(RAMP, steps(0, RAMP.length / (SR / 4), SR / 4), left.length))).toBeLessThan(1e-5);
  });

  it('fade out the previous voice of a cut group in the same orbit, without a click', () => {
    const long = signal(SR, (i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / SR));
    const soft = signal(SR, (i) => 0.2 * Math.sin((2 * Math.PI * 330 * i) / SR));
    const cutAt = 0.3;
    const at = Math.round(cutAt * SR);
    const both = [event({ s: 'long', cut: 1 }, 0, 1), event({ s: 'soft', cut: 1 }, cutAt, 1)];
    const cut = play({ long: [[long]], soft: [[soft]] }, both, 0.6).left;
    const alone = play({ soft: [[soft]] }, [both[1]!], 0.6).left;
    // 8 ms after the cut, only the new voice sounds.
    let after = 0;
    for (let i = at + 400; i < at + 9000; i++) after = Math.max(after, Math.abs(cut[i]! - alone[i]!));
    expect(after).toBeLessThan(2e-3);
    // No step larger than the louder tone's own.
    expect(maxStep(cut, at - 500, at + 1000)).toBeLessThanOrEqual(maxStep(cut, 1000, at - 500) * 1.05);
    // Another group, or another orbit, is left alone.
    for (const other of [{ cut: 2 }, { orbit: 2 }]) {
      const kept = play({ long: [[long]], soft: [[soft]] }, [both[0]!, event({ s: 'soft', cut: 1, ...other }, cutAt, 1)], 0.6).left;
      expect(peak(kept, at + 1000, at + 5000)).toBeGreaterThan(0.4);
    }
  });

  it('apply the envelope, filters and gain as synth voices do', () => {
    const plain = play({ tone: [[TONE]] }, [event({ s: 'tone' }, 0, 0.1)], 0.1).left;
    const quiet = play({ tone: [[TONE]] }, [event({ s: 'tone', gain: 0.5 }, 0, 0.1)], 0.1).left;
    expect(peak(quiet, 0, 4000) / peak(plain, 0, 4000)).toBeCloseTo(0.5, 3);
    const filtered = play({ tone: [[TONE]] }, [event({ s: 'tone', lpf: 110 }, 0, 0.1)], 0.1).left;
    expect(peak(filtered, 2000, 4000)).toBeLessThan(0.1 * peak(plain, 2000, 4000));
    const stereoFiltered = play({ st: [[TONE, TONE]] }, [event({ s: 'st', hpf: 4000, lpf: 8000, lpenv: 1 }, 0, 0.1)], 0.1);
    expect(peak(stereoFiltered.right, 2000, 4000)).toBeLessThan(0.1 * peak(plain, 2000, 4000));
    const clipped = play({ tone: [[TONE]] }, [event({ s: 'tone', clip: 1, release: 0.001 }, 0, 0.02)], 0.1).left;
    expect(Math.abs(end(clipped) - 0.021 * SR)).toBeLessThanOrEqual(10);
  });

  it('win over built-in sounds of the same name', () => {
    const { left } = play({ bd: [[TONE]] }, [event({ s: 'bd' }, 0, 0.1)], 0.1);
    expect(mismatch(left, 0, TONE)).toBeLessThan(0.01);
  });

  it('report a sample still loading at its time, with the event\'s locations, and ask for it once', () => {
    const errors: EngineError[] = [];
    const wanted: [string, number][] = [];
    const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e), onSampleWanted: (name, index) => wanted.push([name, index]) });
    engine.declareSound('vox', ['a.wav', 'b.wav']);
    const first = event({ s: 'vox', n: 1 }, 0.01, 0.1);
    engine.schedule(first);
    engine.schedule(event({ s: 'vox', n: 3 }, 0.02, 0.1));
    expect(wanted).toEqual([['vox', 1]]);
    const left = new Float32Array(SR / 10);
    engine.render(left, new Float32Array(left.length));
    expect(peak(left)).toBe(0);
    expect(errors[0]).toEqual({ kind: 'sound', message: 'sample "vox:1" is still loading', eventId: first.id, locations: first.locations });
    expect(errors).toHaveLength(2);

    // Once it has loaded it plays; a file that failed says why; an unknown name is reported as before.
    engine.addSample('vox', 1, [TONE], SR);
    engine.failSample('vox', 0, 'HTTP 404');
    engine.schedule(event({ s: 'vox', n: 1 }, 0.11, 0.1));
    const failed = event({ s: 'vox' }, 0.12, 0.1);
    engine.schedule(failed);
    engine.schedule(event({ s: 'voks' }, 0.13, 0.1));
    engine.render(left, new Float32Array(left.length));
    expect(peak(left)).toBeGreaterThan(0.3);
    expect(errors.slice(2).map((e) => e.message)).toEqual([expect.stringMatching(/^unknown sound "voks": /), 'sample "vox:0" failed to load: HTTP 404']);
    expect(errors[3]!.locations).toEqual(failed.locations);
  });

  it('asks for a file as soon as an event for it arrives, with requestSamples', () => {
    const wanted: string[] = [];
    const engine = new Engine({ sampleRate: SR, onSampleWanted: (name, index) => wanted.push(`${name}:${index}`) });
    engine.requestSamples(event({ s: 'pad:2' }, 5, 1));
    engine.declareSound('pad', ['0.wav', '1.wav', '2.wav'], undefined);
    engine.requestSamples(event({ s: 'pad:5' }, 5, 1));
    engine.requestSamples(event({ s: 'pad', n: 2 }, 5, 1));
    engine.requestSamples(event({ s: 'sine' }, 5, 1));
    expect(wanted).toEqual(['pad:2']);
    expect(engine.stats().queued).toBe(0);
  });

  it('keep loaded files when a sound is declared again with the same files', () => {
    const engine = new Engine({ sampleRate: SR });
    engine.declareSound('a', ['x.wav']);
    engine.addSample('a', 0, [TONE], SR);
    engine.declareSound('a', ['x.wav']);
    expect(engine.samples.entry('a', 0)?.state).toBe('loaded');
    engine.declareSound('a', ['y.wav']);
    expect(engine.samples.entry('a', 0)?.state).toBe('pending');
  });
});
