// `weft render` decodes MP3, Ogg Vorbis and FLAC sample files (told apart by their first bytes,
// not their names), and plays them at their pitch and length.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bounceWithSamples } from '../../src/app/bounce.ts';
import { decodeWav as decodeOutput } from '../app/wav.ts';
import { audioFormat, decodeAudio } from '../../src/cli/decode-audio.ts';
import { fileSamples } from '../../src/cli/sample-files.ts';
import { makeFlac, makeMp3, makeOgg } from '../audio/encoded-fixture.ts';
import { makeWav } from '../audio/wav-fixture.ts';

const FILE_RATE = 44100;
const RENDER_RATE = 48000;
const SECONDS = 0.5;

/** `SECONDS` of a sine at `frequency`, faded in and out over 5 ms (so encoders keep its edges clean). */
function tone(frequency: number): Float32Array {
  const n = Math.round(SECONDS * FILE_RATE);
  const fade = Math.round(0.005 * FILE_RATE);
  return Float32Array.from({ length: n }, (_, i) => 0.5 * Math.min(1, (i + 1) / fade, (n - i) / fade) * Math.sin((2 * Math.PI * frequency * i) / FILE_RATE));
}

/** The frequency of a steady tone, from its upward zero crossings (interpolated) in `x[from, to)`. */
function frequencyOf(x: Float32Array, from: number, to: number, sampleRate: number): number {
  const crossings: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const a = x[i - 1]!, b = x[i]!;
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  const first = crossings[0]!, last = crossings[crossings.length - 1]!;
  return ((crossings.length - 1) * sampleRate) / (last - first);
}

/** Seconds from the first to the last sample louder than 0.01. */
function soundingFor(x: Float32Array, sampleRate: number): number {
  let first = -1, last = -1;
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i]!) > 0.01) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return (last - first + 1) / sampleRate;
}

const dir = mkdtempSync(join(tmpdir(), 'weft-formats-'));
const makers = {
  mp3: (c: Float32Array[]) => makeMp3(c, FILE_RATE),
  ogg: (c: Float32Array[]) => makeOgg(c, FILE_RATE),
  flac: (c: Float32Array[]) => Promise.resolve(makeFlac(c, FILE_RATE)),
};

describe('audioFormat', () => {
  it('tells the formats apart by their first bytes', async () => {
    const sound = [tone(440)];
    expect(audioFormat(makeWav(sound, FILE_RATE))).toBe('wav');
    expect(audioFormat(await makeMp3(sound, FILE_RATE))).toBe('mp3');
    expect(audioFormat(await makeOgg(sound, FILE_RATE))).toBe('ogg');
    expect(audioFormat(makeFlac(sound, FILE_RATE))).toBe('flac');
    expect(audioFormat(new TextEncoder().encode('<html>not found</html>'))).toBeUndefined();
  });
});

describe('decodeAudio', () => {
  for (const [format, make] of Object.entries(makers)) {
    it(`decodes ${format} to the samples that were encoded`, async () => {
      const left = tone(440), right = tone(660);
      const audio = await decodeAudio(await make([left, right]));
      expect(audio.sampleRate).toBe(FILE_RATE);
      expect(audio.channels).toHaveLength(2);
      const [l, r] = audio.channels;
      // MP3 frames add the encoder's delay and padding (about 50 ms here), which a file without a LAME tag cannot tell.
      expect(Math.abs(l!.length / FILE_RATE - SECONDS)).toBeLessThan(format === 'mp3' ? 0.06 : 0.01);
      const mid = Math.round(0.1 * FILE_RATE), end = Math.round(0.4 * FILE_RATE);
      expect(frequencyOf(l!, mid, end, FILE_RATE)).toBeCloseTo(440, 0);
      expect(frequencyOf(r!, mid, end, FILE_RATE)).toBeCloseTo(660, 0);
    });
  }

  it('decodes FLAC losslessly', async () => {
    const x = tone(440);
    const audio = await decodeAudio(makeFlac([x], FILE_RATE));
    const worst = audio.channels[0]!.reduce((m, y, i) => Math.max(m, Math.abs(y - x[i]!)), 0);
    expect(worst).toBeLessThanOrEqual(1 / 32768);
  });

  it('refuses a file of no format it knows, saying which it reads', async () => {
    await expect(decodeAudio(new TextEncoder().encode('<html>'))).rejects.toThrow(/WAV, MP3, Ogg Vorbis or FLAC/);
  });
});

describe('weft render with compressed samples', () => {
  for (const [format, make] of Object.entries(makers)) {
    it(`plays a ${format} sample at its pitch and length, whatever the file is called`, async () => {
      // A misleading name: the format is read from the bytes.
      writeFileSync(join(dir, `tone-${format}.wav`), await make([tone(440)]));
      const code = `samples({ t: 'tone-${format}.wav' })\ns("t").note("a3")`;
      const result = await bounceWithSamples(code, { cycles: 1, sampleRate: RENDER_RATE }, fileSamples(dir));
      expect(result.warnings).toEqual([]);
      const out = decodeOutput(result.wav);
      // note a3 (57) is 21 semitones over the sample's note (36): 440 Hz × 2^(21/12), for 0.5 s / 2^(21/12).
      const ratio = 2 ** (21 / 12);
      const f = frequencyOf(out.left, Math.round(0.02 * RENDER_RATE), Math.round(0.12 * RENDER_RATE), RENDER_RATE);
      expect(Math.abs(1200 * Math.log2(f / (440 * ratio)))).toBeLessThan(5);
      expect(Math.abs(soundingFor(out.left, RENDER_RATE) - SECONDS / ratio)).toBeLessThan(0.02);
    });
  }

  it('names the formats it reads when a file is none of them', async () => {
    writeFileSync(join(dir, 'page.mp3'), '<html>not found</html>');
    const result = await bounceWithSamples(`samples({ p: 'page.mp3' })\ns("p")`, { cycles: 1, sampleRate: RENDER_RATE }, fileSamples(dir));
    expect(result.warnings.map((w) => w.message).join('\n')).toMatch(/reads WAV, MP3, Ogg Vorbis and FLAC files: page\.mp3/);
  });
});
