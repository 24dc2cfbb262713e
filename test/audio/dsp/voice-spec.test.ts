import { describe, expect, it } from 'vitest';
import { midiToHz } from '../../../src/audio/dsp/pitch.ts';
import { DEFAULT_NOTE, readVoiceSpec, SOURCE, SYNTH_LEVEL, type VoiceSpec } from '../../../src/audio/dsp/voice-spec.ts';
import { event } from '../helpers.ts';

function spec(controls: Record<string, unknown>, duration = 0.5): VoiceSpec {
  const result = readVoiceSpec(event(controls, 0, duration));
  if (!result.ok) throw new Error(result.error.message);
  return result.spec;
}

describe('readVoiceSpec', () => {
  it('fills Strudel-like defaults for a bare oscillator', () => {
    const s = spec({ s: 'sawtooth' });
    expect(s.source).toBe(SOURCE.sawtooth);
    expect(s.freq).toBe(midiToHz(DEFAULT_NOTE));
    expect([s.attack, s.decay, s.sustain, s.release]).toEqual([0.001, 0.05, 1, 0.01]);
    expect(s.gate).toBe(0.5);
    expect(s.amp).toBe(SYNTH_LEVEL);
    expect(s.pan).toBe(0.5);
    expect(s.lowpass).toBeUndefined();
    expect(s.orbit).toBe(1);
  });

  it('takes pitch from freq, then note, then n', () => {
    expect(spec({ s: 'sine', freq: 100, note: 'a4', n: 3 }).freq).toBe(100);
    expect(spec({ s: 'sine', note: 'a4', n: 3 }).freq).toBe(440);
    expect(spec({ s: 'sine', n: 69 }).freq).toBe(440);
    expect(spec({ note: 'a4' }).source).toBe(SOURCE.triangle);
  });

  it('scales the gate by clip or legato, and lets drums ring unless clipped', () => {
    expect(spec({ s: 'sine', clip: 0.5 }, 0.4).gate).toBe(0.2);
    expect(spec({ s: 'sine', legato: 2 }, 0.4).gate).toBe(0.8);
    expect(spec({ s: 'bd' }).gate).toBeUndefined();
    expect(spec({ s: 'bd', clip: 1 }, 0.1).gate).toBe(0.1);
  });

  it('multiplies gain, velocity and postgain linearly', () => {
    expect(spec({ s: 'sine', gain: 0.5, velocity: 0.5, postgain: 2 }).amp).toBeCloseTo(SYNTH_LEVEL * 0.5, 12);
  });

  it('reads synonyms and colon lists as Strudel writes them', () => {
    const s = spec({ s: 'sine', cutoff: '800:20:2', att: 0.1, rel: 0.3, adsr: '0.5:0.2:0.3:0.4', room: '0.9:4', delay: '0.5:0.125:0.7', dist: '3:0.5' });
    expect(s.lowpass).toMatchObject({ cutoff: 800, q: 10, env: 2 });
    expect([s.attack, s.decay, s.sustain, s.release]).toEqual([0.1, 0.2, 0.3, 0.3]);
    expect([s.room, s.size]).toEqual([0.9, 4]);
    expect([s.delay, s.delayTime, s.delayFeedback]).toEqual([0.5, 0.125, 0.7]);
    expect([s.distort, s.distortVolume]).toEqual([3, 0.5]);
    expect(spec({ s: 'sine', bpf: 1000, bpq: 3 }).bandpass).toMatchObject({ cutoff: 1000, q: 3 });
  });

  it('turns delaysync (cycles) into seconds with cps', () => {
    expect(spec({ s: 'sine', delaysync: 0.25, cps: 0.5 }).delayTime).toBe(0.5);
  });

  it('clamps ranges: pan, sustain, unison, orbit, pulse width', () => {
    const s = spec({ s: 'supersaw', pan: 2, sustain: -1, unison: 99, orbit: 99, pw: 1 });
    expect([s.pan, s.sustain, s.unison, s.orbit, s.pw]).toEqual([1, 0, 16, 15, 0.99]);
  });

  it('rejects an event with a non-finite or non-numeric control, naming it', () => {
    for (const [controls, message] of [
      [{ s: 'sine', lpf: NaN }, 'control "lpf" must be a finite number, got NaN'],
      [{ s: 'sine', gain: 'loud' }, 'control "gain" must be a finite number, got "loud"'],
      [{ s: 'sine', note: 'h2' }, 'control "note" must be a note name or MIDI number, got "h2"'],
      [{ s: 42 }, 'control "s" must be a sound name such as "bd" or "bd:2", got 42'],
      [{ s: 'bd:x' }, 'control "s" must be a sound name such as "bd" or "bd:2", got "bd:x"'],
      [{ gain: 1 }, 'event has no sound (s) and no pitch'],
      [{ s: 'piano' }, 'unknown sound "piano"'],
    ] as const) {
      const e = event(controls);
      const result = readVoiceSpec(e);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ message, eventId: e.id, locations: e.locations });
    }
  });
});
