// General MIDI instruments in headless Chromium: the app's sample loader fetches the SoundFont,
// decodes its Vorbis samples with decodeAudioData and hands the instrument to the worklet, which
// plays the same notes at the same pitch and level as the Node render (whose samples the
// WebAssembly decoder decoded, at their own rate: Chromium's are resampled to the context's).
import { describe, expect, it } from 'vitest';
import { Engine, type SoundEvent } from '../../src/audio/index.ts';
import { generalMidi } from '../../src/cli/general-midi.ts';
import { cents, hz, peakNear } from '../audio/spectral-pitch.ts';
import { fixturePage, playRecorded } from './harness.ts';
import { rms } from './signal.ts';

const SR = 48000;
const NOTES = [{ s: 'gm_acoustic_grand_piano', note: 60 }, { s: 'gm_acoustic_grand_piano', note: 67 }, { s: 'gm_acoustic_bass', note: 36 }];
const events: SoundEvent[] = NOTES.map((controls, i) => ({ id: i + 1, time: i * 0.8, duration: i === 2 ? 1.2 : 0.6, controls, locations: [] }));

const page = fixturePage();

describe('General MIDI instruments in the browser', () => {
  it('play the notes at the pitch and level the Node render plays them', async () => {
    const request = {
      sampleRate: SR, events, portEvents: [], cancelled: { events: [], after: 0, block: 'x' }, connectDelay: 0.05, lead: 0.3, duration: 3,
      instruments: ['gm_acoustic_grand_piano', 'gm_acoustic_bass'],
    };
    const result = await playRecorded(page(), request);
    expect(result.missing).toBe(0);
    expect(result.errors).toEqual([]);

    const gm = generalMidi();
    const engine = new Engine({ sampleRate: SR });
    for (const name of request.instruments) engine.addInstrument(name, (await gm.load(name))!);
    for (const e of events) engine.schedule(e);
    const left = new Float32Array(Math.round(3 * SR)), right = new Float32Array(left.length);
    engine.render(left, right);

    NOTES.forEach(({ note }, i) => {
      // The bass is measured as in the Node test: on its strong second harmonic, over 1 s.
      const bass = note < 48;
      const partial = bass ? 2 : 1;
      const from = Math.round((i * 0.8 + (bass ? 0.1 : 0.05)) * SR), n = Math.round((bass ? 1 : 0.5) * SR);
      const browserCents = cents(peakNear(result.left, SR, from, n, partial * hz(note)) / partial, note);
      const nodeCents = cents(peakNear(left, SR, from, n, partial * hz(note)) / partial, note);
      expect(Math.abs(browserCents)).toBeLessThan(5);
      expect(Math.abs(browserCents - nodeCents)).toBeLessThan(1);
      const levels = 20 * Math.log10(rms(result.left, from, from + n) / rms(left, from, from + n));
      expect(Math.abs(levels)).toBeLessThan(0.5);
    });
  }, 90_000);
});
