import type { CodeRange } from '../controls/event.ts';
import type { Rational } from './rational.ts';
import type { Span } from './span.ts';


/** What a hap knows about where it came from. */
export interface HapContext {
  readonly locations: readonly CodeRange[];
  /** The scale its note was placed in, written `"C major"`, for `scaleTranspose`. */
  readonly scale?: string;
  /** Labels given by `tag`, for filtering (`hap.hasTag(...)`). */
  readonly tags?: readonly string[];
}

export const EMPTY_CONTEXT: HapContext = Object.freeze({ locations: Object.freeze([]) as readonly CodeRange[] });

/**
 * A happening: a value active over `part`, a fragment of its event `whole`.
 * `whole` is absent for continuous values (signals).
 */
export class Hap<T> {
  readonly whole: Span | undefined;
  readonly part: Span;
  readonly value: T;
  readonly context: HapContext;

  constructor(whole: Span | undefined, part: Span, value: T, context: HapContext = EMPTY_CONTEXT) {
    this.whole = whole;
    this.part = part;
    this.value = value;
    this.context = context;
  }

  /** The whole if there is one, else the part. */
  wholeOrPart(): Span {
    return this.whole ?? this.part;
  }

  /** True when this fragment contains the start of its event. */
  hasOnset(): boolean {
    return this.whole !== undefined && this.whole.begin.eq(this.part.begin);
  }

  /** When the event starts (the whole's begin, or the part's). */
  begin(): Rational {
    return (this.whole ?? this.part).begin;
  }

  /** The event's duration (whole, or part for signals). */
  duration(): Rational {
    const s = this.whole ?? this.part;
    return s.end.sub(s.begin);
  }

  withSpan(f: (s: Span) => Span): Hap<T> {
    return new Hap(this.whole === undefined ? undefined : f(this.whole), f(this.part), this.value, this.context);
  }

  withValue<U>(f: (v: T) => U): Hap<U> {
    return new Hap(this.whole, this.part, f(this.value), this.context);
  }

  setContext(context: HapContext): Hap<T> {
    return new Hap(this.whole, this.part, this.value, context);
  }

  /** True when the hap was labelled `tag` by the `tag` function. */
  hasTag(tag: string): boolean {
    return this.context.tags?.includes(tag) ?? false;
  }

  /** Whole, part and value equal (value by `===`). */
  spanEquals(o: Hap<unknown>): boolean {
    const w = this.whole === undefined ? o.whole === undefined : o.whole !== undefined && this.whole.equals(o.whole);
    return w && this.part.equals(o.part);
  }

  toString(): string {
    const w = this.whole ? this.whole.toString() : '~';
    return `(${w} | ${this.part.toString()}) ${JSON.stringify(this.value)}`;
  }
}

/**
 * Joins two contexts: the source locations of both, in order; other fields from `b` win over
 * those of `a`, as in Strudel.
 * @example
 * s("bd sd").withHaps((haps) => haps.map((hap) => hap.setContext(combineContexts(hap.context, { locations: [{ start: 0, end: 1 }] }))))
 */
export function combineContexts(a: HapContext, b: HapContext): HapContext {
  if (a.tags !== undefined || b.tags !== undefined) {
    const { tags, ...rest } = combineContexts(withoutTags(a), withoutTags(b));
    const kept = b.tags ?? a.tags;
    return kept === undefined ? rest : { ...rest, tags: kept };
  }
  if (a.scale === undefined && b.scale === undefined) {
    if (b.locations.length === 0) return a;
    if (a.locations.length === 0) return b;
    return { locations: [...a.locations, ...b.locations] };
  }
  const locations = b.locations.length === 0 ? a.locations : a.locations.length === 0 ? b.locations : [...a.locations, ...b.locations];
  const scale = b.scale ?? a.scale;
  return scale === undefined ? { locations } : { locations, scale };
}

function withoutTags(context: HapContext): HapContext {
  if (context.tags === undefined) return context;
  const { tags, ...rest } = context;
  return rest;
}
