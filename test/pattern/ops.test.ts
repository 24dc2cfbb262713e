import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  add, and, band, blshift, bor, brshift, bxor, cat, ceil, combineWith, div, eq, eqt, floor, func, gt, gte, inv, keep,
  keepif, lt, lte, mod, mul, n, ne, net, note, OP_VARIANTS, or, pow, pure, round, s, sequence, set, sub, bindOperator,
  type Controls, type Pattern,
} from '../../src/pattern/index.ts';
import { liftToObjects, noteNameToMidi, toNumeral } from '../../src/pattern/ops-values.ts';
import { expectPatternLike, expectSameAsStrudel } from './values-oracle.ts';

// Each arithmetic operator over numbers, note names, numeric text and controls, with every
// structure variant. Mini-notation on both sides; Strudel's transpiler reads "..." the same way.
function arithmeticCases(op: string): string[] {
  return [
    `"0 1 2 3".${op}("<1 2> 3")`,
    `"<0 -3> 5.5 [7 -1]".${op}(2)`,
    `"c e g".${op}("<0 12>")`,
    `"c4 eb a#2".${op}("1 2")`,
    `sequence(pure('12'), pure('d'), 3).${op}(sequence(pure('2'), pure('c')))`,
    `n("1 <2 3>").${op}(n("2 3 4"))`,
    `n("1 2").s("x").${op}(n(3).gain(2))`,
    ...OP_VARIANTS.map((how) => `"<[1 2 3] [4 5]> 6".${op}.${how}("10 <20 30>".late(0.25))`),
  ];
}

const arithmetic = ['add', 'sub', 'mul', 'div', 'mod', 'pow', 'band', 'bor', 'bxor', 'blshift', 'brshift'] as const;
const comparisons = ['lt', 'gt', 'lte', 'gte', 'eq', 'eqt', 'ne', 'net'] as const;

for (const op of arithmetic) {
  describe(op, () => {
    it('combines values as Strudel does, with every structure variant', async () => {
      for (const code of arithmeticCases(op)) await expectSameAsStrudel(code);
    });
  });
}

for (const op of comparisons) {
  describe(op, () => {
    it('compares values as they are (no note-name conversion), as Strudel does', async () => {
      await expectSameAsStrudel(`"0 1 2 3".${op}("<1 2>")`);
      // pure keeps text as text (weft reads a quoted argument of sequence/cat as mini-notation).
      await expectSameAsStrudel(`sequence(pure('2'), 2, pure('a'), pure('c#')).${op}(cat(pure('2'), pure('b'), pure('c#')))`);
      await expectSameAsStrudel(`n("0 1 2").${op}(n("<1 2>"))`);
      for (const how of OP_VARIANTS) await expectSameAsStrudel(`"0 [1 2] 3".${op}.${how}("1 <2 3>")`);
    });
  });
}

describe('and', () => {
  it("gives JavaScript's && of the values", async () => {
    await expectSameAsStrudel('"0 1 2 3".and("<1 0> 5")');
    await expectSameAsStrudel('sequence(3, 0, true, false).and.out("5 0")');
  });
});

describe('or', () => {
  it("gives JavaScript's || of the values", async () => {
    await expectSameAsStrudel('"0 1 2 3".or("<1 0> 5")');
    await expectSameAsStrudel('sequence(3, 0, true, false).or.mix("5 0")');
  });
});

describe('set', () => {
  it('replaces plain values and merges controls with the new keys winning', async () => {
    await expectSameAsStrudel('"1 2 3".set("<5 6>")');
    await expectSameAsStrudel('n("0 1 2").set(n("5 6").s("x y"))');
    await expectSameAsStrudel('n("0 1 2").set.out(s("a b"))');
    await expectSameAsStrudel('n("0 1 2").set.squeeze(s("a b"))');
  });
  it('wraps a plain value meeting controls as {value}', async () => {
    await expectSameAsStrudel('"1 2".set(n(3))');
  });
  it('leaves controls unchanged when set to a plain value', async () => {
    await expectSameAsStrudel('n("1 2").set(5)');
  });
});

describe('keep', () => {
  it('keeps values, taking only structure (and missing keys) from the other pattern', async () => {
    await expectSameAsStrudel('"0 1 2 3".keep("<1 0>*3")');
    await expectSameAsStrudel('n("0 1 2").keep.mix(n("5 6").s("x y"))');
    await expectSameAsStrudel('note("c e g").keep.out(s("piano*4"))');
  });
});

describe('keepif', () => {
  it('keeps the parts of events where the other pattern is truthy', async () => {
    await expectSameAsStrudel('"0 1 2 3".keepif("<1 0 [1 0]>")');
    await expectSameAsStrudel('n("0 1 2 3").keepif("<1 0 [1 0]>")');
    await expectSameAsStrudel('"0 [1 2]".keepif.out("1 0 1")');
    await expectSameAsStrudel('"0 [1 2]".keepif.squeeze("1 0 1")');
  });
});

