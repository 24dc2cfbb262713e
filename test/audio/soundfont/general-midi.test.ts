// The General MIDI instruments, played from the SoundFont weft ships, through the Node render path
// (`weft render`'s): at the right pitch (measured), with their envelopes and loops, and only
// the instrument the code names is made.
import { describe, expect, it } from 'vitest';
import { bounceWithSamples, type Bounce } from '../../../src/app/bounce.ts';
import { GM_NAMES, gmProgram } from '../../../src/audio/soundfont/gm-names.ts';
import { fileSamples } from '../../../src/cli/sample-files.ts';
import { decodeWav } from '../../app/wav.ts';
import { binPower, rms } from '../helpers.ts';
import { cents, hz, peakNear as peakIn } from '../spectral-pitch.ts';

const SR = 48000;
const peakNear = (x: Float32Array, from: number, n: number, near: number): number => peakIn(x, SR, from, n, near);
const samples = fileSamples('.');
const render = (code: string, cycles = 1): Promise<Bounce> => bounceWithSamples(code, { cycles, sampleRate: SR }, samples);

describe('General MIDI instruments', () => {
  it('names the 128 General MIDI programs as Strudel does, with piano for the grand piano', () => {
    expect(GM_NAMES.filter((n) => n !== 'piano' && n !== 'gm_piano')).toHaveLength(128);
    expect(gmProgram('gm_acoustic_grand_piano')).toBe(0);
    expect(gmProgram('piano')).toBe(0);
    expect(gmProgram('gm_epiano1')).toBe(4);
    expect(gmProgram('gm_acoustic_bass')).toBe(32);
    expect(gmProgram('gm_gunshot')).toBe(127);
    expect(gmProgram('gm_nothing')).toBeUndefined();
  });

  it('plays gm_acoustic_grand_piano at the notes asked, within 5 cents', async () => {
    const result = await render('note("c4 e4 g4").s("gm_acoustic_grand_piano")');
    expect(result.warnings).toEqual([]);
    const { left } = decodeWav(result.wav);
    // cps 0.5: each note has 2/3 s; measure 0.5 s of each, from 50 ms after its start.
    [60, 64, 67].forEach((midi, i) => {
      const from = Math.round((i * 2 / 3 + 0.05) * SR);
      expect(rms(left, from, from + SR / 2)).toBeGreaterThan(0.01);
      const off = cents(peakNear(left, from, SR / 2, hz(midi)), midi);
      expect(Math.abs(off)).toBeLessThan(5);
    });
  }, 60_000);

  it('plays gm_acoustic_bass at c2, within 5 cents (measured on its second harmonic)', async () => {
    const result = await render('note("c2").s("gm_acoustic_bass")');
    expect(result.warnings).toEqual([]);
    const { left } = decodeWav(result.wav);
    const from = Math.round(0.1 * SR);
    expect(rms(left, from, from + SR)).toBeGreaterThan(0.01);
    // The second harmonic is strong in a bass and resolves twice as finely over the same window.
    const f = peakNear(left, from, SR, 2 * hz(36)) / 2;
    expect(Math.abs(cents(f, 36))).toBeLessThan(5);
  }, 60_000);

  it('sounds every layer the font gives a key: gm_lead_7_fifths is a saw and another a fifth above', async () => {
    const { left } = decodeWav((await render('note("c3").s("gm_lead_7_fifths")')).wav);
    const from = Math.round(0.2 * SR), n = SR / 2;
    const c3 = hz(48);
    // The fifth (1.5 × the note) is no harmonic of the note's saw: only the second layer puts energy there.
    const fifth = binPower(left, 1.5 * c3, from, n), between = binPower(left, 1.25 * c3, from, n);
    expect(binPower(left, c3, from, n)).toBeGreaterThan(100 * between);
    expect(fifth).toBeGreaterThan(100 * between);
  }, 60_000);

  it('plays piano as the grand piano', async () => {
    const a = decodeWav((await render('note("a3").s("piano")')).wav).left;
    const b = decodeWav((await render('note("a3").s("gm_acoustic_grand_piano")')).wav).left;
    expect(rms(a)).toBeGreaterThan(0.01);
    expect(a).toEqual(b);
  }, 60_000);

  it('holds a looped sound for as long as the note lasts, then releases it', async () => {
    // An organ's zones loop (its c4 sample lasts 4.1 s): a note of 8 s sounds for 8 s; one of
    // 1 s fades from 1 s by its release (100 dB in 2.9 s: 17 dB in its first half second).
    const long = decodeWav((await render('note("c4").s("gm_church_organ").slow(4)', 4)).wav).left;
    const short = decodeWav((await render('note("c4 ~").s("gm_church_organ")', 1)).wav).left;
    const level = rms(long, Math.round(0.5 * SR), SR);
    expect(rms(long, Math.round(7.5 * SR), 8 * SR)).toBeGreaterThan(level / 2);
    expect(rms(short, Math.round(0.5 * SR), SR)).toBeGreaterThan(level / 2);
    const fallen = 20 * Math.log10(rms(short, Math.round(1.45 * SR), Math.round(1.55 * SR)) / rms(short, Math.round(0.9 * SR), SR));
    expect(fallen).toBeGreaterThan(-20);
    expect(fallen).toBeLessThan(-14);
  }, 60_000);

  it('warns about a gm_ name that is no instrument, as a sound that failed to load', async () => {
    const result = await render('note("c3").s("gm_nothing")');
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/"gm_nothing" failed to load: there is no instrument "gm_nothing"/)]);
  });

  it('lets a sound the code declares under a gm_ name win over the instrument', async () => {
    const result = await render('samples({ gm_flute: "missing.wav" })\nnote("c4").s("gm_flute")');
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/missing\.wav/);
  });
});
