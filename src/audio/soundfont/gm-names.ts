/**
 * The General MIDI instruments by the names performer code gives them (Strudel's `gm_*` names):
 * each a General MIDI program number, 0..127.
 */

/** The 128 General MIDI programs in order, as `gm_` names without the prefix. */
const PROGRAMS = [
  // Piano
  'acoustic_grand_piano', 'bright_acoustic_piano', 'electric_grand_piano', 'honky_tonk_piano', 'epiano1', 'epiano2', 'harpsichord', 'clavinet',
  // Chromatic percussion
  'celesta', 'glockenspiel', 'music_box', 'vibraphone', 'marimba', 'xylophone', 'tubular_bells', 'dulcimer',
  // Organ
  'drawbar_organ', 'percussive_organ', 'rock_organ', 'church_organ', 'reed_organ', 'accordion', 'harmonica', 'bandoneon',
  // Guitar
  'acoustic_guitar_nylon', 'acoustic_guitar_steel', 'electric_guitar_jazz', 'electric_guitar_clean', 'electric_guitar_muted',
  'overdriven_guitar', 'distortion_guitar', 'guitar_harmonics',
  // Bass
  'acoustic_bass', 'electric_bass_finger', 'electric_bass_pick', 'fretless_bass', 'slap_bass_1', 'slap_bass_2', 'synth_bass_1', 'synth_bass_2',
  // Strings
  'violin', 'viola', 'cello', 'contrabass', 'tremolo_strings', 'pizzicato_strings', 'orchestral_harp', 'timpani',
  // Ensemble
  'string_ensemble_1', 'string_ensemble_2', 'synth_strings_1', 'synth_strings_2', 'choir_aahs', 'voice_oohs', 'synth_choir', 'orchestra_hit',
  // Brass
  'trumpet', 'trombone', 'tuba', 'muted_trumpet', 'french_horn', 'brass_section', 'synth_brass_1', 'synth_brass_2',
  // Reed
  'soprano_sax', 'alto_sax', 'tenor_sax', 'baritone_sax', 'oboe', 'english_horn', 'bassoon', 'clarinet',
  // Pipe
  'piccolo', 'flute', 'recorder', 'pan_flute', 'blown_bottle', 'shakuhachi', 'whistle', 'ocarina',
  // Synth lead
  'lead_1_square', 'lead_2_sawtooth', 'lead_3_calliope', 'lead_4_chiff', 'lead_5_charang', 'lead_6_voice', 'lead_7_fifths', 'lead_8_bass_lead',
  // Synth pad
  'pad_new_age', 'pad_warm', 'pad_poly', 'pad_choir', 'pad_bowed', 'pad_metallic', 'pad_halo', 'pad_sweep',
  // Synth effects
  'fx_rain', 'fx_soundtrack', 'fx_crystal', 'fx_atmosphere', 'fx_brightness', 'fx_goblins', 'fx_echoes', 'fx_sci_fi',
  // Ethnic
  'sitar', 'banjo', 'shamisen', 'koto', 'kalimba', 'bagpipe', 'fiddle', 'shanai',
  // Percussive
  'tinkle_bell', 'agogo', 'steel_drums', 'woodblock', 'taiko_drum', 'melodic_tom', 'synth_drum', 'reverse_cymbal',
  // Sound effects
  'guitar_fret_noise', 'breath_noise', 'seashore', 'bird_tweet', 'telephone', 'helicopter', 'applause', 'gunshot',
] as const;

/** Other names of programs: `piano` and `gm_piano` are the grand piano. */
const ALIASES: Readonly<Record<string, number>> = { piano: 0, gm_piano: 0 };

const BY_NAME: ReadonlyMap<string, number> = new Map([...PROGRAMS.map((name, program) => [`gm_${name}`, program] as const), ...Object.entries(ALIASES)]);

/** Every General MIDI instrument name, `gm_acoustic_grand_piano` to `gm_gunshot`, then the aliases. */
export const GM_NAMES: readonly string[] = [...BY_NAME.keys()];

/**
 * The General MIDI program (0..127) of an instrument name, or undefined for a name that is none.
 *
 * @example
 * gmProgram('gm_acoustic_bass') // 32
 */
export function gmProgram(name: string): number | undefined {
  return BY_NAME.get(name);
}
