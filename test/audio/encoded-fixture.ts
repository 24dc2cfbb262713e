// Compressed audio files made in the tests (no binary fixtures in the repository): MP3 and Ogg
// Vorbis with the LAME and libvorbis encoders of `wasm-media-encoders` (a devDependency), FLAC
// written here by the format's specification with verbatim subframes (no encoder is on npm that
// is small enough to be worth it): every decoder must read those.
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';

/** Concatenates the encoder's chunks (it owns their memory, so each is copied). */
function join(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** An MP3 file of `channels` (one or two) at `sampleRate` (a rate MP3 has), 128 kbit/s CBR. */
export async function makeMp3(channels: Float32Array[], sampleRate: 44100 | 48000 | 32000 | 22050 | 24000 | 16000): Promise<Uint8Array> {
  const encoder = await createMp3Encoder();
  encoder.configure({ channels: channels.length as 1 | 2, sampleRate, bitrate: 128 });
  return join([encoder.encode(channels).slice(), encoder.finalize().slice()]);
}

/** An Ogg Vorbis file of `channels` at `sampleRate`. */
export async function makeOgg(channels: Float32Array[], sampleRate: number): Promise<Uint8Array> {
  const encoder = await createOggEncoder();
  encoder.configure({ channels: channels.length as 1 | 2, sampleRate, vbrQuality: 6 });
  return join([encoder.encode(channels).slice(), encoder.finalize().slice()]);
}

/** Writes bits most significant first (FLAC's bit order). */
class Bits {
  private readonly bytes: number[] = [];
  private acc = 0;
  private count = 0;
  put(value: number, bits: number): void {
    for (let b = bits - 1; b >= 0; b--) {
      this.acc = (this.acc << 1) | (Math.floor(value / 2 ** b) & 1);
      if (++this.count === 8) {
        this.bytes.push(this.acc);
        this.acc = 0;
        this.count = 0;
      }
    }
  }
  get length(): number {
    return this.bytes.length;
  }
  done(): number[] {
    return this.bytes;
  }
}

function crc8(bytes: readonly number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let i = 0; i < 8; i++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function crc16(bytes: readonly number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The sample rates a FLAC frame header names by a code (their index here). */
const FLAC_RATES = [0, 88200, 176400, 192000, 8000, 16000, 22050, 24000, 32000, 44100, 48000, 96000];

/** A 16-bit FLAC file of `channels` at `sampleRate` (independent channels, verbatim subframes). */
export function makeFlac(channels: Float32Array[], sampleRate: number): Uint8Array {
  const block = 4096;
  const rateCode = FLAC_RATES.indexOf(sampleRate);
  if (rateCode < 1) throw new RangeError(`makeFlac writes rates of ${FLAC_RATES.slice(1).join(', ')} Hz`);
  const frames = channels[0]?.length ?? 0;
  const pcm = channels.map((c) => Int16Array.from(c, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32768)))));
  const out: number[] = [...'fLaC'].map((c) => c.charCodeAt(0));
  // STREAMINFO, the last metadata block: block sizes, frame sizes (unknown), rate, channels, bits, total, MD5 (unknown).
  const info = new Bits();
  info.put(1, 1); info.put(0, 7); info.put(34, 24);
  info.put(block, 16); info.put(block, 16); info.put(0, 24); info.put(0, 24);
  info.put(sampleRate, 20); info.put(channels.length - 1, 3); info.put(15, 5); info.put(frames, 36);
  for (let i = 0; i < 16; i++) info.put(0, 8);
  out.push(...info.done());
  for (let start = 0, n = 0; start < frames; start += block, n++) {
    const size = Math.min(block, frames - start);
    const head = new Bits();
    // Sync, fixed block size; block size from the 16-bit field, the rate's code; channels; 16 bits.
    head.put(0x3ffe, 14); head.put(0, 1); head.put(0, 1);
    head.put(7, 4); head.put(rateCode, 4); head.put(channels.length - 1, 4); head.put(4, 3); head.put(0, 1);
    // The frame number, UTF-8 coded (tests stay under 128 frames: one byte).
    head.put(n, 8);
    head.put(size - 1, 16);
    const header = head.done();
    const frame = new Bits();
    for (const x of header) frame.put(x, 8);
    frame.put(crc8(header), 8);
    for (const data of pcm) {
      frame.put(0, 1); frame.put(1, 6); frame.put(0, 1);
      for (let i = 0; i < size; i++) frame.put(data[start + i]! & 0xffff, 16);
    }
    const body = frame.done();
    out.push(...body, ...[crc16(body) >> 8, crc16(body) & 0xff]);
  }
  return Uint8Array.from(out);
}
