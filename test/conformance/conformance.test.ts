/**
 * The conformance suite: every case in cases.ts evaluated by weft and by Strudel over its cycles,
 * with identical events expected (exact times, values within 1e-9), except where differences.ts
 * documents a deliberate difference.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { compareEvents, strudelRun, type OracleRun } from '../oracle/strudel.ts';
import { allCases, caseGroups, MIN_CYCLES, type GroupedCase } from './cases.ts';
import { differences } from './differences.ts';
import { formatReport, saveResults, type ComparisonResult } from './report.ts';
import { namesWeftLacks } from './missing.ts';
import { itemsUsedBy } from './vocabulary.ts';
import { weftRun } from './weft.ts';

const results: ComparisonResult[] = [];

afterAll(() => {
  saveResults('cases', results);
  console.log(formatReport('conformance cases', results));
});

/** Strudel's run of the case, rejected if the case is not sound Strudel code. */
async function oracleRun(code: string, cycles: number, window?: number): Promise<OracleRun> {
  const run = await strudelRun(code, cycles, window === undefined ? {} : { window });
  // Strudel reports query errors and warnings (arithmetic on a control pattern that it ignores,
  // an unknown chord) in its log instead of throwing: a case that causes any tests nothing.
  const complaints = run.logs.filter((line) => !/^\[eval\] code updated/.test(line));
  if (complaints.length > 0) throw new Error(`the case is not sound in Strudel: ${complaints.join('; ')}`);
  if (run.events.length === 0) throw new Error('the case gives no events in Strudel');
  return run;
}

/** null when weft agrees with Strudel on the case, else what differs. */
function difference(testCase: GroupedCase, theirs: OracleRun): string | null {
  const ours = weftRun(testCase.code, testCase.cycles, testCase.window === undefined ? {} : { window: testCase.window });
  if (/(?<![\w$])set[cC]p[sSmM]\(/.test(testCase.code) && ours.cps !== theirs.cps) {
    return `cps differs: weft ${ours.cps}, Strudel ${theirs.cps}`;
  }
  const events = compareEvents(ours.events, theirs.events);
  return events === null ? null : `weft (a) vs Strudel (b): ${events}`;
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
}

async function check(testCase: GroupedCase): Promise<void> {
  const deliberate = differences[testCase.name];
  const result: ComparisonResult = {
    name: testCase.name,
    feature: testCase.feature,
    code: testCase.code,
    outcome: 'pass',
    items: itemsUsedBy(testCase.code),
    lacking: namesWeftLacks(testCase.code),
  };
  results.push(result);
  let theirs: OracleRun;
  try {
    theirs = await oracleRun(deliberate?.expectedCode ?? testCase.code, testCase.cycles, testCase.window);
  } catch (error) {
    result.outcome = 'invalid';
    result.message = message(error);
    throw error;
  }
  let problem: string | null;
  try {
    problem = difference(testCase, theirs);
  } catch (error) {
    problem = message(error);
  }
  if (problem !== null) {
    result.outcome = 'fail';
    result.message = problem;
  }
  expect(problem, `${testCase.code}\n`).toBeNull();
}

describe('conformance with Strudel', () => {
  it('compares every case over at least 8 cycles', () => {
    expect(allCases.every(({ cycles }) => cycles >= MIN_CYCLES)).toBe(true);
  });

  it('lists deliberate differences only for cases that exist', () => {
    const names = new Set(allCases.map(({ name }) => name));
    expect(Object.keys(differences).filter((name) => !names.has(name))).toEqual([]);
  });

  for (const group of caseGroups) {
    describe(group.feature, () => {
      for (const testCase of allCases.filter(({ feature }) => feature === group.feature)) {
        const deliberate = differences[testCase.name];
        if (deliberate !== undefined && deliberate.expectedCode === undefined) {
          results.push({ name: testCase.name, feature: testCase.feature, code: testCase.code, outcome: 'skip', message: deliberate.reason });
          it.skip(`${testCase.name} (deliberate difference: ${deliberate.reason})`, () => undefined);
          continue;
        }
        const title = deliberate ? `${testCase.name} (as documented: ${deliberate.reason})` : testCase.name;
        it(title, () => check(testCase));
      }
    });
  }
});
