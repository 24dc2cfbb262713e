import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mini } from '../../src/mini/index.ts';
import { compareMini, strudelSteps, weftSteps } from './mini-oracle.ts';

/** Checks `code` against Strudel's mini over 8 cycles: events, values, locations and steps. */
function expectLikeStrudel(code: string): void {
  expect(compareMini(code, 8), code).toBeNull();
  expect(weftSteps(code), `steps of ${code}`).toBe(strudelSteps(code));
}

function locationsOf(code: string, offset = 0, cycles = 1): string[] {
  return mini(code, offset)
    .queryArc(0, cycles)
    .map((h) => `${String(h.value)}@${h.context.locations.map((l) => `${l.start}-${l.end}`).join(',')}`);
}

describe('mini', () => {
  it.each([
    'a b c',
    'bd sd hh cp',
    'a - ~ b',
    '~ a ~ ~',
    'a [b c]',
    '[[[a b] c] d]',
    'a [b [c d e] f] g',
    '[a b c]',
  ])('plays sequences, rests and sub-sequences like Strudel: %s', expectLikeStrudel);

  it.each(['a . b c . d', 'a b . c', 'a . [b c]*2 . <d e>', 'a@3 . b!2 c', '[a . b c]!2 d', 'a . b . c . d e f'])(
    'groups feet separated by "." like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['<a b c>', '<a@3 b>', '<a b>*2', '<a <b c>>', '<a [b c]>', '<a b, c d e>', '<<a b> <c d e>>', '<a b c>/2', '<a!2 b@3 c>'])(
    'alternates one step per cycle like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['a b, c d e', 'a, b', '[a, b c]', 'a b c d, e f g h i j', 'bd*2 [~ sd] <hh oh>*2, [~ cp]/2', '<a,b> <c d, e f g>'])(
    'stacks layers separated by "," like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['a*2', 'a*1.5', 'a/2', 'a/1.5', 'a*2*3', 'a*3/2', '[a b]*2', 'a*0.5', 'a*0 b', 'a/0 b', '<a b c>*1.5'])(
    'speeds up and slows down by numbers like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['a*<2 3>', 'a*[2 3]', 'a/<2 3>', 'a*[2]', 'a*<2>', '[a b c]*[2 3]', '[a b]/[2 3]', 'a*<2 [3 4]>', '[<a b c> [d e]!2]*<1 2 3>'])(
    'speeds up by patterned factors like Strudel: %s',
    expectLikeStrudel,
  );

  it.each([
    'a!3 b',
    'a ! ! b',
    'a!',
    'a!! b',
    'a!2!3 b',
    'a ! !2 b',
    '<a b>!2',
    '<a b c>!2',
    'a/2!2',
    '[a b]!2.5 c',
    '<a b>!1.5 c',
    'a!0 b',
    'a*2!2 b',
    'a(3,8)!2',
  ])('replicates steps with "!" like Strudel: %s', expectLikeStrudel);

  it.each(['a@3 b', 'a _ _ b', 'a @ @ b', 'a@1.5 b', 'a@ b', 'a __ b', 'a _3 b', 'a@3@2 b', 'a@0 b', '[a b c]@2 [d e]', 'a [b c]@2'])(
    'elongates steps with "@" and "_" like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['a!2@3 b', 'a@3!2 b', 'a ! _ b', 'a _ ! b', 'a!3@2 _ b', 'a@2!2@2 b', 'a!2@0.5 b', '<a b>!3@2 c', 'a!1.5 b'])(
    'combines replication and elongation like Strudel: %s',
    expectLikeStrudel,
  );

  it.each([
    'a?',
    'a? b? c? d?',
    'a*8?',
    'a*8?0.3',
    'a*16?0.75',
    '[a b c d]?',
    'a? b?0.7 [c d]?',
    '<a b>? c',
    'a!2?',
    'a?!2',
    'a(3,8)?',
    '{a b c}%4?',
    'a?0 b',
    'a?-0.5 b',
    'a*2? ! b',
  ])('drops events at random with "?", seeded like Strudel: %s', expectLikeStrudel);

  it.each(['a | b', 'a | b | c', '[a|b|c] [d|e]', '[a|b|c]*4', '[a? | b?] c?', 'a | b?', 'a? [b | c] d?', '[[a|b]|c]*8 d*8?', '[a b | c d? | e?]*4 f*8?'])(
    'chooses a layer at random each cycle with "|", seeded like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['[a . b] [c | d]', '[a . b . c] [d | e]', '[a? . b?] c?', '[c | d] [a . b] e?', '<[a . b] c> d*8?', 'a(3,8)? b?', 'a(3?,8) b? c?'])(
    'numbers random operators as Strudel does around feet and Euclidean arguments: %s',
    expectLikeStrudel,
  );

  it.each(['bd:3', 'a:b:c 1:2', 'bd:3:0.5 a:-1', '[a b]:3', 'a:[b c]', 'a:[b:c]', '[a:1]:2', 'a:<1 2>:[3 4]', '~:3 a', '[1 2]:[3 4]:5'])(
    'makes lists with ":" like Strudel: %s',
    expectLikeStrudel,
  );

  it.each([
    'a(3,8)',
    'a(3,8,2)',
    'a(5,8,-1)',
    'a(-3,8)',
    'a(0,8)',
    'a(3,8,10)',
    'a(3,8,1.5)',
    '[a b](3,8)',
    'a(3,8)*2',
    'a(<3 5>,8,<0 2>)',
    'a(3,<8 16>)',
    'a(3,8,[0 1 2])',
    '<a b>(3,8,<0 2>)',
    'a(3,8):[1 2]',
    'a(3,8,)',
  ])('plays Euclidean rhythms like Strudel: %s', expectLikeStrudel);

  it.each([
    '{a b c}%4',
    '{a b, c d e}',
    '{a b c}',
    '{a b c}%<2 4>',
    '{a b, c d e}%2',
    '{a b, c d e, f g h i}%3',
    '{a@2 b, c d e}',
    '{[a b] c, d <e f>}',
    '{a b c}%[4 2]',
    '{a b c d e}%<4 8>, [f g]*3',
    '{a, b _ c}',
    '{a, [^a a] a}',
    '{a, {[^a], a@1.5}}',
  ])(
    'plays polymeters like Strudel: %s',
    expectLikeStrudel,
  );

  it.each(['0 .. 3', '3 .. 0', '-2 .. 1', '0 .. 2.5', '0.5 .. 3', 'a 0 .. 3 b', '0 .. <2 3>', '0*2 .. 3', '0 .. 3*2', '0 .. 3 .. 5', '[0 1] .. <3 [4 5]>', 'a .. c', 'a ..'])(
    'expands ranges with ".." like Strudel: %s',
    expectLikeStrudel,
  );

  it.each([
    '1 -1 1.5 .5 -.5 1e3 0x10 1. 3a',
    'c4 eb3 f# g#5 bb',
    'a.b a_b a-b a#b A1 é',
    'Infinity NaN true 0b11 1_000 00012',
    'a日b aßb',
    'a~ ~b -b -- ~~',
  ])('reads numbers and words as Strudel does: %s', expectLikeStrudel);

  it.each(['a *2 b', 'a * 2 b', 'a ? b', 'a :3 b', 'a (3,8) b', 'a( 3 , 8 )', '[ a b ]', '< a b >', '{ a b }', 'a@ 3 b', 'a! 3 b', 'a?b', 'a!b', 'a _b'])(
    'allows whitespace where Strudel does: %s',
    expectLikeStrudel,
  );

  it.each([
    '<[e5 [b4 c5] d5 [c5 b4]] [a4 [a4 c5] e5 [d5 c5]]>, [[e2 e3]*4]',
    '[a | b | c]*8, d(5,8)',
    'a? [b? c?]!2 <d e?>',
    '[0 .. 3]*<1 2> 7:1',
    '<a [b c]@3 d>/2',
    'a:1(3,8) b:2',
    '[a,b,c]*2 [d e]/3',
    '[a b c]*<2 [3 1.5]>',
    'a(<3 5>,<8 [16 8]>,<0 1 2>)',
    '{a? b}%4',
    '<a? b?>*4',
    '{<a b> c, d}',
  ])('handles nested combinations like Strudel: %s', expectLikeStrudel);

  it.each([
    'a [^b c] d e',
    '[^a b, c d e]',
    'a b, ^c d e',
    'a [^b c] [^d e f]',
    'a [^b c]@2',
    'a <^b c>',
    'a {^b c, d e f}%4',
    'a [^b [^c d]]',
    'x [a [^b c] . d]',
    'a [b, [^c d]]',
    'a [^b c](3,8)',
    'a [^b c](<3 5>,8)',
    'a [^a b|c d]',
    'a@1.5 b, c d',
    'a b | c d e',
    'x [^a b]*<2 3>',
    'x [^a b]/<2 3>',
    'x [^a b]..4',
    'x [^a b]:<1 2>',
    'x {^a b}%<2 3>',
  ])('counts steps like Strudel, including "^" marks: %s', expectLikeStrudel);

  it('locates each atom by its characters in the string', () => {
    expect(locationsOf('bd [sd  hh] <cp>')).toEqual(['bd@0-2', 'sd@4-6', 'hh@8-10', 'cp@13-15']);
  });

  it('adds the offset of the string in the code to every location', () => {
    expect(locationsOf('bd [sd hh]', 10)).toEqual(['bd@10-12', 'sd@14-16', 'hh@17-19']);
  });

  it('locates the arguments of operators after the atom (plain) or before it (patterned)', () => {
    expect(locationsOf('a*2')).toEqual(['a@0-1,2-3', 'a@0-1,2-3']);
    expect(locationsOf('a*<2 3>', 4)).toEqual(['a@7-8,4-5', 'a@7-8,4-5']);
    expect(locationsOf('bd:3')).toEqual(['bd,3@3-4,0-2']);
    expect(locationsOf('a(3,8)')).toEqual(['a@0-1,2-3,4-5', 'a@0-1,2-3,4-5', 'a@0-1,2-3,4-5']);
  });

  it('keeps whitespace, tabs and newlines out of locations (Strudel includes trailing tabs and newlines)', () => {
    expect(locationsOf('a\tb\nc\r\nd')).toEqual(['a@0-1', 'b@2-3', 'c@4-5', 'd@7-8']);
    expect(compareMini('a  b   c', 8)).toBeNull();
  });

  it('gives Strudel\'s value types: numbers as numbers, everything else as strings', () => {
    const values = mini('1 -2.5 c4 bd:3 0x10')
      .queryArc(0, 1)
      .map((h) => h.value);
    expect(values).toEqual([1, -2.5, 'c4', ['bd', 3], 16]);
  });

  it('builds no pattern until it is called, and each call is independent', () => {
    const a = mini('a? b?');
    const b = mini('a? b?');
    expect(a.queryArc(0, 8).length).toBe(b.queryArc(0, 8).length);
  });

  it('matches Strudel for random sequences of atoms and groups', () => {
    const word = fc.constantFrom('a', 'bd', 'c4', 'eb3', 'f#', '0', '1', '-1', '2.5', '~', '-', 'x:1');
    const op = fc.constantFrom('', '', '', '*2', '/2', '*1.5', '!', '!3', '@2', '@1.5', '?', '?0.3', '(3,8)', '(3,8,2)', ':2', '*<2 3>', ' _', '..4');
    const tree = fc.letrec((tie) => ({
      step: fc.oneof(
        { depthSize: 'small' },
        { weight: 6, arbitrary: fc.tuple(word, op).map(([w, o]) => w + o) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), op).map(([s, o]) => `[${s}]${o}`) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), op).map(([s, o]) => `<${s}>${o}`) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([s, t]) => `[${s}, ${t}]`) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([s, t]) => `[${s} | ${t}]`) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('seq'), fc.constantFrom('', '%4', '%<2 3>')).map(([s, t, o]) => `{${s}, ${t}}${o}`) },
        { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([s, t]) => `[${s} . ${t}]`) },
        { weight: 1, arbitrary: tie('seq').map((s) => `[^${s}]`) },
      ),
      seq: fc.array(tie('step'), { minLength: 1, maxLength: 4 }).map((steps) => (steps as string[]).join(' ')),
    }));
    fc.assert(
      fc.property(tree.seq as fc.Arbitrary<string>, (code) => {
        expect(compareMini(code, 8), code).toBeNull();
        expect(weftSteps(code), `steps of ${code}`).toBe(strudelSteps(code));
      }),
      { numRuns: 200 },
    );
  });
});
