/**
 * The visible suite: the programs of Strudel's documentation and workshop pages (the MiniRepl
 * tunes of website/src/pages, collected into docs-programs.json by
 * scripts/extract-strudel-docs.ts), evaluated by weft and by Strudel over 8 cycles (Strudel's
 * browser-only calls made inert on its side, as it runs headless). A program Strudel itself cannot run headless is
 * "invalid": reported, and left out of the rate. Each valid program on which weft does not give
 * identical events is listed with a reason in docs-exceptions.ts.
 *
 * `UPDATE_EXCEPTIONS=1 npx vitest run test/conformance/docs.test.ts` rewrites that list from this
 * run, keeping the reasons written by hand and refreshing the generated ones.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocsProgram, DocsPrograms } from '../../scripts/extract-strudel-docs.ts';
import { browserStubs } from '../oracle/examples.ts';
import { compareEvents, strudelRun, type OracleRun } from '../oracle/strudel.ts';
import { docsExceptions } from './docs-exceptions.ts';
import { namesWeftLacks } from './missing.ts';
import { causeOf, exceptionReason, formatReport, saveResults, writeExceptions, type ComparisonResult } from './report.ts';
import { weftRun } from './weft.ts';

const CYCLES = 8;
/**
 * The share of the programs Strudel runs headless that must give identical events: the rate
 * measured when the suite was added (406/420, 96.7%), rounded down to the whole percent.
 */
const REQUIRED_RATE = 0.98;

const docs = JSON.parse(readFileSync(new URL('./docs-programs.json', import.meta.url), 'utf8')) as DocsPrograms;
const programs = docs.programs;
// The browser-only globals weft's side gets as inert stand-ins (see weft.ts).
const stubbedNames = new Set([...Object.keys(browserStubs.globals ?? {}), 'slider']);
const results = new Map<string, ComparisonResult>();

