/**
 * Reading the sample files performer code names, for `weft render`: paths relative to the code
 * file's directory (or the working directory, for code from standard input), `file:` URLs, and
 * http(s) URLs fetched with Node's `fetch`. Files are decoded as WAV, MP3, Ogg Vorbis or FLAC
 * (see {@link decodeAudio}).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BounceSamples } from '../app/bounce.ts';
import { WavDecodeError } from '../audio/index.ts';
import { decodeAudio } from './decode-audio.ts';
import { generalMidi } from './general-midi.ts';

/** Reads `path`, or its percent-decoded form (`moog/G3%20long.wav`) when only that exists. */
async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      throw error;
    }
    if (decoded === path) throw error;
    return readFile(decoded);
  }
}

/** A message for a file error without Node's error code prefix clutter. */
function readError(error: unknown, url: string): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new Error(`no such file: ${url}`);
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Where `weft render` reads samples from: files relative to `baseDir`, and http(s) URLs; the
 * General MIDI instruments (`gm_*`) from the SoundFont weft ships (see {@link generalMidi}).
 */
export function fileSamples(baseDir: string): BounceSamples {
  return {
    instruments: generalMidi(),
    async read(url) {
      if (/^(https?|data):/i.test(url)) {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}`);
        return new Uint8Array(await response.arrayBuffer());
      }
      if (url.startsWith('blob:')) {
        throw new Error('a blob: URL (a file dropped in the browser) exists only in that page: save the file and name its path');
      }
      const path = url.startsWith('file:') ? fileURLToPath(url) : resolve(baseDir, url);
      try {
        return await readPath(path);
      } catch (error) {
        throw readError(error, url);
      }
    },
    async decode(bytes, url) {
      try {
        return await decodeAudio(bytes);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof WavDecodeError) throw new Error(`${url}: ${message}`);
        throw new Error(`weft render reads WAV, MP3, Ogg Vorbis and FLAC files: ${url}: ${message}`);
      }
    },
  };
}
