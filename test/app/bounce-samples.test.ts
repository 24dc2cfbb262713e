import { describe, expect, it } from 'vitest';
import { bounce, bounceWithSamples, type BounceSamples } from '../../src/app/bounce.ts';
import { makeWav } from '../audio/wav-fixture.ts';
import { decodeWav } from './wav.ts';

const SR = 8000;

/** 0.1 s of a 1 kHz tone at 0.5, starting at its peak. */
const tick = (rate = SR, seconds = 0.1): Float32Array =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => 0.5 * Math.cos((2 * Math.PI * 1000 * i) / rate));

/** A reader of in-memory files that records what was read. */
function files(contents: Record<string, Uint8Array | string>): BounceSamples & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(url) {
      reads.push(url);
      const content = contents[url];
      if (content === undefined) return Promise.reject(new Error(`no such file: ${url}`));
      return Promise.resolve(typeof content === 'string' ? new TextEncoder().encode(content) : content);
    },
  };
}

/** The frames where the left channel is louder than `threshold` after being quiet for `gap` frames. */
function onsets(left: Float32Array, threshold = 0.05, gap = 400): number[] {
  const found: number[] = [];
  let quiet = gap;
  for (let i = 0; i < left.length; i++) {
    if (Math.abs(left[i]!) > threshold) {
      if (quiet >= gap) found.push(i);
      quiet = 0;
    } else quiet++;
  }
  return found;
}

/** The frames from the first to past the last louder than `threshold`. */
function soundingLength(left: Float32Array, threshold = 0.05): number {
  let first = -1, last = -1;
  for (let i = 0; i < left.length; i++) {
    if (Math.abs(left[i]!) <= threshold) continue;
    if (first < 0) first = i;
    last = i;
  }
  return last + 1 - first;
}

describe('bounceWithSamples', () => {
  it('plays the files the code names at the onsets of their events', async () => {
    const reader = files({ 'tick.wav': makeWav([tick()], SR) });
    const result = await bounceWithSamples(`samples({ tick: 'tick.wav' })\ns("tick ~ tick ~")`, { cycles: 1, sampleRate: SR }, reader);
    expect(result.warnings).toEqual([]);
    const wav = decodeWav(result.wav);
    expect(onsets(wav.left)).toEqual([0, SR]);
    expect(soundingLength(wav.left.subarray(0, SR / 2))).toBeGreaterThan(0.09 * SR);
  });

  it('accepts double-quoted URLs in samples(...)', async () => {
    const reader = files({ 'https://example.com/t.wav': makeWav([tick()], SR) });
    const result = await bounceWithSamples(`samples({ t: "https://example.com/t.wav" })\ns("t")`, { cycles: 1, sampleRate: SR }, reader);
    expect(result.warnings).toEqual([]);
    expect(reader.reads).toEqual(['https://example.com/t.wav']);
  });

  it('reads only the files its events play, each once', async () => {
    const reader = files({ 'bd1.wav': makeWav([tick()], SR) });
    const code = `samples({ bd: ['bd0.wav', 'bd1.wav', 'bd2.wav'], hh: 'hh.wav' }, 'https://x.org/')\ns("bd:1*4").n("<1 4>")`;
    const mapped = files({ 'https://x.org/bd1.wav': makeWav([tick()], SR) });
    const result = await bounceWithSamples(code, { cycles: 2, sampleRate: SR }, mapped);
    expect(mapped.reads).toEqual(['https://x.org/bd1.wav']);
    expect(result.warnings).toEqual([]);
    expect(reader.reads).toEqual([]);
  });

  it('reads a sample map the code names, with paths relative to the map', async () => {
    const map = JSON.stringify({ _base: 'sounds/', kick: ['k0.wav', 'k1.wav'], snare: 's.wav' });
    const reader = files({ 'kit/strudel.json': map, 'kit/sounds/k1.wav': makeWav([tick()], SR) });
    const result = await bounceWithSamples(`samples('kit/strudel.json')\ns("kick:1")`, { cycles: 1, sampleRate: SR }, reader);
    expect(result.warnings).toEqual([]);
    expect(reader.reads).toEqual(['kit/strudel.json', 'kit/sounds/k1.wav']);
    expect(onsets(decodeWav(result.wav).left)).toEqual([0]);
  });

  it('stretches a file to one cycle with unit "c", at the tempo the scheduler ran', async () => {
    const reader = files({ 'x.wav': makeWav([tick(SR, 0.25)], SR) });
    for (const cps of [0.5, 1, 2]) {
      const code = `setcps(${cps})\nsamples({ x: 'x.wav' })\ns("x").unit("c")`;
      const wav = decodeWav((await bounceWithSamples(code, { cycles: 1, sampleRate: SR, format: 'float32' }, reader)).wav);
      expect(Math.abs(soundingLength(wav.left, 0.1) - SR / cps)).toBeLessThanOrEqual(8);
    }
  });

  it('makes a file last the given number of cycles with loopAt, at any tempo', async () => {
    const reader = files({ 'x.wav': makeWav([tick(SR, 0.25)], SR) });
    for (const cps of [0.5, 1]) {
      const code = `setcps(${cps})\nsamples({ x: 'x.wav' })\ns("x").loopAt(2)`;
      const wav = decodeWav((await bounceWithSamples(code, { cycles: 2, sampleRate: SR, format: 'float32' }, reader)).wav);
      expect(Math.abs(soundingLength(wav.left, 0.1) - (2 * SR) / cps)).toBeLessThanOrEqual(8);
    }
  });

  it('warns about a file that cannot be read, at the events that play it, and renders the rest', async () => {
    const reader = files({ 'a.wav': makeWav([tick()], SR) });
    const code = `samples({ a: 'a.wav', b: 'missing.wav' })\ns("a b")`;
    const result = await bounceWithSamples(code, { cycles: 1, sampleRate: SR }, reader);
    const at = code.indexOf('b"');
    expect(result.warnings).toEqual([
      { kind: 'sound', message: 'sample "b" failed to load: no such file: missing.wav', from: at, to: at + 1, line: 2, column: 6, count: 1 },
    ]);
    expect(onsets(decodeWav(result.wav).left)).toEqual([0]);
  });

  it('warns at the samples(...) call about a map that cannot be read', async () => {
    const code = `samples('github:someone/nothing')\ns("bd")`;
    const result = await bounceWithSamples(code, { cycles: 1, sampleRate: SR }, files({}));
    expect(result.warnings).toEqual([
      {
        kind: 'sound',
        message: 'https://raw.githubusercontent.com/someone/nothing/main/strudel.json: cannot read the sample map: no such file: https://raw.githubusercontent.com/someone/nothing/main/strudel.json',
        from: 0,
        to: 7,
        line: 1,
        column: 1,
        count: 1,
      },
    ]);
    // The built-in drum still plays.
    expect(onsets(decodeWav(result.wav).left, 0.01)).toHaveLength(1);
  });
});

describe('bounce', () => {
  it('loads no samples, and says so at the samples(...) call', () => {
    const code = `samples({ a: 'a.wav' })\ns("a")`;
    const result = bounce(code, { cycles: 1, sampleRate: SR });
    expect(result.warnings.map((w) => [w.message, w.from])).toEqual([
      ['this render loads no samples (bounceWithSamples does): their sounds are unknown', 0],
      [expect.stringMatching(/^unknown sound "a": /), code.indexOf('a")')],
    ]);
  });
});
