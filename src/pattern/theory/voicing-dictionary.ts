/**
 * The built-in voicing dictionaries: for each chord symbol, the voicings a pianist might play, each
 * as intervals above the root from the lowest note up (semitones, or interval names such as `3M`).
 *
 * `ireal` (the default) follows the iReal Pro chord symbols (`^7` major seventh, `-7` minor seventh,
 * `h7` half-diminished, `o7` diminished, `7alt`, ...), each with a few inversions and spreads:
 * shells with the root in the bass, rootless voicings with the third or seventh at the bottom, and
 * wide ones that double the root or fifth an octave up. `lefthand` has the rootless left-hand
 * voicings of jazz piano (the "A" form from the third, the "B" form from the seventh), `triads` the
 * three positions of the four triads, `guidetones` the third and seventh alone, and `legacy` the
 * triads and the left-hand voicings together.
 *
 * Their order matters to {@link voicing}: ties between voicings go to the earlier one, and `offset`
 * walks through them in this order; `voicings` takes the first that fits its range when it has no
 * voicing to lead from. The voicings and their order were chosen so that both give the same notes
 * as Strudel's, which was checked against its output (used as a black box).
 */
import { intervalFromSemitones, parseInterval, type Interval } from './interval.ts';

/** One voicing: its notes as intervals above the root, from the lowest up. */
export type Voicing = readonly Interval[];

/** A voicing dictionary: chord symbol to voicings. */
export type VoicingDictionary = ReadonlyMap<string, readonly Voicing[]>;

// [symbols that share these voicings, voicings]
type Rows = readonly (readonly [readonly string[], readonly string[]])[];

