/**
 * The reference examples that are silent without the network, or silent in weft, each with why:
 * the page shows the mark beside the example, so a learner who hears nothing knows the reason.
 * test/intel/examples-audible.test.ts renders every example offline and fails for a silent one
 * left out, for a marked one that sounds, and for a sound the render reports unknown that its
 * mark does not name.
 */

/** Why an example is silent offline (see {@link EXAMPLE_MARKS}). */
export type ExampleMark =
  /** It reads the files it names from the network when it plays. */
  | { readonly kind: 'network' }
  /** It names sounds of Strudel's dirt-samples, which load only with `samples('github:tidalcycles/dirt-samples')`. */
  | { readonly kind: 'dirtSamples'; readonly sounds: readonly string[] }
  /** It names sounds weft does not have (Strudel's sample libraries and SuperDirt's synths). */
  | { readonly kind: 'strudelSounds'; readonly sounds: readonly string[] }
  /** Its controls are for MIDI output, which weft does not have. */
  | { readonly kind: 'midi' }
  /** Its events carry the code's own controls, no sound. */
  | { readonly kind: 'noSound' }
  /** It follows the mouse, which weft does not pass to the code (the signal is 0). */
  | { readonly kind: 'mouse' };

const dirt = (...sounds: string[]): ExampleMark => ({ kind: 'dirtSamples', sounds });
const strudel = (...sounds: string[]): ExampleMark => ({ kind: 'strudelSounds', sounds });
const each = (names: readonly string[], mark: ExampleMark): Record<string, ExampleMark> =>
  Object.fromEntries(names.map((name) => [`${name}#0`, mark]));

/** The marks, by example (`name#index`, the index of the example among its entry's). */
export const EXAMPLE_MARKS: Readonly<Record<string, ExampleMark>> = {
  'samples#0': { kind: 'network' },
  ...each(['chop', 'fit', 'loopAt', 'loopAtCps', 'slice', 'splice'], dirt('breaks165')),
  ...each(['loop', 'loopBegin', 'loopEnd', 'loopb', 'loope'], dirt('casio')),
  'striate#0': dirt('numbers'),
  'timeline#0': dirt('num'),
  ...each(['contract', 'drop', 'expand', 'grow', 'shrink'], strudel('mridangam_tha', 'mridangam_dhi', 'mridangam_thom', 'mridangam_nam')),
  ...each(['ctranspose', 'degree', 'harmonic', 'mtranspose', 'octaveR', 'semitone', 'stepsPerOctave'], strudel('superpiano')),
  ...each(['leslie', 'lrate', 'lsize', 'voice'], strudel('supersquare')),
  'density#0': strudel('crackle'),
  'partials#0': strudel('user'),
  'scrub#0': strudel('swpad'),
  ...each(['tour', 'zip'], strudel('folkharp')),
  ...each(
    [
      'warp', 'warpatt', 'warpattack', 'warpdc', 'warpdec', 'warpdecay', 'warpdepth', 'warpenv', 'warpmode', 'warprate', 'warprel',
      'warprelease', 'warpshape', 'warpskew', 'warpsus', 'warpsustain', 'warpsync', 'wavetablePhaseRand', 'wavetableWarp',
      'wavetableWarpMode', 'wtatt', 'wtattack', 'wtdc', 'wtdec', 'wtdecay', 'wtdepth', 'wtenv', 'wtphaserand', 'wtrate', 'wtrel',
      'wtrelease', 'wtshape', 'wtskew', 'wtsus', 'wtsustain', 'wtsync',
    ],
    strudel('wt_digital_basique'),
  ),
  ...each(['wt', 'wavetablePosition'], strudel('wt_digital_squelch')),
  ...each(['midicmd', 'midimap', 'songPtr'], { kind: 'midi' }),
  'createParams#0': { kind: 'noSound' },
  ...each(['mouseX', 'mouseY'], { kind: 'mouse' }),
};

/** The id of an entry's example in {@link EXAMPLE_MARKS}. */
export const exampleId = (name: string, index: number): string => `${name}#${index}`;
