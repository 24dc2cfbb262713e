import { conformance as c, type CaseGroup } from './case.ts';

/**
 * Cases where weft deliberately gives other events than Strudel; each is listed with its reason
 * in differences.ts, and judged against the expectation written there.
 */
export const differenceCases: CaseGroup = {
  feature: 'deliberate differences',
  cases: [
    c('single-quoted string as mini-notation', "note('c [e g]')"),
    c('single-quoted string given to sequence', "sequence('a b', \"c\")"),
    c('negative fast reverses', 's("bd sd hh").fast(-1)'),
    c('every before cycle zero', 's("bd*4").every(2, fast(2)).late(0.25)'),
  ],
};
