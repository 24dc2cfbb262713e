import { describe, expect, it } from 'vitest';
import { decodeWav, encodeWav, WavDecodeError } from '../../../src/audio/index.ts';
import { makeWav, quantize } from '../wav-fixture.ts';

const signal = (n: number, f: (i: number) => number): Float32Array => Float32Array.from({ length: n }, (_, i) => f(i));
const LEFT = signal(1000, (i) => 0.8 * Math.sin(i * 0.05));
const RIGHT = signal(1000, (i) => (i % 7) / 7 - 0.5);

describe('decodeWav', () => {
  it('round-trips encodeWav output in 32-bit float exactly', () => {
    const decoded = decodeWav(encodeWav(LEFT, RIGHT, 44100, 'float32'));
    expect(decoded.sampleRate).toBe(44100);
    expect(decoded.channels).toEqual([LEFT, RIGHT]);
  });

  it('round-trips encodeWav output in 16-bit PCM: each integer written comes back as k / 32768', () => {
    const decoded = decodeWav(encodeWav(LEFT, RIGHT, 48000));
    expect(decoded.sampleRate).toBe(48000);
    // encodeWav scales positive samples by 32767 and negative ones by 32768.
    const written = (x: number): number => Math.round(x < 0 ? x * 32768 : x * 32767) / 32768;
    expect(decoded.channels).toEqual([Float32Array.from(LEFT, written), Float32Array.from(RIGHT, written)]);
    for (let i = 0; i < LEFT.length; i++) expect(Math.abs(decoded.channels[0]![i]! - LEFT[i]!)).toBeLessThan(2 / 32768);
  });

  it('reads 8-, 16-, 24- and 32-bit integer PCM as k / 2^(bits-1)', () => {
    for (const bits of [8, 16, 24, 32] as const) {
      const decoded = decodeWav(makeWav([LEFT], 22050, { bits }));
      expect(decoded.sampleRate).toBe(22050);
      expect(decoded.channels).toHaveLength(1);
      const expected = Float32Array.from(LEFT, (x) => quantize(x, bits) / 2 ** (bits - 1));
      expect(decoded.channels[0]).toEqual(expected);
    }
  });

  it('reads 64-bit float, the extensible format, and skips other chunks (padded to even sizes)', () => {
    const wide = decodeWav(makeWav([LEFT, RIGHT], 8000, { bits: 64, float: true }));
    expect(wide.channels).toEqual([LEFT, RIGHT]);
    const extensible = decodeWav(makeWav([LEFT, RIGHT, LEFT], 96000, { bits: 24, extensible: true, extraChunk: true }));
    expect(extensible.sampleRate).toBe(96000);
    expect(extensible.channels).toHaveLength(3);
    expect(extensible.channels[2]![10]).toBeCloseTo(LEFT[10]!, 6);
    expect(decodeWav(makeWav([RIGHT], 8000, { float: true, bits: 32, extraChunk: true })).channels[0]).toEqual(RIGHT);
  });

  it('reads a data chunk that claims more than the file holds as far as it goes', () => {
    const bytes = makeWav([LEFT], 8000);
    const cut = bytes.slice(0, bytes.length - 101);
    const decoded = decodeWav(cut.buffer);
    expect(decoded.channels[0]).toHaveLength(LEFT.length - 51);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 not a wav at all'))).toThrow(WavDecodeError);
    expect(() => decodeWav(new TextEncoder().encode('ID3 not a wav at all'))).toThrow(/not a WAV file/);
    const mulaw = makeWav([LEFT], 8000);
    new DataView(mulaw.buffer).setUint16(20, 7, true);
    expect(() => decodeWav(mulaw)).toThrow(/format 7 is not supported/);
    const odd = makeWav([LEFT], 8000);
    new DataView(odd.buffer).setUint16(34, 12, true);
    expect(() => decodeWav(odd)).toThrow(/12-bit PCM is not supported/);
  });
});
