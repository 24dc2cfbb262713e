/** Labelling haps (`tag`), so that they can be picked out later with `hap.hasTag(...)`. */
import { curried } from './curry.ts';
import { Pattern } from './pattern.ts';
import { withArg, type PatternArg } from './reify.ts';

/**
 * Labels every hap of a pattern with a tag, kept through later transformations, so that a
 * `filter` can pick the haps out with `hap.hasTag(name)`.
 * @method
 * @example
 * s("bd*4").when("0 1", (x) => x.speed(2).tag("fast")).filter((hap) => !hap.hasTag('fast'))
 */
export const tag = curried(function tag<T>(name: PatternArg<string>, pat: Pattern<T>): Pattern<T> {
  return withArg(name, pat, (label, p) =>
    new Pattern(
      (state) => p.query(state).map((h) => h.setContext({ ...h.context, tags: [...(h.context.tags ?? []), label] })),
      p.steps,
    ),
  ).withSteps(pat.steps);
});
