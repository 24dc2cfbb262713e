import { describe, expect, it } from 'vitest';
import { midiToHz } from '../../../src/audio/dsp/pitch.ts';
import {
  DEFAULT_NOTE, DRUM_PATCHES, FILTER, resolveVoices, SOURCE, SOURCE_BY_NAME, SYNTH_LEVEL, V, VOICE_FIELDS, VOICE_STRIDE, type SoundEvent,
  type VoiceBatch, type VoiceField,
} from '../../../src/audio/index.ts';
import { DRUM_KIT } from '../../../src/audio/dsp/drum-kit.ts';
import { event } from '../helpers.ts';

/** Record `i` of `batch` as an object of its numbers, with its strings and code ranges. */
function voiceAt(batch: VoiceBatch, i: number): Record<VoiceField, number> & { soundName?: string; blockName?: string; ranges: number[] } {
  const at = i * VOICE_STRIDE;
  const fields = Object.fromEntries(VOICE_FIELDS.map((f) => [f, batch.data[at + V[f]]!])) as Record<VoiceField, number>;
  const name = fields.name >= 0 ? batch.strings[fields.name] : undefined;
  const block = fields.block >= 0 ? batch.strings[fields.block] : undefined;
  const ranges = Array.from(batch.ranges.subarray(fields.rangeStart, fields.rangeStart + 2 * fields.rangeCount));
  return { ...fields, ...(name === undefined ? {} : { soundName: name }), ...(block === undefined ? {} : { blockName: block }), ranges };
}

function voice(controls: Record<string, unknown>, duration = 0.5) {
  const batch = resolveVoices([event(controls, 0, duration)]);
  if (batch.errors.length > 0) throw new Error(batch.errors[0]!.message);
  return voiceAt(batch, 0);
}

/** A filter of a record, as its on flag, cutoff, Q and envelope depth. */
const filter = (v: Record<VoiceField, number>, on: 'lpOn' | 'hpOn' | 'bpOn') => {
  const at = VOICE_FIELDS.indexOf(on);
  const get = (k: number): number => v[VOICE_FIELDS[at + k]!];
  return { on: get(FILTER.on), cutoff: get(FILTER.cutoff), q: get(FILTER.q), env: get(FILTER.env) };
};

