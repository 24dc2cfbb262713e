/**
 * The programs of Strudel's documentation pages (docs-programs.json) on which weft does not (yet)
 * give identical events, each with the reason; programs Strudel itself cannot run headless are
 * not listed (docs.test.ts reports them). docs.test.ts fails for a non-identical program missing
 * here and for an entry that has become identical. Reasons written by hand are kept by
 * `UPDATE_EXCEPTIONS=1 npx vitest run test/conformance/docs.test.ts`; the generated ones are
 * refreshed: "not yet implemented: X" (X read from the code: `name` a function, `.name` a pattern
 * method) and "events differ ...".
 */
export const docsExceptions: Readonly<Record<string, string>> = {
  "learn/input-output#0": "weft's .midi(port) puts the port on the events (midiport, as the control of that name would); Strudel keeps it beside them: the same events otherwise",
  "learn/input-output#1": "weft's .midi(port) puts the port on the events (midiport, as the control of that name would); Strudel keeps it beside them: the same events otherwise",
  "learn/input-output#2": "weft's .midi(port) puts the port on the events (midiport, as the control of that name would); Strudel keeps it beside them: the same events otherwise",
  "recipes/rhythms#7": ".jux(id, rev, f) with three functions: Strudel sequences the arguments of a one-argument method (jux(seq(id, rev, f)), as x.fast(1, 2) is x.fast(\"1 2\")); weft uses the first argument only",
  "technical-manual/patterns#0": "prints pattern.queryArc(0, 1) with each hap's show(): weft's haps have no show() (the program plays silence in both)",
};