describe('func', () => {
  it('applies a pattern of functions to the values', async () => {
    await expectSameAsStrudel('"0 1 2".func(cat(x => x + 1, x => x * 2))');
    await expectPatternLike(
      func.out(sequence((x: number) => x + 1, (x: number) => x * 2), sequence(0, 1, 2)),
      '"0 1 2".func.out(sequence(x => x + 1, x => x * 2))',
    );
  });
  it('takes typed functions of the values', () => {
    const pat = func(cat((x: number) => x + 1), sequence(1, 2));
    expect(pat.queryArc(0, 1).map((h) => h.value)).toEqual([2, 3]);
  });
});

describe('round', () => {
  it('rounds to the nearest integer, note names counting as MIDI numbers', async () => {
    await expectSameAsStrudel('"0.5 1.5 2.5 -1.5 <c# 3.2>".round()');
    await expectPatternLike(round(sequence<number | string>(0.5, 1.5, -1.5, pure('c#'))), "sequence(0.5, 1.5, -1.5, pure('c#')).round()");
  });
});

describe('floor', () => {
  it('rounds down', async () => {
    await expectSameAsStrudel('"0.5 1.5 c -1.5".floor()');
    await expectPatternLike(floor(sequence(0.5, -1.5)), 'sequence(0.5, -1.5).floor()');
  });
});

describe('ceil', () => {
  it('rounds up', async () => {
    await expectSameAsStrudel('"0.5 1.5 -1.5 <42.1 43>".ceil()');
    await expectPatternLike(ceil(sequence(0.5, -1.5)), 'sequence(0.5, -1.5).ceil()');
  });
});

describe('inv', () => {
  it('inverts truthiness', async () => {
    await expectSameAsStrudel('"1 0 <1 0> 1".inv()');
    await expectPatternLike(inv(sequence<unknown>(true, false, 1, 0)), 'sequence(true, false, 1, 0).inv()');
  });
});

describe('operators as free functions', () => {
  it('take the pattern last and match the method forms', async () => {
    const free: [Pattern<unknown>, string][] = [
      [add(10, sequence(1, 2)), 'sequence(1, 2).add(10)'],
      [sub(sequence(1, 2, 3), sequence(10)), 'sequence(10).sub(sequence(1, 2, 3))'],
      [mul.out(sequence(2, 3), sequence(1, 2)), 'sequence(1, 2).mul.out(sequence(2, 3))'],
      [div.squeeze(sequence(1, 2), sequence(4, 8)), 'sequence(4, 8).div.squeeze(sequence(1, 2))'],
      [mod.mix(3, sequence(4, 5, 7)), 'sequence(4, 5, 7).mod.mix(3)'],
      [pow.poly(sequence(2, 3, 4), sequence(1, 2)), 'sequence(1, 2).pow.poly(sequence(2, 3, 4))'],
      [band.reset(sequence(1, 3), cat(sequence(7, 6, 5), 4)), 'cat(sequence(7, 6, 5), 4).band.reset(sequence(1, 3))'],
      [bor.restart(sequence(1, 3), cat(sequence(7, 6, 5), 4)), 'cat(sequence(7, 6, 5), 4).bor.restart(sequence(1, 3))'],
      [bxor.squeezeout(sequence(1, 3), sequence(7, 6)), 'sequence(7, 6).bxor.squeezeout(sequence(1, 3))'],
      [blshift.squeezein(1, sequence(7, 6)), 'sequence(7, 6).blshift.squeezein(1)'],
      [brshift.in(1, sequence(7, 6)), 'sequence(7, 6).brshift.in(1)'],
      [lt(2, sequence(1, 2, 3)), 'sequence(1, 2, 3).lt(2)'],
      [gt(2, sequence(1, 2, 3)), 'sequence(1, 2, 3).gt(2)'],
      [lte(2, sequence(1, 2, 3)), 'sequence(1, 2, 3).lte(2)'],
      [gte(2, sequence(1, 2, 3)), 'sequence(1, 2, 3).gte(2)'],
      [eq(pure('2'), sequence<number | string>(2, pure('2'))), "sequence(2, pure('2')).eq(pure('2'))"],
      [eqt(pure('2'), sequence<number | string>(2, pure('2'))), "sequence(2, pure('2')).eqt(pure('2'))"],
      [ne(pure('2'), sequence<number | string>(2, pure('2'))), "sequence(2, pure('2')).ne(pure('2'))"],
      [net(pure('2'), sequence<number | string>(2, pure('2'))), "sequence(2, pure('2')).net(pure('2'))"],
      [and(sequence(0, 5), sequence(1, 2, 3)), 'sequence(1, 2, 3).and(sequence(0, 5))'],
      [or(sequence(0, 5), sequence(1, 0, 3)), 'sequence(1, 0, 3).or(sequence(0, 5))'],
      [set(s(sequence('a', 'b')), n(sequence(1, 2, 3))), 'n(sequence(1, 2, 3)).set(s(sequence("a", "b")))'],
      [keep(n(5), n(sequence(1, 2))), 'n(sequence(1, 2)).keep(n(5))'],
      [keepif(sequence(true, false), sequence(1, 2, 3)), 'sequence(1, 2, 3).keepif(sequence(true, false))'],
    ];
    for (const [pat, code] of free) await expectPatternLike(pat, code);
  });
  it('are curried when the pattern is left out', async () => {
    await expectPatternLike(add.out(sequence(10, 20, 30))(sequence(1, 2)), 'sequence(1, 2).add.out(sequence(10, 20, 30))');
    await expectSameAsStrudel('"1 2".off(0.25, add(12))');
  });
  it('keep the types of the patterns they combine', () => {
    expectTypeOf(add(1, sequence(1, 2))).toEqualTypeOf<Pattern<number>>();
    expectTypeOf(note('c').add(note(12))).toEqualTypeOf<Pattern<Controls>>();
    expectTypeOf(sequence(1, 2).lt(2)).toEqualTypeOf<Pattern<boolean>>();
    expectTypeOf(n(1).lt(n(2))).toEqualTypeOf<Pattern<{ [K in keyof Controls]: boolean }>>();
  });
});