const IREAL: Rows = [
  [['2'], ['0 7 12 14', '0 7 12 14 19', '7 12 14 19']],
  [['5'], ['0 7 12 19', '7 12 19 24']],
  [['6'], ['0 7 9 12 16', '0 7 12 16 21', '4 7 12 16 21', '7 12 16 19 21']],
  [['7'], ['0 7 10 12 16', '0 10 12 16 19', '4 10 12 16 19', '4 10 12 16 22', '4 10 16 19 24', '10 16 19 22 24', '10 16 19 24 28']],
  [['9'], ['0 7 10 14 16', '0 10 14 16 19', '4 10 12 14 19', '10 14 16 22 24', '4 10 12 19 26', '10 16 19 24 26']],
  [['11', '9sus'], ['0 7 10 14 17', '7 10 12 14 17', '10 12 14 17 19', '10 12 17 19 26']],
  [['13'], ['0 9 10 14 16', '0 10 14 16 21', '4 10 12 14 21', '10 12 14 16 21', '10 14 16 21 24']],
  [['69'], ['0 7 9 14 16', '0 7 14 16 21', '4 7 12 14 21', '7 12 14 16 21']],
  [['add9'], ['0 7 12 14 16', '0 7 14 16 19', '4 12 14 16 19', '4 12 14 19 24', '7 12 14 19 28']],
  [['+', 'aug'], ['0 4 8 12 16', '0 8 12 16 20', '4 8 12 16 20', '4 12 16 20 24', '8 12 16 20 24', '8 16 20 24 28']],
  [['o'], ['0 6 12 15 18', '3 12 15 18 24', '6 12 15 18 24']],
  [['h'], ['3 6 10 12 15', '12 18 22 27 30', '3 10 12 15 18', '3 10 12 18 22', '6 10 12 15 22', '6 12 15 18 22', '10 15 18 22 24', '6 12 15 22 27']],
  [['sus'], ['0 5 7 12', '0 5 7 12 17', '7 12 17 19', '7 12 17 19 24']],
  [['^', '', 'M'], ['0 7 12 16', '0 7 12 16 19', '4 7 12 16 19', '4 12 16 19 24', '7 12 16 19 24']],
  [['-', 'm'], ['0 3 7 12 15', '0 7 12 15 19', '3 7 12 15 19', '7 12 15 19 24']],
  [['^7', 'M7'], ['0 7 11 16 19', '0 16 19 23', '4 12 16 19 23', '7 12 16 19 23', '7 12 16 23 28']],
  [['-7', 'm7'], ['0 3 7 10 15', '0 7 10 15 19', '3 10 12 15 19', '3 10 12 15 22', '7 10 12 15 22', '10 15 19 22 24', '7 12 15 22 27', '10 15 19 24 27']],
  [['7sus'], ['0 7 10 12 17', '7 12 17 19 22', '10 12 17 19 22', '10 17 19 22 29']],
  [['h7'], ['3 6 10 12 15', '12 18 22 27 30', '12 22 27 30', '3 10 12 15 18', '3 10 12 18 22', '6 10 12 15 22', '6 12 15 18 22', '10 15 18 22 24', '6 12 15 22 27']],
  [['o7'], ['0 9 12 15 18', '0 9 15 18 21', '3 12 15 18 21', '3 12 18 21 24', '6 15 18 21 24', '6 15 21 24 27', '9 18 21 24 27', '9 18 24 27 30']],
  [['^9', 'M9'], ['0 7 11 14 16', '0 11 14 16 19', '4 11 12 14 19', '4 11 12 19 26', '7 12 16 23 26', '11 12 16 19 26']],
  [['^13', 'M13'], ['0 9 11 14 16', '0 11 14 16 21', '4 11 12 14 21', '4 11 12 21 26', '11 12 16 21 26']],
  [['^7#11', 'M7#11'], ['0 7 11 16 18', '4 11 12 16 18', '0 11 16 18 23', '4 11 12 18 23', '7 12 16 18 23']],
  [['^9#11', 'M9#11'], ['0 4 6 11 14', '0 11 14 16 18', '4 11 12 14 18', '4 12 14 18 23']],
  [['^7#5', 'M7#5'], ['0 8 11 16 20', '4 11 12 16 20', '8 11 12 16 20']],
  [['-6', 'm6'], ['0 3 7 9 12', '0 7 9 12 15', '3 7 9 12 15', '0 7 12 15 21', '3 7 12 15 21', '7 12 15 19 21', '7 12 15 21 24']],
  [['-69', 'm69'], ['0 3 7 9 14', '3 7 9 12 14', '3 9 14 15 19', '0 7 14 15 21', '3 7 12 14 21', '7 12 14 15 21', '7 12 15 21 26']],
  [['-^7', 'm^7', '-M7'], ['0 3 7 11 15', '0 7 11 15 19', '3 11 12 15 19', '7 11 12 15 23', '7 12 15 23 27']],
  [['-^9', 'm^9', '-M9'], ['0 3 7 11 14', '0 11 14 15 19', '3 11 12 14 19', '7 12 14 15 23']],
  [['-9', 'm9'], ['0 3 7 10 14', '3 7 10 12 14', '3 10 12 14 19', '7 12 14 15 22', '3 10 14 19 24', '10 15 19 24 26']],
  [['-add9', 'madd9'], ['0 2 3 7 12', '0 3 7 14', '3 7 12 14 19', '7 12 14 15 19']],
  [['-11', 'm11'], ['0 3 10 14 17', '3 10 12 14 17', '0 5 10 15 19', '7 12 17 22', '3 10 14 17 24', '7 12 17 22 26', '10 15 19 24 29']],
  [['-7b5', 'm7b5'], ['3 6 10 12 15', '12 22 27 30', '12 18 22 27 30', '3 10 12 15 18', '3 10 12 18 22', '6 10 12 15 22', '6 12 15 18 22', '10 15 18 22 24', '6 12 15 22 27']],
  [['h9'], ['0 10 14 15 18', '3 10 12 14 18', '6 12 14 15 22', '10 15 18 24 26']],
  [['-b6', 'mb6'], ['0 7 8 12 15', '0 7 12 15 20', '3 7 12 15 20', '7 12 15 20', '7 12 15 20 24']],
  [['-#5', 'm#5'], ['0 8 12 15 20', '3 8 12 15 20', '8 12 15 20 24']],
  [['7b9'], ['0 4 10 13 16', '4 10 12 13 16', '4 10 12 13 22', '10 13 16 22 24']],
  [['7#9'], ['0 4 10 15', '4 10 12 15 22', '10 15 16 22 24']],
  [['7#11', '7b5'], ['0 4 10 16 18', '4 10 12 16 18', '10 16 18 22 24']],
  [['7#5', '7b13'], ['0 4 10 16 20', '4 10 12 16 20', '4 10 12 20 22', '10 16 20 22 24']],
  [['9#11', '9b5'], ['0 10 14 16 18', '4 10 12 14 18', '10 16 18 24 26']],
  [['9#5'], ['0 10 14 16 20', '4 10 14 16 20', '4 10 14 20 22', '10 16 20 22 26', '10 16 20 26 28']],
  [['7#9#5'], ['0 4 10 15 20', '4 10 15 20 24', '10 16 20 24 27']],
  [['7#9b5', '7#9#11'], ['0 4 10 15 18', '4 10 15 18 24', '10 16 18 24 27']],
  [['7b9#11', '7b9b5'], ['0 10 13 16 18', '4 10 12 13 18', '10 12 16 18 25']],
  [['7b9#5', '7b9b13'], ['0 10 13 16 20', '4 10 12 13 20', '10 13 16 20 24']],
  [['7b9#9'], ['0 4 10 13 15', '4 10 12 13 15', '10 12 16 25 27']],
  [['7alt'], ['4 10 12 13 18', '12 22 27 28 32', '4 10 12 15 20', '4 10 13 18 24', '4 10 15 20 24', '10 16 18 24 27', '10 16 20 24 27']],
  [['13#11'], ['0 9 10 16 18', '4 10 14 18 21', '10 16 18 21 26']],
  [['13b9'], ['0 4 9 10 13', '0 9 10 13 16', '4 10 13 16 21', '4 10 16 21 25', '10 16 21 25 28']],
  [['13#9'], ['0 4 9 10 15', '4 10 12 15 21', '10 16 21 22 27']],
  [['7b9sus'], ['0 7 10 13 17', '7 10 12 13 17', '10 12 17 22 25']],
  [['7susadd3'], ['0 5 7 10 16', '7 12 16 17 22', '10 17 19 24 28']],
  [['13sus'], ['0 5 9 10 14', '0 10 14 17 21', '7 10 14 17 21', '10 14 17 21 24']],
  [['7b13sus'], ['0 7 10 17 20', '7 10 12 17 20', '10 17 20 22 24']],
];