describe('resolveVoices', () => {
  it('fills Strudel-like defaults for a bare oscillator', () => {
    const s = voice({ s: 'sawtooth' });
    expect(s.source).toBe(SOURCE.sawtooth);
    expect(s.freq).toBe(midiToHz(DEFAULT_NOTE));
    // No attack given: the source's default (1 ms for a synth) applies when the voice starts.
    expect([s.attack, s.decay, s.sustain, s.release]).toEqual([NaN, 0.05, 1, 0.01]);
    expect(s.gate).toBe(0.5);
    expect([s.gain, s.velocity, s.postgain]).toEqual([1, 1, 1]);
    expect(s.pan).toBe(0.5);
    expect(s.lpOn).toBe(0);
    expect(s.orbit).toBe(1);
    expect(SYNTH_LEVEL).toBe(0.3);
  });

  it('takes pitch from freq, then note, then n', () => {
    expect(voice({ s: 'sine', freq: 100, note: 'a4', n: 3 }).freq).toBe(100);
    expect(voice({ s: 'sine', note: 'a4', n: 3 }).freq).toBe(440);
    expect(voice({ s: 'sine', n: 69 }).freq).toBe(440);
    expect(voice({ note: 'a4' }).source).toBe(SOURCE.triangle);
  });

  it('scales the gate by clip or legato, and lets drums ring unless clipped', () => {
    expect(voice({ s: 'sine', clip: 0.5 }, 0.4).gate).toBe(0.2);
    expect(voice({ s: 'sine', legato: 2 }, 0.4).gate).toBe(0.8);
    expect(voice({ s: 'bd' }).clipped).toBe(0);
    expect(voice({ s: 'bd', clip: 1 }, 0.1)).toMatchObject({ clipped: 1, gate: 0.1 });
  });

  it('keeps gain, velocity and postgain for the voice to multiply', () => {
    expect(voice({ s: 'sine', gain: 0.5, velocity: 0.5, postgain: 2 })).toMatchObject({ gain: 0.5, velocity: 0.5, postgain: 2 });
  });

  it('reads synonyms and colon lists as Strudel writes them, spreading lists as the control table does', () => {
    const s = voice({ s: 'sine', cutoff: '800:20:2', att: 0.1, rel: 0.3, decay: 0.2, sus: 0.3, room: '0.9:4', delay: '0.5:0.125:0.7', dist: '3:0.5' });
    expect(filter(s, 'lpOn')).toEqual({ on: 1, cutoff: 800, q: 10, env: 2 });
    expect([s.attack, s.decay, s.sustain, s.release]).toEqual([0.1, 0.2, 0.3, 0.3]);
    expect([s.room, s.size]).toEqual([0.9, 4]);
    expect([s.delay, s.delayTime, s.delayFeedback]).toEqual([0.5, 0.125, 0.7]);
    expect([s.distort, s.distortVolume]).toEqual([3, 0.5]);
    expect(filter(voice({ s: 'sine', bpf: 1000, bpq: 3 }), 'bpOn')).toMatchObject({ on: 1, cutoff: 1000, q: 3 });
  });

  it('reads every alias of a control the engine hears, as the control table lists them', () => {
    expect(voice({ s: 'sine', lp: 500 })).toMatchObject({ lpCutoff: 500 });
    expect(voice({ s: 'sine', ctf: 600 })).toMatchObject({ lpCutoff: 600 });
    expect(voice({ s: 'sine', fmi1: 3 })).toMatchObject({ fm1Index: 3 });
    expect(voice({ s: 'sine', fm2: 2, vmod: 1 })).toMatchObject({ fm2Index: 2, vibmod: 1 });
    expect(voice({ s: 'sine', distvol: 0.25, distort: 2 })).toMatchObject({ distortVolume: 0.25 });
    expect(voice({ s: 'sine', rsize: 3 })).toMatchObject({ size: 3 });
    // The row's own key wins over an alias of it.
    expect(voice({ s: 'sine', lpf: 900, cutoff: 700 })).toMatchObject({ lpCutoff: 700 });
  });

  it('reads no name that no control sets', () => {
    // `adsr` and `voices` are not controls: adsr("...") sets attack, decay, sustain and release; unison is the voice count.
    const s = voice({ s: 'supersaw', adsr: '0.5:0.2:0.3:0.4', voices: 2 });
    expect([s.attack, s.decay, s.sustain, s.release, s.unison]).toEqual([NaN, 0.05, 1, 0.01, 5]);
  });

  it('turns delaysync (cycles) into seconds with cps', () => {
    expect(voice({ s: 'sine', delaysync: 0.25, cps: 0.5 }).delayTime).toBe(0.5);
  });

  it('clamps ranges: pan, sustain, unison, orbit, pulse width', () => {
    const s = voice({ s: 'supersaw', pan: 2, sustain: -1, unison: 99, orbit: 99, pw: 1 });
    expect([s.pan, s.sustain, s.unison, s.orbit, s.pw]).toEqual([1, 0, 16, 15, 0.99]);
  });

  it('names drums by their patch and leaves other names to the engine, which may know them as samples', () => {
    const sd = voice({ s: 'sd:1' });
    expect(sd.source).toBe(SOURCE.drum);
    expect(DRUM_PATCHES[sd.drum]).toBe(DRUM_KIT.sd![1]);
    const vox = voice({ s: 'vox:2', note: 'c4' });
    expect(vox).toMatchObject({ source: SOURCE_BY_NAME, soundName: 'vox', variation: 2 });
    expect(vox.sampleMidi).toBeCloseTo(60, 9);
  });

  it('keeps the event id, time, block and code ranges', () => {
    const e: SoundEvent = { id: 42, time: 1.25, duration: 0.5, controls: { s: 'bd' }, block: 'd1', locations: [{ start: 3, end: 5 }, { start: 9, end: 12 }] };
    expect(voiceAt(resolveVoices([e]), 0)).toMatchObject({ eventId: 42, time: 1.25, blockName: 'd1', soundName: 'bd', ranges: [3, 5, 9, 12] });
  });

  it('rejects an event with a non-finite or non-numeric control, naming it', () => {
    for (const [controls, message] of [
      [{ s: 'sine', lpf: NaN }, 'control "lpf" must be a finite number, got NaN'],
      [{ s: 'sine', gain: 'loud' }, 'control "gain" must be a finite number, got "loud"'],
      [{ s: 'sine', note: 'h2' }, 'control "note" must be a note name or MIDI number, got "h2"'],
      [{ s: 42 }, 'control "s" must be a sound name such as "bd" or "bd:2", got 42'],
      [{ s: 'bd:x' }, 'control "s" must be a sound name such as "bd" or "bd:2", got "bd:x"'],
      [{ gain: 1 }, 'event has no sound (s) and no pitch'],
      [{ s: 'sine', fmwave: 'noise' }, 'control "fmwave" must be "sine", "square", "sawtooth" or "triangle", got "noise"'],
      [{ s: 'sine', fmenv2: 'log' }, 'control "fmenv2" must be "lin", "exp" or a number from 0 to 1, got "log"'],
    ] as const) {
      const e = event(controls);
      const batch = resolveVoices([e]);
      expect(batch.count).toBe(0);
      expect(batch.errors).toEqual([expect.objectContaining({ message, eventId: e.id, locations: e.locations })]);
    }
  });
});

