/**
 * The error weft throws for a performer's number it cannot play, and how such an error learns
 * where the number was written. Its own module so that the lowest layers (Rational time) can
 * throw it too.
 */

/** A performer's argument that weft cannot play: NaN, infinite, absurdly large, or meaningless. */
export class ArgumentError extends RangeError {
  override readonly name = 'ArgumentError';
  /**
   * Where in the performer's code the value came from, when the value came from a pattern (a
   * patterned argument, checked at query time): the argument hap's source locations. Absent for
   * a plain argument, which is checked when the function is called.
   */
  declare locations?: CodeRange[];
}

/**
 * Gives a weft argument error the source locations of the hap whose value it was about, unless
 * it has some already. Other errors pass through unchanged.
 */
export function locateError(error: unknown, locations: readonly CodeRange[]): unknown {
  if (error instanceof ArgumentError && !Object.hasOwn(error, 'locations') && locations.length > 0) {
    error.locations = locations.map((l) => ({ start: l.start, end: l.end }));
  }
  return error;
}

/**
 * A time that weft cannot keep exactly: beyond ±2⁵³ cycles, or not a finite number. Performer
 * numbers are checked before they become times, so this comes from factors and shifts that
 * multiply or add up (`.slow(1e9).slow(1e9)`, a patterned value used as a time): it is about
 * the whole pattern, not one place in the code, as a `BudgetError` is.
 */
export class TimeRangeError extends RangeError {
  override readonly name = 'TimeRangeError';

  constructor(what: string) {
    super(`${what}; look for large slow, fast or shift amounts multiplied or added together`);
  }
}import type { CodeRange } from '../controls/event.ts';