// Rootless left-hand voicings: the A form (third at the bottom) and the B form (seventh at the
// bottom). As in Strudel, the 6/9 and the 7#11 have a minor seventh where the sixth or thirteenth
// would be (6A, 13A), 7b13 is voiced as 7b9, and these symbols have no aliases.
const LEFTHAND: Rows = [
  [['m7'], ['3m 5P 7m 9M', '7m 9M 10m 12P']],
  [['7'], ['3M 6M 7m 9M', '7m 9M 10M 13M']],
  [['^7'], ['3M 5P 7M 9M', '7M 9M 10M 12P']],
  [['69'], ['3M 5P 6A 9M']],
  [['m7b5'], ['3m 5d 7m 8P', '7m 8P 10m 12d']],
  [['7b9', '7b13'], ['3M 6m 7m 9m', '7m 9m 10M 13m']],
  [['o7'], ['1P 3m 5d 6M', '5d 6M 8P 10m']],
  [['7#11'], ['7m 9M 11A 13A']],
  [['7#9'], ['3M 7m 9A']],
  [['mM7'], ['3m 5P 7M 9M', '7M 9M 10m 12P']],
  [['m6'], ['3m 5P 6M 9M', '6M 9M 10m 12P']],
];

// Root position, first and second inversion (as in Strudel, the augmented triad has a minor third).
const TRIADS: Rows = [
  [['', 'M'], ['1P 3M 5P', '3M 5P 8P', '5P 8P 10M']],
  [['m'], ['1P 3m 5P', '3m 5P 8P', '5P 8P 10m']],
  [['o'], ['1P 3m 5d', '3m 5d 8P', '5d 8P 10m']],
  [['aug'], ['1P 3m 5A', '3m 5A 8P', '5A 8P 10m']],
];

// The third and the seventh (the sixth in sixth chords), either way up (the 6/9 only from the third).
const GUIDETONES: Rows = [
  [['7', '7b9', '7#9', '7b13', '7#11'], ['3M 7m', '7m 10M']],
  [['^7', '^9'], ['3M 7M', '7M 10M']],
  [['m7', 'm9', 'm7b5'], ['3m 7m', '7m 10m']],
  [['mM7'], ['3m 7M', '7M 10m']],
  [['6'], ['3M 6M', '6M 10M']],
  [['69'], ['3M 6M']],
  [['m6', 'o7'], ['3m 6M', '6M 10m']],
];

/**
 * Reads a voicing written as semitones or intervals above the root, separated by spaces
 * (`"0 4 7"`, `"3M 5P 7M 9M"`) or as a list of them, or undefined when a part is neither.
 */
export function parseVoicing(text: string | readonly (string | number)[]): Voicing | undefined {
  const parts = typeof text === 'string' ? text.trim().split(/\s+/) : text.map(String);
  const intervals = parts.map((part) => (/^-?\d+$/.test(part) ? intervalFromSemitones(Number(part)) : parseInterval(part)));
  return intervals.length > 0 && intervals.every((interval): interval is Interval => interval !== undefined) ? intervals : undefined;
}

function toDictionary(rows: Rows): VoicingDictionary {
  const entries: [string, Voicing[]][] = [];
  for (const [symbols, voicings] of rows) {
    const parsed = voicings.map((voicing) => parseVoicing(voicing) ?? []);
    for (const symbol of symbols) entries.push([symbol, parsed]);
  }
  return new Map(entries);
}

/** The iReal-style dictionary that {@link voicing} uses unless `dict` names another. */
export const IREAL_VOICINGS: VoicingDictionary = toDictionary(IREAL);

/** Rootless left-hand jazz piano voicings (`dict('lefthand')`). */
export const LEFTHAND_VOICINGS: VoicingDictionary = toDictionary(LEFTHAND);

/** Major, minor, diminished and augmented triads (`dict('triads')`). */
export const TRIAD_VOICINGS: VoicingDictionary = toDictionary(TRIADS);

/** The triads and the left-hand voicings together (`dict('legacy')`). */
export const LEGACY_VOICINGS: VoicingDictionary = new Map([...TRIAD_VOICINGS, ...LEFTHAND_VOICINGS]);

/** The built-in voicing dictionaries by name. */
export const VOICING_DICTIONARIES: ReadonlyMap<string, VoicingDictionary> = new Map([
  ['ireal', IREAL_VOICINGS],
  ['lefthand', LEFTHAND_VOICINGS],
  ['triads', TRIAD_VOICINGS],
  ['guidetones', toDictionary(GUIDETONES)],
  ['legacy', LEGACY_VOICINGS],
]);
