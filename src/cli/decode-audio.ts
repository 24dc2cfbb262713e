/**
 * Decoding sample files in Node, for `weft render`: WAV with weft's own decoder, MP3, Ogg Vorbis
 * and FLAC with WebAssembly decoders (`mpg123-decoder`, `@wasm-audio-decoders/ogg-vorbis`,
 * `@wasm-audio-decoders/flac`), each imported the first time a file of its format is read. The
 * format is told by the file's first bytes, not by its name. (The browser decodes with
 * `decodeAudioData` and never loads these.)
 */
import { decodeWav, type DecodedAudio } from '../audio/index.ts';

/** The formats {@link decodeAudio} reads. */
export type AudioFormat = 'wav' | 'mp3' | 'ogg' | 'flac';

const ascii = (bytes: Uint8Array, at: number, text: string): boolean =>
  [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/**
 * The format of a file by its magic bytes: `RIFF…WAVE` (or `RF64`), `OggS`, `fLaC` (after an ID3
 * tag, if any), `ID3` or an MPEG audio frame sync. Undefined for anything else.
 */
export function audioFormat(bytes: Uint8Array): AudioFormat | undefined {
  if ((ascii(bytes, 0, 'RIFF') || ascii(bytes, 0, 'RF64')) && ascii(bytes, 8, 'WAVE')) return 'wav';
  if (ascii(bytes, 0, 'OggS')) return 'ogg';
  if (ascii(bytes, 0, 'fLaC')) return 'flac';
  if (ascii(bytes, 0, 'ID3') && bytes.length >= 10) {
    // An ID3v2 tag: its size is four 7-bit bytes; FLAC files sometimes carry one too.
    const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
    const after = 10 + size + ((bytes[5]! & 0x10) !== 0 ? 10 : 0);
    return ascii(bytes, after, 'fLaC') ? 'flac' : 'mp3';
  }
  // An MPEG audio frame header: 11 set sync bits, a layer that is not 0 (reserved).
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0) return 'mp3';
  return undefined;
}

/** What a WebAssembly decoder returns. */
interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  errors: readonly { message: string }[];
}

/** Checks what a decoder returned and keeps at most two channels of exactly the decoded length. */
function decoded(result: Decoded, format: AudioFormat): DecodedAudio {
  if (result.samplesDecoded === 0 || result.channelData.length === 0) {
    const why = result.errors[0]?.message;
    throw new Error(`not a ${format.toUpperCase()} file weft can decode${why === undefined ? '' : `: ${why}`}`);
  }
  const channels = result.channelData.slice(0, 2).map((c) => (c.length === result.samplesDecoded ? c : c.slice(0, result.samplesDecoded)));
  return { channels, sampleRate: result.sampleRate };
}

/** Decodes an MP3 file with mpg123 (gapless: the encoder's padding is removed). */
async function decodeMp3(bytes: Uint8Array): Promise<DecodedAudio> {
  const { MPEGDecoder } = await import('mpg123-decoder');
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    return decoded(decoder.decode(bytes), 'mp3');
  } finally {
    decoder.free();
  }
}

/** Decodes an Ogg Vorbis file. */
export async function decodeOggVorbis(bytes: Uint8Array): Promise<DecodedAudio> {
  const { OggVorbisDecoder } = await import('@wasm-audio-decoders/ogg-vorbis');
  const decoder = new OggVorbisDecoder();
  await decoder.ready;
  try {
    return decoded(await decoder.decodeFile(bytes), 'ogg');
  } finally {
    decoder.free();
  }
}

/**
 * A decoder of many Ogg Vorbis files (a SoundFont's samples) that makes its WebAssembly decoder
 * once and decodes one file at a time with it. Call `free` when done.
 */
export function oggVorbisDecoder(): { decode: (bytes: Uint8Array) => Promise<DecodedAudio>; free: () => void } {
  let made: Promise<import('@wasm-audio-decoders/ogg-vorbis').OggVorbisDecoder> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    decode(bytes) {
      made ??= import('@wasm-audio-decoders/ogg-vorbis').then(async ({ OggVorbisDecoder }) => {
        const decoder = new OggVorbisDecoder();
        await decoder.ready;
        return decoder;
      });
      const decoder = made;
      // decodeFile resets the decoder after each file; files must not interleave.
      const result = queue.then(async () => decoded(await (await decoder).decodeFile(bytes), 'ogg'));
      queue = result.catch(() => undefined);
      return result;
    },
    free() {
      void made?.then((decoder) => decoder.free());
      made = undefined;
    },
  };
}

/** Decodes a FLAC file. */
async function decodeFlac(bytes: Uint8Array): Promise<DecodedAudio> {
  const { FLACDecoder } = await import('@wasm-audio-decoders/flac');
  const decoder = new FLACDecoder();
  await decoder.ready;
  try {
    return decoded(await decoder.decodeFile(bytes), 'flac');
  } finally {
    decoder.free();
  }
}

/**
 * Decodes a WAV, MP3, Ogg Vorbis or FLAC file, told apart by its first bytes; throws for any
 * other file.
 *
 * @example
 * const { channels, sampleRate } = await decodeAudio(await readFile('bass.flac'));
 */
export async function decodeAudio(bytes: Uint8Array | ArrayBuffer): Promise<DecodedAudio> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  switch (audioFormat(view)) {
    case 'wav': return decodeWav(view);
    case 'mp3': return decodeMp3(view);
    case 'ogg': return decodeOggVorbis(view);
    case 'flac': return decodeFlac(view);
    case undefined: throw new Error('not a WAV, MP3, Ogg Vorbis or FLAC file');
  }
}
