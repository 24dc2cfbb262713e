// Music theory: note names and pitch numbers, intervals, scales, transposition, chords and voicings.
export {
  DEFAULT_OCTAVE, freqToMidi, isNoteName, midiToFreq, midiToNoteName, noteToFreq, noteToMidi, parsePitch,
  pitchChroma, pitchName, pitchToMidi, type Hz, type Midi, type Pitch,
} from './note.ts';
export { intervalFromSemitones, parseInterval, transposePitch, type Interval } from './interval.ts';
export { findScaleType, scaleTypeNames, SCALE_TYPES, type ScaleType } from './scale-types.ts';
export {
  nearestScaleNote, parseScale, scale, scaleDegree, scaleTranspose, type Scale, type ScaleContext, type ScaleName,
  type Scaled,
} from './scale.ts';
export { transpose, type TransposeAmount } from './transpose.ts';
export { IREAL_VOICINGS, VOICING_DICTIONARIES, type Voicing, type VoicingDictionary } from './voicing-dictionary.ts';
export {
  parseChord, renderVoicing, rootNotes, voicing, type Rooted, type VoicedNote, type VoicingMode, type VoicingOptions,
} from './voicing.ts';
export { voicings } from './voicings.ts';
