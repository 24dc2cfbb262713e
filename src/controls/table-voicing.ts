/**
 * The controls that `voicing` reads: the chord, the voicing dictionary, the anchor note, the
 * placement mode, an offset through the voicings and the octaves between repeated voicings.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const VOICING_CONTROLS = {
  chord: {
    kind: 'string', engine: 'pattern',
    doc: 'The chord to voice: a root and a chord symbol, `"C"`, `"Am7"`, `"F#-7"`, `"Bb^7"`.',
    example: 'chord("<C^7 Am7 Dm7 G7>").voicing()',
  },
  dictionary: {
    kind: 'dictionary', aliases: ['dict'], engine: 'pattern',
    doc: 'The voicing dictionary to take voicings from: `ireal` (the default, unless `setDefaultVoicings` names another), `lefthand` (rootless jazz left-hand voicings), `legacy` (triads and left-hand voicings), `triads`, `guidetones`, one added with `addVoicings`, or a dictionary object such as `{ m7: [\'3m 5P 7m 9M\'] }`.',
    example: 'chord("<C^7 A7 Dm7 G7>").dictionary("lefthand").voicing()',
  },
  anchor: {
    kind: 'note', engine: 'pattern',
    doc: 'The note a voicing is aligned to (a note name or MIDI number): by default its top note is the highest it can be at or under the anchor, `c5` unless set.',
    example: 'anchor("<c4 g4 c5 g5>").chord("C").voicing()',
  },
  offset: {
    kind: 'number', engine: 'pattern',
    doc: 'Moves a voicing to the next (1, 2, ...) or previous (-1, ...) voicing of the dictionary.',
    example: 'chord("<Am C D F>").offset("<0 1 2 3>").voicing()',
  },
  octaves: {
    kind: 'number', engine: 'pattern',
    doc: 'How many octaves apart the repeats of a voicing are when `n` steps past its notes (1 by default).',
    example: 'n("0 1 2 3 4 5 6 7").chord("<Am C>").octaves("<1 2>").voicing()',
  },
  mode: {
    kind: 'string', spread: ['mode', 'anchor'], engine: 'pattern',
    doc: 'How a voicing is placed against its anchor: `below` (default), `above`, `duck` (below, without the anchor note) or `root` (root at the bottom). `"root:g2"` also sets the anchor.',
    example: 'mode("<below above duck root>").chord("C").voicing()',
  },
} as const satisfies ControlRows;