describe('the source modulations', () => {
  it('take Strudel\'s defaults where none are given: no pitch envelope, vibrato, noise, spread, sweep or hold', () => {
    const s = voice({ s: 'sawtooth' });
    expect([s.penv, s.vib, s.noise, s.spread, s.pwsweep, s.hold, s.fm1Index, s.fm2Index, s.fm3Index]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([s.pattack, s.pdecay, s.psustain, s.prelease, s.pcurve, s.panchor, s.vibmod]).toEqual([0, 0.1, 0, 0, 0, 0, 0.5]);
    expect([s.fm1Ratio, s.fm1EnvOn, s.fm1Curve, s.fm1Wave, s.pwrate]).toEqual([1, 0, 0, 0, 1]);
  });

  it('turns an operator\'s envelope on when any of its stages is given, and reads its curve and wave', () => {
    const s = voice({ s: 'sine', fmi: 2, fmrelease: 0.3, fmenv: 'exp', fmwave: 'saw', fmi3: 1, fmsustain3: 0.5, fmwave3: 'triangle' });
    expect([s.fm1EnvOn, s.fm1Attack, s.fm1Decay, s.fm1Sustain, s.fm1Release, s.fm1Curve, s.fm1Wave]).toEqual([1, 0, 0.1, 1, 0.3, 1, 2]);
    expect([s.fm2EnvOn, s.fm3EnvOn, s.fm3Sustain, s.fm3Wave]).toEqual([0, 1, 0.5, 3]);
  });

  it('clamps ranges: psustain, pcurve, panchor, noise, spread, pwsweep, and no negative times', () => {
    const s = voice({ s: 'pulse', psustain: 2, pcurve: 3, panchor: -1, noise: 5, spread: 2, pwsweep: 1, hold: -1, pdecay: -1 });
    expect([s.psustain, s.pcurve, s.panchor, s.noise, s.spread, s.pwsweep, s.hold, s.pdecay]).toEqual([1, 1, 0, 1, 1, 0.5, 0, 0]);
  });

  it('spreads vib\'s list over vibmod, and pw\'s over pwrate and pwsweep', () => {
    expect(voice({ s: 'sine', vib: '6:2' })).toMatchObject({ vib: 6, vibmod: 2 });
    expect(voice({ s: 'pulse', pw: '0.3:2:0.2' })).toMatchObject({ pw: 0.3, pwrate: 2, pwsweep: 0.2 });
  });
});
