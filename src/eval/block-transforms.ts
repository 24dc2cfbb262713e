/**
 * `all(f)` and `each(f)` in performer code, as in Strudel: functions of a pattern that apply to
 * everything the code plays. The calls only record their function while the code runs; the
 * evaluator applies them once it has run, to every block (muted ones too) or, with no block, to
 * the pattern of the last expression: first the `each` functions, then the `all` ones, each in
 * the order of the calls.
 *
 * weft plays each block apart (so that one can change, mute or fail alone), so `all` applies to
 * each block rather than to their stack: the same events for every function that treats events
 * one by one or by time (effects, `fast`, `rev`, `every`, `sometimes`, `ply`, `struct`...).
 */
import type { CodeRange } from '../controls/event.ts';
import { Pattern } from '../pattern/pattern.ts';
import { describe } from './messages.ts';

/** Which of the two a call was. */
type Kind = 'all' | 'each';

interface Recorded {
  readonly kind: Kind;
  readonly transform: (pattern: Pattern<unknown>) => unknown;
  /** Where the call is in the code, if it could be placed. */
  readonly place: CodeRange | undefined;
}

/** The `all` and `each` calls of one evaluation. */
export class BlockTransforms {
  private readonly recorded: Recorded[] = [];

  /** `where` gives the place in the code of the call being made (a stack taken inside it). */
  constructor(private readonly where: () => CodeRange | undefined) {}

  /** The two functions as performer code sees them. */
  functions(): [all: (transform: unknown) => void, each: (transform: unknown) => void] {
    return [(transform) => this.record('all', transform), (transform) => this.record('each', transform)];
  }

  /** True when the code called neither. */
  get empty(): boolean {
    return this.recorded.length === 0;
  }

  /**
   * `pattern` with the recorded functions applied; throws a located `TypeError` when one of them
   * gives something other than a pattern (its own errors propagate as they are).
   */
  apply(pattern: Pattern<unknown>): Pattern<unknown> {
    let result = pattern;
    for (const kind of ['each', 'all'] as const) {
      for (const r of this.recorded) {
        if (r.kind !== kind) continue;
        const next = r.transform(result);
        if (!(next instanceof Pattern)) {
          const error = new TypeError(`${kind}(...) needs a function that returns a pattern, such as ${kind}(x => x.room(0.3)); this one returned ${describe(next)}`);
          if (r.place !== undefined) Object.assign(error, { locations: [r.place] });
          throw error;
        }
        result = next;
      }
    }
    return result;
  }

  private record(kind: Kind, transform: unknown): void {
    if (typeof transform !== 'function') throw new TypeError(`${kind}(...) needs a function of a pattern, such as ${kind}(x => x.room(0.3)), not ${describe(transform)}`);
    // A function value from performer code: called with a pattern, its result checked in `apply`.
    const call = transform as (pattern: Pattern<unknown>) => unknown;
    this.recorded.push({ kind, transform: call, place: this.where() });
  }
}
