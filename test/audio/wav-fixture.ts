// WAV files made in the tests (no binary fixtures in the repository): any bit depth, any number
// of channels, optionally in the extensible format and with a chunk the reader must skip.

/** How {@link makeWav} writes its samples. */
export interface WavOptions {
  bits?: 8 | 16 | 24 | 32 | 64;
  float?: boolean;
  extensible?: boolean;
  /** Puts an odd-sized `LIST` chunk (padded to even) before `data`. */
  extraChunk?: boolean;
}

/** Integer PCM of `bits` for a sample in [-1, 1]: `round(x × 2^(bits-1))`, clipped. */
export function quantize(x: number, bits: number): number {
  const full = 2 ** (bits - 1);
  return Math.max(-full, Math.min(full - 1, Math.round(x * full)));
}

/** A WAV file holding `channels` (all the same length) at `sampleRate`. */
export function makeWav(channels: readonly Float32Array[], sampleRate: number, options: WavOptions = {}): Uint8Array {
  const bits = options.bits ?? 16;
  const float = options.float ?? false;
  const bytes = bits / 8;
  const frames = channels[0]?.length ?? 0;
  const blockAlign = channels.length * bytes;
  const fmtSize = options.extensible ? 40 : 16;
  const extra = options.extraChunk ? 8 + 5 + 1 : 0;
  const size = 12 + 8 + fmtSize + extra + 8 + frames * blockAlign;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let p = 0;
  const text = (s: string): void => {
    for (const c of s) view.setUint8(p++, c.charCodeAt(0));
  };
  const u16 = (v: number): void => { view.setUint16(p, v, true); p += 2; };
  const u32 = (v: number): void => { view.setUint32(p, v, true); p += 4; };
  text('RIFF'); u32(size - 8); text('WAVE');
  text('fmt '); u32(fmtSize);
  const code = float ? 3 : 1;
  u16(options.extensible ? 0xfffe : code); u16(channels.length); u32(sampleRate); u32(sampleRate * blockAlign); u16(blockAlign); u16(bits);
  if (options.extensible) {
    u16(22); u16(bits); u32(0);
    u16(code); text('\u0000\u0000\u0000\u0000\u0010\u0000\u0080\u0000\u0000\u00aa\u0000\u0038\u009b\u0071'.slice(0, 14));
  }
  if (options.extraChunk) {
    text('LIST'); u32(5); text('abcd'); view.setUint8(p++, 0x65); view.setUint8(p++, 0);
  }
  text('data'); u32(frames * blockAlign);
  for (let i = 0; i < frames; i++) {
    for (const channel of channels) {
      const x = channel[i]!;
      if (float && bits === 32) view.setFloat32(p, x, true);
      else if (float) view.setFloat64(p, x, true);
      else if (bits === 8) view.setUint8(p, quantize(x, 8) + 128);
      else if (bits === 16) view.setInt16(p, quantize(x, 16), true);
      else if (bits === 24) {
        const v = quantize(x, 24);
        view.setUint8(p, v & 0xff); view.setUint8(p + 1, (v >> 8) & 0xff); view.setInt8(p + 2, v >> 16);
      } else view.setInt32(p, quantize(x, 32), true);
      p += bytes;
    }
  }
  return out;
}
