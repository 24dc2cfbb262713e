/** The sample formats {@link encodeWav} writes. */
export type WavFormat = 'pcm16' | 'float32';

/**
 * Encodes a stereo buffer as a WAV file: 16-bit integer PCM by default (rounded, no dither;
 * samples beyond ±1 are clipped), or 32-bit IEEE float PCM with `format: 'float32'` (exact).
 */
export function encodeWav(left: Float32Array, right: Float32Array, sampleRate: number, format: WavFormat = 'pcm16'): Uint8Array {
  const frames = Math.min(left.length, right.length);
  const float = format === 'float32';
  const bytesPerSample = float ? 4 : 2;
  const blockAlign = 2 * bytesPerSample;
  const dataSize = frames * blockAlign;
  // A float file carries the extended fmt chunk (cbSize) and a fact chunk, as the format requires.
  const fmtSize = float ? 18 : 16;
  const factSize = float ? 12 : 0;
  const headerSize = 12 + 8 + fmtSize + factSize + 8;
  const bytes = new Uint8Array(headerSize + dataSize);
  const view = new DataView(bytes.buffer);
  let p = 0;
  const text = (s: string): void => {
    for (let i = 0; i < s.length; i++) view.setUint8(p++, s.charCodeAt(i));
  };
  const u32 = (v: number): void => { view.setUint32(p, v, true); p += 4; };
  const u16 = (v: number): void => { view.setUint16(p, v, true); p += 2; };
  text('RIFF'); u32(bytes.length - 8); text('WAVE');
  text('fmt '); u32(fmtSize);
  u16(float ? 3 : 1); u16(2); u32(sampleRate); u32(sampleRate * blockAlign); u16(blockAlign); u16(8 * bytesPerSample);
  if (float) {
    u16(0);
    text('fact'); u32(4); u32(frames);
  }
  text('data'); u32(dataSize);
  for (let i = 0; i < frames; i++) {
    if (float) {
      view.setFloat32(p, left[i]!, true);
      view.setFloat32(p + 4, right[i]!, true);
    } else {
      view.setInt16(p, toInt16(left[i]!), true);
      view.setInt16(p + 2, toInt16(right[i]!), true);
    }
    p += blockAlign;
  }
  return bytes;
}

/** A sample in [-1, 1] as a 16-bit integer (clipped; -1 maps to -32768 and 1 to 32767). */
function toInt16(x: number): number {
  const clipped = x > 1 ? 1 : x < -1 ? -1 : x;
  return Math.round(clipped < 0 ? clipped * 32768 : clipped * 32767);
}
