/**
 * The one list of exceptions for the TSDoc examples test (examples.test.ts), each with its reason.
 * The test fails for an entry listed here that no longer needs to be.
 */

/** DSL names that have no `@example` (none: every DSL function and control has one). */
export const withoutExample: Readonly<Record<string, string>> = {};

/** Examples (`name#index`) that give no events in 4 cycles, by design. */
export const silentExamples: Readonly<Record<string, string>> = {};

/** Examples (`name#index`) that give events other than Strudel's for a function Strudel also has. */
export const oracleDifferences: Readonly<Record<string, string>> = {
  'loopAt#0': "weft's loopAt writes Tidal's speed 1/factor where Strudel writes cps/factor (see test/conformance/differences.ts)",
  'loopAtCps#0': "as loopAt: speed 1/factor, the cps argument changes nothing in weft (see test/conformance/differences.ts)",
  'degradeByWith#0':
    'Strudel gives no events for it (its registered degradeByWith patternifies the random-stream argument too); ' +
    "weft uses the pattern as the random stream, as Tidal's degradeByWith does (to confirm by the owner of random.ts)",
  'withSeed#0': 'Strudel has withSeed only as a free function, not as a pattern method: the example does not run there',
  'compressSpan#0': 'Strudel has no `span` function in performer code (ReferenceError): the example does not run there',
  'focusSpan#0': 'Strudel has no `span` function in performer code (ReferenceError): the example does not run there',
  'control#0':
    "Strudel's `control` is a control of its own (a MIDI control change, taking [ccn, ccv]), not a maker of control functions: " +
    'the example does not run there',
  'pickmodF#0': 'Strudel gives no events for this example while pickF with the same arguments plays (to investigate by the owner of pick.ts)',
};
