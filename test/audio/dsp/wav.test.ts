import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../../src/audio/index.ts';

const text = (bytes: Uint8Array, at: number, length = 4): string => String.fromCharCode(...bytes.subarray(at, at + length));

describe('encodeWav', () => {
  const left = Float32Array.from([0, 0.5, -0.5, 1, -1, 2]);
  const right = Float32Array.from([0.25, -0.25, 0, 0, 0, -2]);

  it('writes 16-bit PCM by default, rounding and clipping', () => {
    const wav = encodeWav(left, right, 48000);
    const view = new DataView(wav.buffer);
    expect(text(wav, 0)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(text(wav, 8)).toBe('WAVE');
    expect(text(wav, 12)).toBe('fmt ');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(28, true)).toBe(48000 * 4);
    expect(view.getUint16(34, true)).toBe(16);
    expect(text(wav, 36)).toBe('data');
    expect(view.getUint32(40, true)).toBe(6 * 4);
    const samples = Array.from({ length: 12 }, (_, i) => view.getInt16(44 + 2 * i, true));
    expect(samples).toEqual([0, 8192, 16384, -8192, -16384, 0, 32767, 0, -32768, 0, 32767, -32768]);
  });

  it('writes exact 32-bit float PCM on request', () => {
    const wav = encodeWav(left, right, 44100, 'float32');
    const view = new DataView(wav.buffer);
    expect(view.getUint16(20, true)).toBe(3);
    expect(view.getUint16(34, true)).toBe(32);
    expect(text(wav, 38)).toBe('fact');
    expect(view.getUint32(46, true)).toBe(6);
    expect(text(wav, 50)).toBe('data');
    const samples = Array.from({ length: 12 }, (_, i) => view.getFloat32(58 + 4 * i, true));
    expect(samples).toEqual([0, 0.25, 0.5, -0.25, -0.5, 0, 1, 0, -1, 0, 2, -2]);
    expect(wav.length).toBe(58 + 48);
  });
});
