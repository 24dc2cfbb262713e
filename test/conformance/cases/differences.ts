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
    c('negative mini-notation factor reverses', 's("[bd sd hh]*-1")'),
    c('negative mini-notation divisor reverses', 's("[bd sd hh]/-2")'),
    c('negative slow reverses', 's("bd sd hh").slow(-2)'),
    c('every before cycle zero', 's("bd*4").every(2, fast(2)).late(0.25)'),
  ],
};
