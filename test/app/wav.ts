// Reading back the WAV files weft writes, for the bounce, render and pattern tests.

/** A decoded stereo WAV file. */
export interface DecodedWav {
  /** 1 for integer PCM, 3 for IEEE float. */
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  frames: number;
  left: Float32Array;
  right: Float32Array;
}

const text = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Decodes a RIFF/WAVE file of 16-bit or 32-bit float stereo PCM, walking its chunks; throws if it is malformed. */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (text(bytes, 0) !== 'RIFF' || text(bytes, 8) !== 'WAVE') throw new Error('not a RIFF/WAVE file');
  if (view.getUint32(4, true) !== bytes.length - 8) throw new Error('RIFF size does not match the file');
  let fmt: Omit<DecodedWav, 'frames' | 'left' | 'right'> | undefined;
  for (let p = 12; p + 8 <= bytes.length; ) {
    const id = text(bytes, p);
    const size = view.getUint32(p + 4, true);
    const body = p + 8;
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bitsPerSample: view.getUint16(body + 14, true),
      };
      const blockAlign = view.getUint16(body + 12, true);
      if (blockAlign !== (fmt.channels * fmt.bitsPerSample) / 8) throw new Error('bad block align');
      if (view.getUint32(body + 8, true) !== fmt.sampleRate * blockAlign) throw new Error('bad byte rate');
    } else if (id === 'data') {
      if (fmt === undefined) throw new Error('data before fmt');
      if (body + size !== bytes.length) throw new Error('data size does not match the file');
      if (fmt.channels !== 2) throw new Error(`expected stereo, got ${fmt.channels} channels`);
      const float = fmt.format === 3;
      const bytesPerSample = fmt.bitsPerSample / 8;
      const frames = size / (2 * bytesPerSample);
      const left = new Float32Array(frames);
      const right = new Float32Array(frames);
      for (let i = 0; i < frames; i++) {
        const at = body + i * 2 * bytesPerSample;
        left[i] = float ? view.getFloat32(at, true) : view.getInt16(at, true) / 32768;
        right[i] = float ? view.getFloat32(at + bytesPerSample, true) : view.getInt16(at + bytesPerSample, true) / 32768;
      }
      return { ...fmt, frames, left, right };
    }
    p = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

/** The largest absolute sample of both channels. */
export function peakOf(wav: DecodedWav): number {
  let peak = 0;
  for (let i = 0; i < wav.frames; i++) peak = Math.max(peak, Math.abs(wav.left[i]!), Math.abs(wav.right[i]!));
  return peak;
}

/** The index of the first frame with a non-zero sample in either channel, or -1. */
export function firstSound(wav: DecodedWav): number {
  for (let i = 0; i < wav.frames; i++) if (wav.left[i] !== 0 || wav.right[i] !== 0) return i;
  return -1;
}
