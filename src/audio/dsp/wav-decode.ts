import type { Hz } from './units.ts';

/** Audio decoded from a file: one array per channel, at `sampleRate`. */
export interface DecodedAudio {
  channels: Float32Array[];
  sampleRate: Hz;
}

/** A file that is not a WAV file weft can read, with what is wrong with it. */
export class WavDecodeError extends Error {
  override readonly name = 'WavDecodeError';
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

interface Format {
  format: number;
  channels: number;
  sampleRate: number;
  bits: number;
  blockAlign: number;
}

function text(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readFormat(view: DataView, at: number, size: number): Format {
  if (size < 16) throw new WavDecodeError('the fmt chunk is too short');
  let format = view.getUint16(at, true);
  const channels = view.getUint16(at + 2, true);
  const sampleRate = view.getUint32(at + 4, true);
  const blockAlign = view.getUint16(at + 12, true);
  const bits = view.getUint16(at + 14, true);
  // WAVE_FORMAT_EXTENSIBLE keeps the real format in the first two bytes of its sub-format GUID.
  if (format === EXTENSIBLE && size >= 40) format = view.getUint16(at + 24, true);
  return { format, channels, sampleRate, bits, blockAlign };
}

/** A reader of one sample at a byte offset, scaled to [-1, 1). */
function sampleReader(view: DataView, f: Format): (at: number) => number {
  if (f.format === FLOAT && f.bits === 32) return (at) => view.getFloat32(at, true);
  if (f.format === FLOAT && f.bits === 64) return (at) => view.getFloat64(at, true);
  if (f.format !== PCM) throw new WavDecodeError(`WAV format ${f.format} is not supported (only integer PCM and float)`);
  switch (f.bits) {
    case 8: return (at) => (view.getUint8(at) - 128) / 128;
    case 16: return (at) => view.getInt16(at, true) / 32768;
    case 24: return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8388608);
    case 32: return (at) => view.getInt32(at, true) / 2147483648;
    default: throw new WavDecodeError(`${f.bits}-bit PCM is not supported (8, 16, 24 or 32 bits)`);
  }
}

/**
 * Decodes a WAV file: integer PCM of 8 (unsigned), 16, 24 or 32 bits, or 32- or 64-bit float,
 * with any number of channels (WAVE_FORMAT_EXTENSIBLE included). Integer samples are scaled to
 * [-1, 1) (a 16-bit sample `k` becomes `k / 32768`). Chunks other than `fmt ` and `data` are
 * skipped; a `data` chunk that claims more bytes than the file holds is read as far as it goes.
 * Throws a {@link WavDecodeError} for anything else.
 */
export function decodeWav(bytes: Uint8Array | ArrayBuffer): DecodedAudio {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.byteLength < 12 || text(view, 0) !== 'RIFF' || text(view, 8) !== 'WAVE') {
    throw new WavDecodeError('not a WAV file (no RIFF/WAVE header)');
  }
  let format: Format | undefined;
  for (let at = 12; at + 8 <= view.byteLength; ) {
    const id = text(view, at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      format = readFormat(view, body, Math.min(size, view.byteLength - body));
    } else if (id === 'data') {
      if (format === undefined) throw new WavDecodeError('the data chunk comes before the fmt chunk');
      return decodeData(view, format, body, Math.min(size, view.byteLength - body));
    }
    at = body + size + (size & 1);
  }
  throw new WavDecodeError(format === undefined ? 'no fmt chunk' : 'no data chunk');
}

function decodeData(view: DataView, f: Format, start: number, size: number): DecodedAudio {
  if (f.channels < 1) throw new WavDecodeError('the file has no channels');
  if (!(f.sampleRate > 0)) throw new WavDecodeError('the sample rate is 0');
  const read = sampleReader(view, f);
  const bytesPerSample = f.bits / 8;
  const blockAlign = f.blockAlign >= f.channels * bytesPerSample ? f.blockAlign : f.channels * bytesPerSample;
  const frames = Math.floor(size / blockAlign);
  const channels = Array.from({ length: f.channels }, () => new Float32Array(frames));
  for (let c = 0; c < f.channels; c++) {
    const out = channels[c]!;
    for (let i = 0, at = start + c * bytesPerSample; i < frames; i++, at += blockAlign) out[i] = read(at);
  }
  return { channels, sampleRate: f.sampleRate };
}
