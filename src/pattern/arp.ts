/**
 * Arpeggios: the notes of a chord (haps that share a timespan) played one after another,
 * chosen by a pattern of indices (`arp`) or by a function of the chord (`arpWith`).
 */
import * as core from './core.ts';
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';
import type { Span } from './span.ts';
import type { Transform } from './transform.ts';

// Rationals are kept reduced, so equal spans have equal keys.
const spanKey = (s: Span): string => `${s.begin.n}/${s.begin.d} ${s.end.n}/${s.end.d}`;

/**
 * Groups the haps of each query that share a whole (a chord) into one hap whose value is the
 * list of them, in query order.
 * @example
 * note(collect(stack("48 53", "52 57", "55 60")).fmap((chord) => Math.max(...chord.map((hap) => hap.value))))
 */
export function collect<T>(pat: Pattern<T>): Pattern<Hap<T>[]> {
  return new Pattern((state) => {
    // Grouped by a key of the span rather than by comparing spans, so that many haps stay cheap.
    const groups = new Map<string, Hap<T>[]>();
    for (const h of pat.query(state)) {
      const key = spanKey(h.wholeOrPart());
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [h]);
      else group.push(h);
    }
    return [...groups.values()].map((g) => {
      const first = g[0] as Hap<T>;
      return new Hap(first.whole, first.part, g);
    });
  }, pat.steps);
}

/** What `arpWith` calls with each chord: returns the hap to play, or a pattern of haps. */
export type ArpChooser<T, U> = (haps: Hap<T>[]) => Hap<U> | Pattern<Hap<U> | undefined> | undefined;

/**
 * Plays what a function picks from each chord: `f` gets the chord's haps (in stack order) and
 * returns one of them, or a pattern of them whose structure is used.
 * @method
 * @example
 * note("<[c,eb,g]!2 [c,f,ab] [d,f,ab]>").arpWith((haps) => haps[2])
 */
export function arpWith<T, U>(f: ArpChooser<T, U>, pat: Pattern<T>): Pattern<U> {
  const chosen = core.innerJoin(core.fmap((haps: Hap<T>[]) => reify<Hap<U> | undefined>(f(haps)), collect(pat)));
  return new Pattern((state) => {
    const out: Hap<U>[] = [];
    for (const h of chosen.query(state)) {
      const picked = h.value;
      if (picked === undefined) continue;
      out.push(new Hap(h.whole, h.part, picked.value, combineContexts(h.context, picked.context)));
    }
    return out;
  });
}

/**
 * Plays the notes of each chord one by one, as a pattern of indices into the chord says
 * (indices wrap around the chord's size).
 * @method
 * @example
 * note("<[c,eb,g]!2 [c,f,ab] [d,f,ab]>").arp("0 [0,2] 1 [0,2]")
 */
export function arp<T>(indices: PatternArg<number>, pat: Pattern<T>): Pattern<T>;
export function arp(indices: PatternArg<number>): <T>(pat: Pattern<T>) => Pattern<T>;
export function arp<T>(indices: PatternArg<number>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  const run = <V>(p: Pattern<V>): Pattern<V> =>
    arpWith((haps: Hap<V>[]) => core.fmap((i: number) => haps[(((Math.floor(i) % haps.length) + haps.length) % haps.length)], reify(indices)), p);
  return pat === undefined ? run : run(pat);
}
