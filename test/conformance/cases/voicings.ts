import { conformance as c, played, type CaseGroup } from './case.ts';

// A dictionary of five-note voicings, wide enough that `voicings` has a choice to lead through.
const cookie = "addVoicings('cookie', { '7': ['3M 7m 9M 12P 15P'], '^7': ['3M 7M 9M 12P 14M'], 'm7': ['8P 11P 14m 15P 19P'] }, ['C3', 'C6'])";

/**
 * The voicing dictionaries beyond the default one, and the functions that add and set them. The
 * cases with `voicings()` are queried a cycle at a time, as they play: its voice leading follows
 * the order chords are queried in, and one query of several cycles gives Strudel's `<...>` steps
 * in another order (each step's cycles together).
 */
export const voicingCases: CaseGroup = {
  feature: 'voicings',
  cases: [
    c('left-hand voicings picked by n', `n("0 1 2 3").chord("<C^7 Dm7 G7 Am7>").dict('lefthand').voicing()`),
    c('left-hand voicings', `chord("<C^7 Dm7 G7 Am7 Cm6 F69 Bbm7b5 E7b9>").dict('lefthand').voicing()`),
    c('left-hand voicings of altered chords', `chord("<A7b13 Do7 G7#11 C7#9 FmM7 Bbm6 Eb^7 Ab7>").dict('lefthand').anchor("<c4 g4>").voicing()`),
    c('left-hand voicings with offset and mode', `chord("<C^7 A7 Dm7 G7>").dict('lefthand').offset("<0 1 -1>").mode("<below above duck root>").voicing()`, 12),
    c('legacy voicings', `chord("<C Am F G7 C^7 Dm7 Bo Eaug>").dict('legacy').voicing()`),
    c('triad voicings', `n("0 1 2").chord("<C Am F G>").dict('triads').mode("<below above>").voicing()`),
    c('guide tones', `chord("<Dm7 G7 C^7 A7b9 Dm6 G69 Cm9 F^9>").dict('guidetones').voicing()`),
    c('a dictionary given to dict', `chord("<Cm7 Fm7 Bb7 Eb^7>").dict({ m7: ['0 3 7 10', '3 7 10 12'], '7': ['0 4 10'], '^7': ['0 4 11'] }).voicing()`),
    played('voicings (the old method)', `"<C^7 A7 Dm7 G7>".voicings('lefthand').note()`),
    played('voicings into controls', `note("<C^7 A7 Dm7 G7>".voicings('lefthand')).s("piano").gain(0.8)`),
    played('voicings of legacy chords', `"<C Am F G C7 F^7 Dm7 G7>".voicings('legacy').note()`),
    played('voicings from a patterned dictionary', `"<C^7 A7 Dm7 G7>".voicings("<lefthand legacy>").note()`),
    played('voicings of faster chords', `"<[C^7 A7] [Dm7 G7]*2 C^7@3 Dm7>".voicings('lefthand').note()`, 12),
    played('setVoicingRange', `setVoicingRange('lefthand', ['C3', 'C5'])\n"<C^7 A7 Dm7 G7 C^7 F^7 Bb7 Eb^7>".voicings('lefthand').note()`),
    played('setVoicingRange of triads', `setVoicingRange('triads', ['c4', 'c5'])\n"<C F G Am Dm Em Bo C>".voicings('triads').note()`),
    played('voicings in a stack lead from each other', `setVoicingRange('lefthand', ['C3', 'C5'])\nstack("<G7 C^7>".voicings('lefthand'), "<C^7 G7>".voicings('lefthand')).note()`),
    c('addVoicings', `addVoicings('house', { '': ['7 12 16', '0 7 16', '4 7 12'], m: ['0 3 7'] })\nchord("<Am C D F Am E Am E>").dict('house').anchor(66).voicing()`),
    played('addVoicings with a range', `${cookie}\n"<C^7 A7 Dm7 G7>".voicings('cookie').note()`),
    c('addVoicings with interval names', `${cookie}\nn("0 2 4").chord("<C^7 A7 Dm7 G7>").dict('cookie').voicing()`),
    c('setDefaultVoicings', `setDefaultVoicings('lefthand')\nn("0 1 2 3").chord("<C^7 A7 Dm7 G7>").voicing()`),
    c('setDefaultVoicings to an added dictionary', `addVoicings('shells', { '^7': ['1P 3M 7M'], '7': ['1P 3M 7m', '1P 7m 10M'], m7: ['1P 3m 7m', '1P 7m 10m'] })\nsetDefaultVoicings('shells')\nchord("<C^7 A7 Dm7 G7>").voicing()`),
  ],
};