describe('combineWith', () => {
  it('takes steps as Strudel does: left for in and poly, right for out, their lcm for mix', () => {
    const l = sequence(1, 2);
    const r = sequence(1, 2, 3);
    const f = (a: number, b: number) => a + b;
    const steps = (how: (typeof OP_VARIANTS)[number]) => combineWith(how, f, l, r).steps?.toString();
    expect([steps('in'), steps('out'), steps('mix'), steps('poly')]).toEqual(['2/1', '3/1', '6/1', '2/1']);
    expect([steps('squeeze'), steps('squeezeout'), steps('reset'), steps('restart')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('bindOperator', () => {
  it('gives the method form with every variant', async () => {
    const bound = bindOperator<number>('add', sequence(1, 2));
    expect(OP_VARIANTS.every((how) => typeof bound[how] === 'function')).toBe(true);
    await expectPatternLike(bound.squeeze(sequence(10, 20)), 'sequence(1, 2).add.squeeze(sequence(10, 20))');
  });
});

describe('noteNameToMidi', () => {
  it('reads letters, sharps (# s), flats (b f) and octaves, octave 3 by default', () => {
    const names = ['c', 'C4', 'c#', 'cs', 'db', 'df', 'c##', 'cbb', 'c-1', 'c10', 'e#', 'fb', 'Eb2', 'f#-2', 'cb0'];
    expect(names.map(noteNameToMidi)).toEqual([48, 60, 49, 49, 49, 49, 50, 46, 0, 132, 53, 52, 39, -6, 11]);
  });
  it('rejects what is not a note name', () => {
    expect(['h', 'cx', 'c4.5', '-c', ''].map(noteNameToMidi)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it('agrees with Strudel on note names in arithmetic', async () => {
    const names = ['C', 'c#', 'cs', 'db', 'df', 'c##', 'cbb', 'c-1', 'c10', 'e#', 'fb', 'C#5', 'Eb2', 'f#-2', 'cb0'];
    await expectSameAsStrudel(`sequence(${names.map((x) => `pure('${x}')`).join(', ')}).add(0)`);
  });
});

describe('toNumeral', () => {
  it('reads numeric text as JavaScript does and note names as MIDI numbers', () => {
    expect(['1.5e2', ' 3 ', '0x10', '', '-4', '.5', '+3', 'a'].map(toNumeral)).toEqual([150, 3, 16, 0, -4, 0.5, 3, 57]);
    expect(toNumeral(true)).toBe(1);
  });
  it('throws on other text, as Strudel does', () => {
    expect(() => toNumeral('3a')).toThrow('cannot parse as numeral: "3a"');
  });
});

describe('liftToObjects', () => {
  it('combines shared keys, keeps one-sided keys, wraps plain left values and leaves controls meeting plain values', () => {
    const plus = liftToObjects((a, b) => Number(a) + Number(b));
    expect(plus({ n: 1, s: 'x' }, { n: 2, gain: 3 })).toEqual({ n: 3, s: 'x', gain: 3 });
    expect(plus(1, { n: 2 })).toEqual({ value: 1, n: 2 });
    expect(plus({ n: 1 }, 2)).toEqual({ n: 1 });
    expect(plus(1, 2)).toBe(3);
  });
});
