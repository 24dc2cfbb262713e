/**
 * The controls that {@link voicing} reads: the chord to voice, the voicing dictionary, the anchor
 * note the voicing is placed against, the placement mode, an offset through the dictionary's
 * voicings, and how many octaves apart `n` steps through repeated voicings. See `CONTROL_TABLE`
 * (src/controls/table.ts) for keys and aliases.
 */
import { control } from './controls.ts';

/**
 * The chord to voice: a root and a chord symbol, `"C"`, `"Am7"`, `"F#-7"`, `"Bb^7"`.
 * @example
 * chord("<C^7 Am7 Dm7 G7>").voicing()
 */
export const chord = control('chord');
/**
 * The voicing dictionary to take voicings from; `"ireal"` (the default) is the one built in.
 * @example
 * chord("<Am C D F>").dictionary("ireal").voicing()
 */
export const dictionary = control('dictionary');
/**
 * Alias of {@link dictionary}.
 * @example
 * chord("<Am C D F>").dict("ireal").anchor(66).voicing()
 */
export const dict = control('dictionary');
/**
 * The note a voicing is aligned to (a note name or MIDI number): by default its top note is the
 * highest it can be at or under the anchor, `c5` unless set.
 * @example
 * anchor("<c4 g4 c5 g5>").chord("C").voicing()
 */
export const anchor = control('anchor');
/**
 * Moves a voicing to the next (1, 2, ...) or previous (-1, ...) voicing of the dictionary.
 * @example
 * chord("<Am C D F>").offset("<0 1 2 3>").voicing()
 */
export const offset = control('offset');
/**
 * How many octaves apart the repeats of a voicing are when `n` steps past its notes (1 by default).
 * @example
 * n("0 1 2 3 4 5 6 7").chord("<Am C>").octaves("<1 2>").voicing()
 */
export const octaves = control('octaves');
/**
 * How a voicing is placed against its anchor: `below` (default), `above`, `duck` (below, without
 * the anchor note) or `root` (root at the bottom). `"root:g2"` also sets the anchor.
 * @example
 * mode("<below above duck root>").chord("C").voicing()
 */
export const mode = control('mode');
