/**
 * Mini-notation's numbers: exponents read as Strudel reads them, absurd or meaningless numbers
 * refused with errors placed at the number (or operator), nesting limited, and `*` and `/`
 * meaning what `fast` and `slow` mean.
 */
import { describe, expect, it } from 'vitest';
import { MiniParseError, mini } from '../../src/mini/index.ts';
import { MAX_MINI_DEPTH } from '../../src/mini/parser.ts';
import { ArgumentError, QueryBudget, type Hap } from '../../src/pattern/index.ts';
import { compareMini } from './mini-oracle.ts';

function parseError(code: string, offset = 0): MiniParseError {
  try {
    mini(code, offset);
  } catch (error) {
    if (error instanceof MiniParseError) return error;
    throw error;
  }
  throw new Error(`no error for ${code}`);
}

function queryError(code: string, begin = 0, end = 2): ArgumentError {
  try {
    mini(code).queryArc(begin, end, {}, QueryBudget.forCycles(end - begin));
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error(`no error for ${code}`);
}

const show = (haps: Hap<unknown>[]) => haps.map((h) => `${h.whole?.toString() ?? '~'} ${JSON.stringify(h.value)}`);

describe('numbers after @ ! ? and _', () => {
  it.each(['c@1e1 g', 'c@1E1 g', 'c@2.5e-1 g', 'c@1e+1 g', 'c@1e-1 g', 'c@1e1 g@2e0', 'a!2e0 b', 'a!1e-1 b', 'a!2.5e-1 b c', 'a@1e-1!2 b', 'a?1e-1*8', 'a?1e0*8', 'a _1e1', 'a _ _1e0', 'a? b?0.5e0'])(
    'read exponents as Strudel does: %s',
    (code) => expect(compareMini(code, 4)).toBeNull(),
  );

  it.each(['c@1e1.5 g', 'c@1E-1x g', 'c@1.e1 g', 'c@1e g', 'c@e1 g'])('stop where Strudel stops reading a number: %s', (code) => {
    expect(compareMini(code, 4)).toBeNull();
  });

  it('gives note("c@1e1 g") a weight of 10, not the notes c, e1 and g', () => {
    expect(show(mini('c@1e1 g').queryArc(0, 1))).toEqual(['0/1→10/11 "c"', '10/11→1/1 "g"']);
  });
});

describe('* and /', () => {
  it('mean what fast and slow mean: a negative factor plays the pattern reversed', () => {
    expect(show(mini('[a b c]*-1').queryArc(0, 2))).toEqual(show(mini('a b c').fast(-1).queryArc(0, 2)));
    expect(show(mini('[a b c]/-2').queryArc(0, 4))).toEqual(show(mini('a b c').slow(-2).queryArc(0, 4)));
  });

  it('play silence for a factor of 0, as Strudel does', () => {
    expect(compareMini('a*0 b', 4)).toBeNull();
    expect(compareMini('a/0 b', 4)).toBeNull();
  });

  it('refuse more than 10,000 events a cycle, at the number, in the words of the issue', () => {
    const error = parseError('bd*100000000', 10);
    expect(error.message).toBe('mini-notation: *1e8 asks for 10⁸ events a cycle; weft plays up to 10,000');
    expect(error.offset).toBe(13);
    expect(parseError('a/1e-9').offset).toBe(2);
  });

  it('refuse a number too large to be a time, rather than dividing by zero', () => {
    expect(parseError('a*1e16').message).toBe('mini-notation: *1e16 asks for 10¹⁶ events a cycle; weft plays up to 10,000');
  });

  it('refuse NaN and words, as Strudel does, at the word', () => {
    expect(parseError('bd*NaN').message).toBe('mini-notation: * needs a factor, not "NaN"');
    expect(parseError('bd*NaN').offset).toBe(3);
    expect(parseError('bd*foo').offset).toBe(3);
    expect(parseError('bd*Infinity').message).toBe('mini-notation: *Infinity: a factor must be finite');
  });

  it('check patterned factors when queried, placing the error at the number', () => {
    expect(mini('a*<1 1e9>').queryArc(0, 1)).toHaveLength(1);
    const error = queryError('a*<1 1e9>', 1, 2);
    expect(error.message).toBe('*(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000'.replace('*(1e9)', '*1e9'));
    expect(error.locations).toEqual([{ start: 5, end: 8 }]);
    expect(queryError('a*<2 foo>', 1, 2).locations).toEqual([{ start: 5, end: 8 }]);
  });

  it('leave a rest as a factor silent', () => {
    expect(compareMini('a*~ b', 4)).toBeNull();
  });
});

describe('! replication', () => {
  it('refuses more than 10,000 copies, at the "!" that asks for them', () => {
    expect(parseError('a!20000').message).toBe('mini-notation: !20000 asks for 20,000 copies of a step; weft plays up to 10,000');
    expect(parseError('a!20000').offset).toBe(1);
    const many = `a${'!'.repeat(20_000)}`;
    expect(parseError(many).offset).toBe(10_000);
  });

  it('refuses a count so small that the step would weigh nothing', () => {
    expect(parseError('a!4e-57 b').message).toBe('mini-notation: a weight of 4 × 10⁻⁵⁷ is too small; weft takes weights from 10⁻⁹');
  });

  it('refuses infinitely many', () => {
    expect(parseError('a!1e400').message).toBe('mini-notation: !Infinity: a count must be finite');
  });
});

describe('@ weights', () => {
  it('refuses weights beyond 10⁹, at the number', () => {
    const error = parseError('a@1e400 b');
    expect(error.message).toBe('mini-notation: a weight of infinitely many is too large; weft takes weights up to 10⁹');
    expect(error.offset).toBe(2);
  });

  it('refuses weights too small to be kept as exact times, rather than dividing by zero', () => {
    const error = parseError('{a@5e-324 b}');
    expect(error.message).toBe('mini-notation: a weight of 4.9 × 10⁻³²⁴ is too small; weft takes weights from 10⁻⁹');
    expect(error.offset).toBe(3);
  });

  it('still refuses negative weights, as Strudel does', () => {
    expect(parseError('a@-1 b').message).toBe('mini-notation: expected a positive weight, found -1');
  });
});

describe('.. ranges', () => {
  it('refuse more than 10,000 steps between two numbers, at the end of the range', () => {
    const error = parseError('0 .. 1e8', 3);
    expect(error.message).toBe('mini-notation: 0 .. 1e8 asks for 10⁸ steps; weft plays up to 10,000');
    expect(error.offset).toBe(8);
  });

  it('count steps rather than stepping until a number so large that adding 1 leaves it as it is', () => {
    expect(mini('1e16 .. 1e16').queryArc(0, 1)).toHaveLength(1);
  });

  it('check patterned ends when queried, at the end that asks for too many', () => {
    expect(queryError('0 .. <4 1e8>', 1, 2).locations).toEqual([{ start: 8, end: 11 }]);
  });
});

describe('Euclidean arguments', () => {
  it('refuse what euclid refuses, at the offending argument', () => {
    expect(parseError('a(3,0)').message).toBe('mini-notation: (3,0): there must be at least 1 step');
    expect(parseError('a(3,0)').offset).toBe(4);
    expect(parseError('a(9,8)').offset).toBe(2);
    expect(parseError('a(3,8,1e16)').offset).toBe(6);
  });

  it('refuse a step count too large for an array, rather than failing to make one', () => {
    expect(parseError('a(3,9007199254740993)').message).toBe('mini-notation: (3,9007199254740992): 9 × 10¹⁵ steps is too many; weft plays up to 10,000');
  });

  it('check patterned arguments when queried, at their values', () => {
    const error = queryError('a(<3 9>,8)', 1, 2);
    expect(error.message).toContain('there can be at most 8 pulses');
    expect(error.locations?.map((l) => l.start)).toContain(5);
  });
});

describe('% steps of a polymeter', () => {
  it('refuses more than 10,000 steps a cycle and negative ones, at the number', () => {
    expect(parseError('{a b}%1e9').message).toBe('mini-notation: %1e9 asks for 10⁹ steps a cycle; weft plays up to 10,000');
    expect(parseError('{a b}%1e9').offset).toBe(6);
    expect(parseError('{a b}%-1').message).toBe('mini-notation: %-1: the count must be at least 0');
  });

  it('plays silence for 0 steps, as Strudel does', () => {
    expect(compareMini('{a b}%0', 4)).toBeNull();
  });
});

describe('nesting', () => {
  it('reads brackets nested up to MAX_MINI_DEPTH deep', () => {
    const deep = `${'['.repeat(MAX_MINI_DEPTH)}a b${']'.repeat(MAX_MINI_DEPTH)}`;
    expect(mini(deep).queryArc(0, 1)).toHaveLength(2);
  });

  it('refuses deeper nests with a located error, not a stack overflow', () => {
    for (const open of ['[', '<', '{']) {
      const code = `${open.repeat(3000)}a`;
      const error = parseError(code, 5);
      expect(error.message).toBe('mini-notation: brackets nest more than 100 deep; weft reads up to 100 levels');
      expect(error.offset).toBe(5 + MAX_MINI_DEPTH);
    }
  });

  it('limits nested Euclidean arguments too', () => {
    expect(parseError(`${'a('.repeat(3000)}3,8)`).message).toContain('nest more than 100 deep');
  });
});

describe('MiniParseError messages', () => {
  it('say what is wrong and what was expected, without offsets (the evaluator adds line:col)', () => {
    for (const code of ['[a b', 'a*', 'a(3,0)', 'a*1e9', '{a}%-1', 'a!20000', `${'['.repeat(200)}a`]) {
      expect(parseError(code, 12).message).not.toMatch(/ at \d/);
    }
  });
});
