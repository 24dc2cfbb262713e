/**
 * The names mini-notation strings may hold, for completion inside strings: sounds for `s`,
 * note names for `note`, scale names for `scale`.
 */
import { DRUM_KIT, SYNTH_NAMES } from '../audio/index.ts';
import { GM_NAMES } from '../audio/soundfont/gm-names.ts';
import { scaleTypeNames } from '../pattern/index.ts';

/** Names offered inside strings, by what the string holds. */
export interface MiniVocabulary {
  /** Sound names for `s`/`sound`: drum voices, synth waveforms, General MIDI instruments, loaded samples. */
  readonly sounds: readonly string[];
  /** Note names for `note` (pitch classes, with and without octave). */
  readonly notes: readonly string[];
  /** Scale type names for `scale("C:major")`, after the `:`. */
  readonly scales: readonly string[];
}

const PITCH_CLASSES = ['c', 'c#', 'db', 'd', 'd#', 'eb', 'e', 'f', 'f#', 'gb', 'g', 'g#', 'ab', 'a', 'a#', 'bb', 'b'];

/** Pitch classes alone, then in octaves 1 to 6 (`c`, `c#`, ..., `c1`, ..., `b6`). */
export const NOTE_NAMES: readonly string[] = [
  ...PITCH_CLASSES,
  ...[1, 2, 3, 4, 5, 6].flatMap((octave) => PITCH_CLASSES.map((p) => `${p}${octave}`)),
];

/** What weft knows without loaded samples: its drum kit, synths and General MIDI instruments, note names and scales. */
export function defaultVocabulary(extraSounds: readonly string[] = []): MiniVocabulary {
  return {
    sounds: [...new Set([...Object.keys(DRUM_KIT), ...SYNTH_NAMES, ...GM_NAMES, ...extraSounds])],
    notes: NOTE_NAMES,
    scales: scaleTypeNames(),
  };
}
