/**
 * The conformance cases: performer code, grouped by feature, that weft must evaluate to the same
 * events as Strudel. See conformance.test.ts for how they are compared and vocabulary.ts for the
 * words they must cover.
 */
import { MIN_CYCLES, type CaseGroup, type ConformanceCase } from './cases/case.ts';
import { combinationCases } from './cases/combinations.ts';
import { differenceCases } from './cases/differences.ts';
import { constructorCases, programCases } from './cases/constructors.ts';
import { controlCases, pieceCases } from './cases/controls.ts';
import { miniCases } from './cases/mini.ts';
import { randomCases } from './cases/random.ts';
import { samplingCases, theoryCases } from './cases/sound.ts';
import { conditionalCases, layeringCases, structureCases } from './cases/structure.ts';
import { timeCases } from './cases/time.ts';
import { voicingCases } from './cases/voicings.ts';
import { signalCases, valueCases } from './cases/values.ts';
import { itemsUsedBy, vocabulary } from './vocabulary.ts';

export { MIN_CYCLES, type CaseGroup, type ConformanceCase };

/** Every group of cases, in the order they run. */
export const caseGroups: readonly CaseGroup[] = [
  miniCases,
  constructorCases,
  programCases,
  timeCases,
  conditionalCases,
  layeringCases,
  structureCases,
  randomCases,
  valueCases,
  signalCases,
  samplingCases,
  theoryCases,
  voicingCases,
  controlCases,
  pieceCases,
  combinationCases,
  differenceCases,
];

/** A case with the feature of its group. */
export interface GroupedCase extends ConformanceCase {
  feature: string;
  /** How many cycles it is compared over. */
  cycles: number;
}

/** Every case, each with its group's feature and its cycle count filled in. */
export const allCases: readonly GroupedCase[] = caseGroups.flatMap(({ feature, cases }) =>
  cases.map((testCase) => ({ ...testCase, feature, cycles: testCase.cycles ?? MIN_CYCLES })),
);

/**
 * For each vocabulary item (see vocabulary.ts), the names of the cases that use it; an item no
 * case uses maps to an empty list.
 */
export function coverageMap(cases: readonly ConformanceCase[] = allCases): Map<string, string[]> {
  const coverage = new Map<string, string[]>(vocabulary.map(({ item }) => [item, []]));
  for (const { name, code } of cases) {
    for (const item of itemsUsedBy(code)) coverage.get(item)?.push(name);
  }
  return coverage;
}
