// Instruments (SoundFont presets) in the engine, with zones made here so that what each should
// do is known exactly: the zone for the key and velocity plays, at its root key, tuning and
// scale, with its loop and volume envelope (SoundFont 2.04: linear attack, decay and release of
// 100 dB in their time, sustain as a level).
import { describe, expect, it } from 'vitest';
import { Engine, LOOP_MODE, type EngineError, type Instrument, type InstrumentZone, type VolumeEnvelope } from '../../../src/audio/index.ts';
import { binPower, event, rms, SR, zeroCrossingFrequency } from '../helpers.ts';

/** One period of a sine of `period` frames, repeated: a loop of whole periods plays it unbroken. */
const sine = (frames: number, period: number): Float32Array => Float32Array.from({ length: frames }, (_, i) => Math.sin((2 * Math.PI * i) / period));

const FLAT: VolumeEnvelope = { delay: 0, attack: 0, hold: 0, decay: 0, sustain: 1, release: 0.01, holdPerKey: 0, decayPerKey: 0 };

/** A zone of a 480 Hz sine (100 frames a period at 48 kHz), rooted at `rootKey`, looping its last 0.5 s. */
function zone(changes: Partial<InstrumentZone> = {}): InstrumentZone {
  return {
    channels: [sine(SR, 100)], sampleRate: SR, rootKey: 60, cents: 0, scale: 100,
    loopStart: SR / 2, loopEnd: SR, loopMode: LOOP_MODE.continuous, envelope: FLAT, gain: 1, ...changes,
  };
}

/** An instrument whose zone for each key and velocity band is `pick(key, band)`, bands starting at `velocities`. */
function instrument(zones: InstrumentZone[], velocities: number[], pick: (key: number, band: number) => number): Instrument {
  const zoneAt = new Int16Array(128 * velocities.length);
  for (let key = 0; key < 128; key++) velocities.forEach((_, band) => (zoneAt[key * velocities.length + band] = pick(key, band)));
  return { zones, velocities, layers: 1, zoneAt };
}

function play(inst: Instrument, events: ReturnType<typeof event>[], seconds: number): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const engine = new Engine({ sampleRate: SR, onError: (e) => errors.push(e) });
  engine.addInstrument('gm_test', inst);
  for (const e of events) engine.schedule(e);
  const left = new Float32Array(Math.round(seconds * SR));
  engine.render(left, new Float32Array(left.length));
  return { left, errors };
}

const at = (t: number): number => Math.round(t * SR);

