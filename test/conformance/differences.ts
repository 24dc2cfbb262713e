/**
 * The one place that lists where weft deliberately differs from Strudel on a conformance case,
 * each with its reason. conformance.test.ts compares such a case against the documented
 * expectation instead of Strudel's output, or skips it and shows the reason.
 */

/** How a case is judged when weft deliberately differs from Strudel. */
export interface DeliberateDifference {
  /** Why weft differs: e.g. a Strudel bug, with what Strudel does and what weft does instead. */
  reason: string;
  /**
   * Strudel code whose events weft's events must equal instead of the case's own (e.g. the
   * case written without the construct Strudel gets wrong). Without it, the case is skipped.
   */
  expectedCode?: string;
}

/** Deliberate differences, by case name (see cases.ts). */
export const differences: Readonly<Record<string, DeliberateDifference>> = {
  'single-quoted string as mini-notation': {
    reason:
      "weft reads any string given where a pattern is expected as mini-notation, so note('c [e g]') plays " +
      'three notes; Strudel turns only double-quoted and backtick strings into patterns and plays one ' +
      'note named "c [e g]". Single-quoted strings still stay plain strings in weft\'s code (samples URLs, keys).',
    expectedCode: 'note("c [e g]")',
  },
  'single-quoted string given to sequence': {
    reason: "as above: sequence('a b', \"c\") is sequence(\"a b\", \"c\") in weft",
    expectedCode: 'sequence("a b", "c")',
  },
  'negative fast reverses': {
    reason: "fast by a negative factor plays the pattern reversed, as in Tidal; Strudel gives silence",
    expectedCode: 's("bd sd hh").rev()',
  },
  'negative mini-notation factor reverses': {
    reason:
      'mini-notation\'s "*" means what fast means, a negative factor included: the pattern plays reversed, as ' +
      's("bd sd hh").fast(-1) does (and as in Tidal); Strudel gives silence',
    expectedCode: 's("bd sd hh").rev()',
  },
  'negative mini-notation divisor reverses': {
    reason: 'as for "*": "/" means what slow means, and a negative divisor plays the pattern reversed; Strudel gives silence',
    expectedCode: 's("bd sd hh").slow(2).rev()',
  },
  'negative slow reverses': {
    reason: 'slow by a negative factor is fast by its inverse, reversed, as in Tidal; Strudel gives silence',
    expectedCode: 's("bd sd hh").slow(2).rev()',
  },
  'every before cycle zero': {
    reason:
      'every/firstOf/lastOf/palindrome count negative cycles as Tidal does (cycle mod n, floored); Strudel ' +
      "uses JavaScript's %, so cycles before 0 lose their events and a pattern shifted later starts with " +
      'a gap. Strudel code cannot express the expected events, so the case is skipped.',
  },
  'loopAt': {
    reason:
      "loopAt sets Tidal's speed 1/factor with unit \"c\", so a sample lasts factor cycles in weft's engine, which " +
      "stretches unit \"c\" at each event's tempo (as fit and splice already assume, in Strudel too); Strudel's " +
      'loopAt writes cps/factor, counting the tempo twice',
    expectedCode: 's("break").speed(0.5).unit("c").slow(2)',
  },
  'loopAt then chop': {
    reason: 'as for loopAt: speed 1/factor',
    expectedCode: 's("break").speed(0.5).unit("c").slow(2).chop(4)',
  },
  'breakbeat chopping': {
    reason: 'as for loopAt: speed 1/factor',
    expectedCode: 's("break").speed(0.5).unit("c").slow(2).chop(8).sometimesBy(0.3, x => x.speed(-1)).cut(1)',
  },
};
