/**
 * The external suite: every `@example` in Strudel's doc comments (read from node_modules at test
 * time), evaluated by weft and by Strudel over 4 cycles (Strudel's browser-only calls made inert
 * on its side, as it runs headless; weft's own visuals and outputs leave the events unchanged). At least 95% must give identical events; each one that does not is listed with a reason
 * in example-exceptions.ts.
 *
 * `UPDATE_EXCEPTIONS=1 npx vitest run test/conformance/examples.test.ts` rewrites that list from
 * this run, keeping the reasons written by hand and refreshing the "not yet implemented" ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { browserStubs, loadStrudelExamples, type StrudelExample } from '../oracle/examples.ts';
import { compareEvents, strudelRun, type OracleRun } from '../oracle/strudel.ts';
import { exampleExceptions } from './example-exceptions.ts';
import { namesWeftLacks } from './missing.ts';
import { exceptionReason, formatReport, saveResults, writeExceptions, type ComparisonResult } from './report.ts';
import { weftRun } from './weft.ts';

const CYCLES = 4;
const REQUIRED_RATE = 0.97;

const examples = await loadStrudelExamples();
// The browser-only globals weft's side gets as inert stand-ins (see weft.ts).
const stubbedNames = new Set([...Object.keys(browserStubs.globals ?? {}), 'slider']);
const results = new Map<string, ComparisonResult>();

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Strudel's run, rejected when Strudel itself cannot query the example headless. */
async function oracleRun(code: string): Promise<OracleRun> {
  const run = await strudelRun(code, CYCLES, { stubs: browserStubs });
  const errors = run.logs.filter((line) => /\[query\] error/.test(line));
  if (errors.length > 0) throw new Error(errors.join('; '));
  return run;
}

async function compare(example: StrudelExample): Promise<ComparisonResult> {
  const result: ComparisonResult = {
    name: example.name,
    feature: example.file,
    code: example.code,
    outcome: 'pass',
    lacking: namesWeftLacks(example.code, stubbedNames),
  };
  let theirs: OracleRun;
  try {
    theirs = await oracleRun(example.code);
  } catch (error) {
    return { ...result, outcome: 'invalid', message: `Strudel itself fails headless: ${message(error)}` };
  }
  try {
    const difference = compareEvents(weftRun(example.code, CYCLES, { stubs: browserStubs }).events, theirs.events);
    return difference === null ? result : { ...result, outcome: 'fail', message: `weft (a) vs Strudel (b): ${difference}` };
  } catch (error) {
    return { ...result, outcome: 'fail', message: message(error) };
  }
}

/** A reason for an example that is not identical, for example-exceptions.ts. */
function reasonFor(result: ComparisonResult): string {
  return exceptionReason(result);
}

afterAll(() => {
  const all = [...results.values()];
  saveResults('examples', all);
  console.log(formatReport("Strudel's @examples", all));
  if (process.env.UPDATE_EXCEPTIONS) {
    writeExceptions(
      {
        url: new URL('./example-exceptions.ts', import.meta.url),
        name: 'exampleExceptions',
        doc: [
          "Strudel's @examples on which weft does not (yet) give identical events, each with the reason.",
          'examples.test.ts fails for a non-identical example missing here and for an entry that has',
          'become identical. Reasons written by hand are kept by `UPDATE_EXCEPTIONS=1 npx vitest run',
          'test/conformance/examples.test.ts`; the generated ones are refreshed: "not yet implemented: X"',
          '(X read from the code: `name` a function, `.name` a pattern method),',
          '"Strudel itself fails headless ..." and "events differ ...".',
        ],
        current: exampleExceptions,
        reason: reasonFor,
        alsoGenerated: (reason) => reason.startsWith('visual only'),
      },
      all.filter((result) => result.outcome !== 'pass'),
    );
  }
});

describe("Strudel's @examples in weft", () => {
  it('finds the examples in the installed Strudel', () => {
    expect(examples.length).toBeGreaterThan(300);
  });

  for (const example of examples) {
    it(example.name, async (context) => {
      const result = await compare(example);
      results.set(example.name, result);
      const exception = exampleExceptions[example.name];
      if (result.outcome === 'pass') {
        expect(exception, 'identical now: remove it from example-exceptions.ts').toBeUndefined();
        return;
      }
      if (exception !== undefined) {
        context.skip(`listed in example-exceptions.ts: ${exception}`);
        return;
      }
      expect.fail(`${example.code}\n${result.message ?? ''}\n(not in example-exceptions.ts; suggested reason: ${reasonFor(result)})`);
    });
  }

  it(`gives identical events for at least ${REQUIRED_RATE * 100}% of the examples`, () => {
    const identical = [...results.values()].filter(({ outcome }) => outcome === 'pass').length;
    const rate = identical / examples.length;
    expect(rate, `${identical}/${examples.length} identical`).toBeGreaterThanOrEqual(REQUIRED_RATE);
  });

  it('lists only examples that exist', () => {
    const names = new Set(examples.map(({ name }) => name));
    expect(Object.keys(exampleExceptions).filter((name) => !names.has(name))).toEqual([]);
  });
});
