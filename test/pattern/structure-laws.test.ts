import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fast, palindrome, rev, slow, type Pattern } from '../../src/pattern/index.ts';
import * as weft from '../../src/pattern/index.ts';
import { differenceFromStrudel, weftEvents, type Lib } from './structure-oracle.ts';

/** A random pattern, described so that it can be built with weft or with Strudel. */
type Spec =
  | { kind: 'value'; value: number }
  | { kind: 'seq' | 'cat' | 'stack'; parts: Spec[] }
  | { kind: 'fast'; factor: number; part: Spec }
  | { kind: 'late'; offset: number; part: Spec };

const specArb: fc.Arbitrary<Spec> = fc.letrec<{ spec: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('value' as const), value: fc.integer({ min: 0, max: 9 }) }),
    fc.record({ kind: fc.constantFrom('seq' as const, 'cat' as const, 'stack' as const), parts: fc.array(tie('spec'), { minLength: 1, maxLength: 4 }) }),
    fc.record({ kind: fc.constant('fast' as const), factor: fc.constantFrom(0.5, 1.5, 2, 3), part: tie('spec') }),
    fc.record({ kind: fc.constant('late' as const), offset: fc.constantFrom(0.25, 1 / 3, 0.5, 1.2), part: tie('spec') }),
  ),
})).spec;

function build(L: typeof weft, spec: Spec): Pattern<number> {
  switch (spec.kind) {
    case 'value':
      return L.pure(spec.value);
    case 'seq':
      return L.sequence(...spec.parts.map((s) => build(L, s)));
    case 'cat':
      return L.cat(...spec.parts.map((s) => build(L, s)));
    case 'stack':
      return L.stack(...spec.parts.map((s) => build(L, s)));
    case 'fast':
      return build(L, spec.part).fast(spec.factor);
    case 'late':
      return build(L, spec.part).late(spec.offset);
  }
}

const same = (a: Pattern<unknown>, b: Pattern<unknown>, from: number, to: number) =>
  expect(weftEvents(a, from, to)).toEqual(weftEvents(b, from, to));

/** The events starting in the span, as whole and value: equal up to how events are fragmented. */
const onsets = (p: Pattern<unknown>, from: number, to: number) =>
  weftEvents(p, from, to)
    .filter((e) => e.whole !== null && e.whole[0] === e.part[0])
    .map((e) => `${e.whole?.join('-') ?? ''} ${JSON.stringify(e.value)}`)
    .sort();

describe('rev', () => {
  it('undoes itself: rev(rev(p)) = p, up to fragments of events crossing cycles', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const p = build(weft, spec);
        expect(onsets(rev(rev(p)), -1, 3)).toEqual(onsets(p, -1, 3));
      }),
    );
  });
});

describe('fast', () => {
  it('undoes slow: fast(n, slow(n, p)) = p', () => {
    fc.assert(
      fc.property(specArb, fc.constantFrom(2, 3, 0.5, 1.5, 7), (spec, n) => {
        const p = build(weft, spec);
        same(fast(n, slow(n, p)), p, -1, 3);
      }),
    );
  });
});

describe('palindrome', () => {
  it('plays p in even cycles and rev(p) in odd cycles', () => {
    fc.assert(
      fc.property(specArb, fc.integer({ min: 0, max: 6 }), (spec, cycle) => {
        const p = build(weft, spec);
        same(palindrome(p), cycle % 2 === 0 ? p : rev(p), cycle, cycle + 1);
      }),
    );
  });
});

/** Transformations compared with Strudel on random patterns. */
const transforms: Record<string, (L: Lib, p: Pattern<number>) => Pattern<number>> = {
  every: (L, p) => p.every(3, L.fast(2)),
  lastOf: (L, p) => p.lastOf(2, L.rev),
  when: (L, p) => p.when(L.sequence(true, false, true), (x) => x.late(0.25)),
  chunk: (L, p) => p.chunk(3, (x) => x.fast(2)),
  chunkBack: (L, p) => p.chunkBack(4, L.rev),
  fastChunk: (L, p) => p.fastChunk(3, (x) => x.late(0.1)),
  iter: (_, p) => p.iter(3),
  iterBack: (_, p) => p.iterBack(4),
  palindrome: (_, p) => p.palindrome(),
  linger: (_, p) => p.linger(0.25),
  inside: (L, p) => p.inside(2, L.rev),
  swing: (_, p) => p.swing(2),
  struct: (L, p) => p.struct(L.sequence(true, L.sequence(true, false), true)),
  mask: (L, p) => p.mask(L.cat(L.sequence(true, false), true)),
  euclid: (_, p) => p.euclid(3, 8),
  euclidRot: (_, p) => p.euclidRot(5, 8, 2),
  euclidLegatoRot: (_, p) => p.euclidLegatoRot(3, 8, 1),
  off: (L, p) => p.off(0.25, L.fast(2)),
  superimpose: (L, p) => p.superimpose(L.rev),
  echoWith: (_, p) => p.echoWith(3, 1 / 8, (x, i) => x.fast(i + 1)),
  brak: (_, p) => p.brak(),
  polymeter: (L, p) => L.polymeter(p, L.sequence(7, 8, 9)),
  timeCat: (L, p) => L.timeCat([1, p], [2, L.sequence(7, 8)], p),
  arrange: (L, p) => L.arrange([2, p], [1, L.sequence(7, 8)]),
};

describe('structure functions on random patterns', () => {
  for (const [name, transform] of Object.entries(transforms)) {
    it(`${name} gives Strudel's events`, () => {
      fc.assert(
        fc.property(specArb, (spec) => {
          const negative = !['every', 'lastOf', 'palindrome'].includes(name);
          expect(differenceFromStrudel((L) => transform(L, build(L, spec)), { negative, allowEmpty: true })).toBeNull();
        }),
        { numRuns: 40 },
      );
    });
  }
});

/** Transformations of control patterns compared with Strudel on random patterns. */
const controlTransforms: Record<string, (L: Lib, p: Pattern<{ s: string; n: number }>) => Pattern<object>> = {
  jux: (L, p) => p.jux(L.rev),
  juxBy: (_, p) => p.juxBy(0.25, (x) => x.late(0.125)),
  echo: (_, p) => p.echo(3, 1 / 6, 0.6),
  stut: (_, p) => p.stut(2, 0.5, 0.3),
  hurry: (L, p) => p.hurry(L.cat(1, 2)),
};

describe('control-setting functions on random patterns', () => {
  for (const [name, transform] of Object.entries(controlTransforms)) {
    it(`${name} gives Strudel's events`, () => {
      fc.assert(
        fc.property(specArb, (spec) => {
          const build2 = (L: Lib) => transform(L, build(L, spec).fmap((n) => ({ s: 'x', n })));
          expect(differenceFromStrudel(build2, { allowEmpty: true })).toBeNull();
        }),
        { numRuns: 30 },
      );
    });
  }
});