function nameOf(program: DocsProgram): string {
  return `${program.page}#${program.index}`;
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

/** Strudel's run, rejected when Strudel itself cannot evaluate or query the program headless. */
async function oracleRun(code: string): Promise<OracleRun> {
  const run = await strudelRun(code, CYCLES, { stubs: browserStubs });
  const errors = run.logs.filter((line) => /\[query\] error/.test(line));
  if (errors.length > 0) throw new Error(errors.join('; '));
  return run;
}

/** null when weft agrees with Strudel on the program (events, and cps when the code sets it). */
function difference(code: string, theirs: OracleRun): string | null {
  const ours = weftRun(code, CYCLES, { stubs: browserStubs });
  if (/(?<![\w$])set[cC]p[sSmM]\(/.test(code) && Math.abs(ours.cps - theirs.cps) > 1e-9) {
    return `cps differs: weft ${ours.cps}, Strudel ${theirs.cps}`;
  }
  const events = compareEvents(ours.events, theirs.events);
  return events === null ? null : `weft (a) vs Strudel (b): ${events}`;
}

async function compare(program: DocsProgram): Promise<ComparisonResult> {
  const result: ComparisonResult = {
    name: nameOf(program),
    feature: program.page,
    code: program.code,
    outcome: 'pass',
    lacking: namesWeftLacks(program.code, stubbedNames),
  };
  let theirs: OracleRun;
  try {
    theirs = await oracleRun(program.code);
  } catch (error) {
    return { ...result, outcome: 'invalid', message: `Strudel itself fails headless: ${message(error)}` };
  }
  try {
    const problem = difference(program.code, theirs);
    return problem === null ? result : { ...result, outcome: 'fail', message: problem };
  } catch (error) {
    return { ...result, outcome: 'fail', message: message(error) };
  }
}

/** A reason for a program that is not identical, for docs-exceptions.ts. */
function reasonFor(result: ComparisonResult): string {
  return exceptionReason(result);
}

/** The outcomes per folder of pages (`learn`, `workshop`, `de/workshop`...), and the invalid ones by cause. */
function folderSummary(all: readonly ComparisonResult[]): string {
  const folders = new Map<string, ComparisonResult[]>();
  for (const result of all) {
    const folder = result.feature.slice(0, result.feature.lastIndexOf('/'));
    folders.set(folder, [...(folders.get(folder) ?? []), result]);
  }
  const lines = ['per folder (programs: pass / fail / invalid in Strudel):'];
  for (const [folder, list] of [...folders].sort()) {
    const count = (outcome: string) => list.filter((result) => result.outcome === outcome).length;
    lines.push(`  ${folder}: ${list.length}: ${count('pass')} / ${count('fail')} / ${count('invalid')}`);
  }
  const invalid = all.filter((result) => result.outcome === 'invalid');
  if (invalid.length > 0) {
    lines.push('', 'invalid in Strudel (left out of the rate):');
    for (const result of invalid) lines.push(`  ${result.name}: ${(result.message ?? '').split('\n')[0]}`);
  }
  return lines.join('\n');
}

afterAll(() => {
  const all = [...results.values()];
  saveResults('docs', all);
  console.log(`${formatReport(`Strudel's documentation pages (${docs.source.repo}@${docs.source.revision.slice(0, 12)})`, all)}\n${folderSummary(all)}\n`);
  if (process.env.UPDATE_EXCEPTIONS) {
    writeExceptions(
      {
        url: new URL('./docs-exceptions.ts', import.meta.url),
        name: 'docsExceptions',
        doc: [
          "The programs of Strudel's documentation pages (docs-programs.json) on which weft does not (yet)",
          'give identical events, each with the reason; programs Strudel itself cannot run headless are',
          'not listed (docs.test.ts reports them). docs.test.ts fails for a non-identical program missing',
          'here and for an entry that has become identical. Reasons written by hand are kept by',
          '`UPDATE_EXCEPTIONS=1 npx vitest run test/conformance/docs.test.ts`; the generated ones are',
          'refreshed: "not yet implemented: X" (X read from the code: `name` a function, `.name` a pattern',
          'method) and "events differ ...".',
        ],
        current: docsExceptions,
        reason: reasonFor,
      },
      all.filter((result) => result.outcome === 'fail'),
    );
  }
});

describe("the programs of Strudel's documentation pages in weft", () => {
  it('has the programs of the pages', () => {
    expect(programs.length).toBeGreaterThan(400);
    expect(new Set(programs.map(nameOf)).size).toBe(programs.length);
  });

  for (const program of programs) {
    const name = nameOf(program);
    it(name, async (context) => {
      const result = await compare(program);
      results.set(name, result);
      const exception = docsExceptions[name];
      if (result.outcome === 'pass') {
        expect(exception, 'identical now: remove it from docs-exceptions.ts').toBeUndefined();
        return;
      }
      if (result.outcome === 'invalid') {
        expect(exception, 'Strudel itself fails on it headless now: remove it from docs-exceptions.ts').toBeUndefined();
        context.skip(result.message);
        return;
      }
      if (exception !== undefined) {
        context.skip(`listed in docs-exceptions.ts: ${exception}`);
        return;
      }
      expect.fail(`${program.code}\n${result.message ?? ''}\n(not in docs-exceptions.ts; suggested reason: ${reasonFor(result)})`);
    });
  }

  it(`gives identical events for at least ${REQUIRED_RATE * 100}% of the programs Strudel runs headless`, () => {
    const valid = [...results.values()].filter(({ outcome }) => outcome !== 'invalid');
    const identical = valid.filter(({ outcome }) => outcome === 'pass').length;
    const rate = identical / valid.length;
    console.log(`docs: ${identical}/${valid.length} valid programs identical (${(100 * rate).toFixed(1)}%)`);
    expect(rate, `${identical}/${valid.length} identical`).toBeGreaterThanOrEqual(REQUIRED_RATE);
  });

  it('lists only programs that exist', () => {
    const names = new Set(programs.map(nameOf));
    expect(Object.keys(docsExceptions).filter((name) => !names.has(name))).toEqual([]);
  });
});