describe('instruments in the engine', () => {
  it('play the zone of the key asked, transposed from its root key with its cents and scale', () => {
    // Keys below 60 play a zone rooted at 48 and 30 cents sharp; from 60 up one rooted at 60 with half-steps of 50 cents.
    const inst = instrument([zone({ rootKey: 48, cents: 30 }), zone({ scale: 50 })], [1], (key) => (key < 60 ? 0 : 1));
    const { left, errors } = play(inst, [event({ s: 'gm_test', note: 50 }, 0, 0.4), event({ s: 'gm_test', note: 72 }, 0.5, 0.4)], 1);
    expect(errors).toEqual([]);
    const low = zeroCrossingFrequency(left, at(0.05), at(0.35));
    const high = zeroCrossingFrequency(left, at(0.55), at(0.85));
    expect(1200 * Math.log2(low / 480)).toBeCloseTo(230, 0);
    expect(1200 * Math.log2(high / 480)).toBeCloseTo(600, 0);
  });

  it('sound every layer of a key together, each a voice of its own', () => {
    // Two layers from key 60 up: the plain zone and one rooted an octave down (it sounds an octave up).
    const zones = [zone(), zone({ rootKey: 48 })];
    const inst: Instrument = { zones, velocities: [1], layers: 2, zoneAt: new Int16Array(256).fill(-1) };
    for (let key = 0; key < 128; key++) {
      inst.zoneAt[key * 2] = 0;
      if (key >= 60) inst.zoneAt[key * 2 + 1] = 1;
    }
    const { left, errors } = play(inst, [event({ s: 'gm_test', note: 59 }, 0, 0.4), event({ s: 'gm_test', note: 60 }, 0.5, 0.4)], 1);
    expect(errors).toEqual([]);
    const n = at(0.3);
    // Key 59: one layer, 480 Hz a semitone down; key 60: 480 Hz and 960 Hz at equal strength.
    const lone = binPower(left, 480 * Math.pow(2, -1 / 12), at(0.05), n), octaveAlone = binPower(left, 960 * Math.pow(2, -1 / 12), at(0.05), n);
    const base = binPower(left, 480, at(0.55), n), octave = binPower(left, 960, at(0.55), n);
    expect(octaveAlone).toBeLessThan(lone / 1000);
    expect(octave / base).toBeGreaterThan(0.8);
    expect(octave / base).toBeLessThan(1.25);
    expect(base).toBeGreaterThan(lone / 2);
  });

  it('play the zone of the velocity band asked', () => {
    // Velocities 1..99 play a zone an octave down (rooted at 72), 100..127 the plain one.
    const inst = instrument([zone({ rootKey: 72 }), zone()], [1, 100], (_, band) => band);
    const { left } = play(inst, [event({ s: 'gm_test', note: 60, velocity: 0.5 }, 0, 0.4), event({ s: 'gm_test', note: 60 }, 0.5, 0.4)], 1);
    expect(zeroCrossingFrequency(left, at(0.05), at(0.35))).toBeCloseTo(240, 0);
    expect(zeroCrossingFrequency(left, at(0.55), at(0.85))).toBeCloseTo(480, 0);
  });

  it('report a key no zone plays', () => {
    const inst = instrument([zone()], [1], (key) => (key < 100 ? 0 : -1));
    const { errors } = play(inst, [event({ s: 'gm_test', note: 110 }, 0, 0.2)], 0.5);
    expect(errors.map((e) => e.message)).toEqual(['"gm_test" has no sample for this note and velocity']);
  });

  it('hold a looped zone for the whole note, past its sample, and stop a zone without a loop at its end', () => {
    const looped = play(instrument([zone()], [1], () => 0), [event({ s: 'gm_test', note: 60 }, 0, 2.5)], 3).left;
    expect(rms(looped, at(2.2), at(2.4))).toBeCloseTo(Math.SQRT1_2 * Math.SQRT1_2, 2);
    const once = play(instrument([zone({ loopMode: LOOP_MODE.none })], [1], () => 0), [event({ s: 'gm_test', note: 60 }, 0, 2.5)], 3).left;
    expect(rms(once, at(0.5), at(0.9))).toBeGreaterThan(0.4);
    expect(rms(once, at(1.05), at(2.4))).toBeLessThan(1e-3);
  });

  it('let a sustain loop go at the release, playing on to the sample\'s end', () => {
    // The loop is the first half; at the release (0.3 s) playback runs on from where it is, to the end.
    const inst = instrument([zone({ loopStart: 0, loopEnd: SR / 2, loopMode: LOOP_MODE.sustain, envelope: { ...FLAT, release: 10 } })], [1], () => 0);
    const { left } = play(inst, [event({ s: 'gm_test', note: 60 }, 0, 0.3)], 2);
    // 1 s of sample from 0 s (the release takes 10 dB a second off its 0.5): it ends at 1 s, and
    // not looping, the 10 s release does not keep it going.
    expect(rms(left, at(0.8), at(0.95))).toBeGreaterThan(0.2);
    expect(rms(left, at(1.01), at(1.5))).toBeLessThan(1e-3);
  });

  it('shape the note with the volume envelope: attack, hold, decay in dB to the sustain level, release in dB', () => {
    const envelope: VolumeEnvelope = { delay: 0.1, attack: 0.2, hold: 0.1, decay: 1, sustain: 0.1, release: 0.5, holdPerKey: 0, decayPerKey: 0 };
    const { left } = play(instrument([zone({ envelope, gain: 0.5 })], [1], () => 0), [event({ s: 'gm_test', note: 60 }, 0, 1)], 2);
    const level = (t: number): number => Math.SQRT2 * rms(left, at(t) - 50, at(t) + 50) / (0.5 * Math.SQRT1_2);
    expect(rms(left, 0, at(0.099))).toBeLessThan(1e-6);
    expect(level(0.2)).toBeCloseTo(0.5, 1);
    expect(level(0.35)).toBeCloseTo(1, 1);
    // Decay: 100 dB a second, so -20 dB (the sustain of 0.1) is reached 0.2 s after the hold.
    expect(20 * Math.log10(level(0.5))).toBeCloseTo(-10, 0);
    expect(level(0.8)).toBeCloseTo(0.1, 2);
    // Release from the gate at 1 s: 100 dB in 0.5 s, so 20 dB down 0.1 s later.
    expect(20 * Math.log10(level(1.1) / 0.1)).toBeCloseTo(-20, 0);
    expect(rms(left, at(1.55), at(2))).toBeLessThan(1e-5);
  });
});
