/**
 * The one list of exceptions for the TSDoc examples test (examples.test.ts), each with its reason.
 * The test fails for an entry listed here that no longer needs to be.
 */

const PLUMBING =
  'plumbing for writing DSL functions in TypeScript (joins, binds, query and hap transforms, argument lifting); ' +
  'exported from src/pattern and so in dslScope, but not performer vocabulary: no performer example';
const THEORY_HELPER = 'a music-theory helper on plain values (no pattern), used by the DSL; no performer example';

/** DSL names that have no `@example`. */
export const withoutExample: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'appBoth', 'appLeft', 'appRight', 'bind', 'innerBind', 'outerBind', 'squeezeBind', 'join', 'innerJoin', 'outerJoin',
      'squeezeJoin', 'resetJoin', 'restartJoin', 'stepJoin', 'fmap', 'filterHaps', 'filterOnsets', 'filterValues',
      'splitQueries', 'withHapSpan', 'withHapTime', 'withHaps', 'withLocation', 'withQuerySpan', 'withQueryTime',
      'compressSpan', 'focusSpan', 'reify', 'isPatterned', 'patternify', 'patternify2', 'withArg', 'bindOperator',
      'combineWith', 'combineContexts', 'control', 'controlPattern', 'controlsOf', 'setControl', 'setControlsWith',
      'spreadKeys', 'lookupPattern', 'rational', 'span',
    ].map((name) => [name, PLUMBING]),
  ),
  ...Object.fromEntries(
    [
      'collect', 'findScaleType', 'intervalFromSemitones', 'isNoteName', 'nearestScaleNote', 'parseChord', 'parseInterval',
      'parsePitch', 'parseScale', 'pitchChroma', 'pitchName', 'pitchToMidi', 'renderVoicing', 'scaleDegree',
      'scaleTypeNames', 'transposePitch',
    ].map((name) => [name, THEORY_HELPER]),
  ),
};

/** Examples (`name#index`) that give no events in 4 cycles, by design. */
export const silentExamples: Readonly<Record<string, string>> = {};

/** Examples (`name#index`) that give events other than Strudel's for a function Strudel also has. */
export const oracleDifferences: Readonly<Record<string, string>> = {
  'degradeByWith#0':
    'Strudel gives no events for it (its registered degradeByWith patternifies the random-stream argument too); ' +
    "weft uses the pattern as the random stream, as Tidal's degradeByWith does (to confirm by the owner of random.ts)",
  'withSeed#0': 'Strudel has withSeed only as a free function, not as a pattern method: the example does not run there',
  'pickmodF#0': 'Strudel gives no events for this example while pickF with the same arguments plays (to investigate by the owner of pick.ts)',
};
