// Samples in headless Chromium: files dropped onto the page load through decodeAudioData into the
// engine worklet, and play there as the Node engine plays the same files.
import { describe, expect, it } from 'vitest';
import { decodeWav, Engine, type SoundEvent } from '../../src/audio/index.ts';
import { makeWav } from '../audio/wav-fixture.ts';
import { fixturePage, playRecorded } from './harness.ts';
import { maxDifference, rms, zeroCrossingPitch } from './signal.ts';

const SR = 48000;

const event = (id: number, time: number, controls: Record<string, unknown>): SoundEvent => ({
  id,
  time,
  duration: 0.2,
  controls,
  locations: [{ start: id * 10, end: id * 10 + 4 }],
});

const page = fixturePage();

describe('dropToSamplesCall and createSampleLoader in the browser', () => {
  it('load dropped WAV files through decodeAudioData into the worklet, which plays them as the Node engine does', async () => {
    // 0.3 s of 440 Hz (mono, float) and a stereo pair of 660 Hz / 330 Hz (24-bit), at the
    // context's rate. (Chromium scales 16-bit integers a hair differently from k / 32768.)
    const tone = (f: number, n: number) => Float32Array.from({ length: n }, (_, i) => 0.4 * Math.sin((2 * Math.PI * f * i) / SR));
    const files = [
      { fileName: 'Tone.wav', wav: makeWav([tone(440, 0.3 * SR)], SR, { bits: 32, float: true }) },
      { fileName: 'pair.wav', wav: makeWav([tone(660, 0.2 * SR), tone(330, 0.2 * SR)], SR, { bits: 24 }) },
    ];
    const events = [
      event(1, 0, { s: 'tone' }),
      event(2, 0.35, { s: 'pair', gain: 0.8 }),
      event(3, 0.6, { s: 'tone', speed: -2, lpf: 3000 }),
      event(4, 0.8, { s: 'nothing' }),
    ];
    const request = {
      sampleRate: SR, events, portEvents: [], cancelled: { events: [], after: 0, block: 'x' }, connectDelay: 0.05, lead: 0.3, duration: 1,
      samples: files.map(({ fileName, wav }) => ({ fileName, bytes: Array.from(wav) })),
    };
    const result = await playRecorded(page(), request);
    expect(result.missing).toBe(0);
    expect(result.samples?.loaded).toBe(2);
    expect(result.samples?.errors).toEqual([]);
    expect(result.samples?.code).toMatch(/^samples\(\{\n {2}pair: 'blob:http[^']+', \/\/ pair\.wav\n {2}tone: 'blob:http[^']+', \/\/ Tone\.wav\n\}\)$/m);

    const at = (t: number): number => Math.round(t * SR);
    expect(zeroCrossingPitch(result.left, at(0.02), at(0.28), SR)).toBeCloseTo(440, 0);
    expect(zeroCrossingPitch(result.left, at(0.37), at(0.53), SR)).toBeCloseTo(660, 0);
    expect(zeroCrossingPitch(result.right, at(0.37), at(0.53), SR)).toBeCloseTo(330, 0);
    expect(rms(result.left, at(0.61), at(0.74))).toBeGreaterThan(0.05);

    // What played is what the Node engine plays with the same files decoded by weft's WAV decoder.
    const engine = new Engine({ sampleRate: SR });
    for (const { fileName, wav } of files) {
      const decoded = decodeWav(wav);
      engine.addSample(fileName.replace('.wav', '').toLowerCase(), 0, decoded.channels, decoded.sampleRate);
    }
    for (const e of events) engine.schedule(e);
    const left = new Float32Array(at(1)), right = new Float32Array(at(1));
    engine.render(left, right);
    expect(maxDifference(result.left, left).diff).toBeLessThan(1e-6);
    expect(maxDifference(result.right, right).diff).toBeLessThan(1e-6);
    expect(result.errors).toEqual([expect.objectContaining({ kind: 'sound', message: expect.stringMatching(/^unknown sound "nothing"/), sound: 'nothing', eventId: 4 })]);
  }, 30_000);
});
