/**
 * Factor and time arguments: what each function does with zero, negative, NaN, infinite and
 * absurd numbers, plain (checked when called) and patterned (checked when queried, the error
 * placed at the offending value).
 */
import { describe, expect, it } from 'vitest';
import { ArgumentError, QueryBudget, seqPLoop, s, n, type Hap, type Pattern } from '../../src/pattern/index.ts';
import { mini } from '../../src/mini/index.ts';

/** Mini-notation read as numbers, as a count or factor argument is. */
const nums = (code: string, offset = 0) => mini(code, offset) as Pattern<number>;

function refused(run: () => unknown): ArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const show = (haps: Hap<unknown>[]) => haps.map((h) => h.toString());
const events = (pat: Pattern<unknown>, cycles = 2) => show(pat.queryArc(0, cycles, {}, QueryBudget.forCycles(cycles)));
const abc = () => s('a b c');

describe('fast', () => {
  it('plays silence for a factor of 0, as in Tidal', () => {
    expect(events(abc().fast(0))).toEqual([]);
  });

  it('plays the pattern reversed for a negative factor, as in Tidal', () => {
    expect(events(abc().fast(-2))).toEqual(events(abc().fast(2).rev()));
  });

  it('refuses more than 10,000 events a cycle when called', () => {
    expect(refused(() => abc().fast(1e9)).message).toBe('fast(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
  });

  it('refuses NaN and infinities when called', () => {
    expect(refused(() => abc().fast(Number.NaN)).message).toBe('fast(NaN): a factor must be a number, not NaN');
    expect(refused(() => abc().fast(-Infinity)).message).toBe('fast(-Infinity): a factor must be finite');
  });

  it('refuses a tiny factor whose time would not be exact, rather than playing silence', () => {
    expect(refused(() => abc().fast(1e-300)).message).toContain('slows the pattern down 10³⁰⁰ times');
  });

  it('checks a patterned factor when queried, placing the error at the offending number', () => {
    const pat = abc().fast(nums('<1 1e9>', 100));
    expect(events(pat, 1)).toHaveLength(3);
    const error = refused(() => pat.queryArc(1, 2));
    expect(error.message).toBe('fast(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
    expect(error.locations).toEqual([{ start: 103, end: 106 }]);
  });

  it('refuses a word where a factor should be, where it was written', () => {
    expect(refused(() => abc().fast('x').queryArc(0, 1)).locations).toEqual([{ start: 0, end: 1 }]);
  });
});

describe('slow', () => {
  it('plays silence for a factor of 0 and reverses for a negative one, as in Tidal', () => {
    expect(events(abc().slow(0))).toEqual([]);
    expect(events(abc().slow(-2), 4)).toEqual(events(abc().slow(2).rev(), 4));
  });

  it('refuses a factor whose inverse asks for more than 10,000 events a cycle', () => {
    expect(refused(() => abc().slow(1e-9)).message).toBe('slow(1e-9) asks for 10⁹ events a cycle; weft plays up to 10,000');
  });

  it('refuses slowing down more than 10⁹ times', () => {
    expect(refused(() => abc().slow(1e16)).message).toContain('slows the pattern down 10¹⁶ times');
  });
});

describe('ply', () => {
  it('refuses more than 10,000 repeats', () => {
    expect(refused(() => abc().ply(1e9)).message).toBe('ply(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
  });

  it('plays silence for 0, as Tidal\'s fast 0 of each event', () => {
    expect(events(abc().ply(0))).toEqual([]);
  });
});

describe('segment', () => {
  it('refuses more than 10,000 segments and segments longer than 10,000 cycles', () => {
    expect(refused(() => abc().segment(1e9)).message).toBe('segment(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
    expect(refused(() => abc().segment(1e-9)).message).toBe('segment(1e-9) makes events 10⁹ cycles long; weft plays events up to 10,000 cycles long');
  });
});

describe('fastGap', () => {
  it('plays silence for 0 and refuses a negative factor, which has no meaning', () => {
    expect(events(abc().fastGap(0))).toEqual([]);
    expect(refused(() => abc().fastGap(-2)).message).toBe('fastGap(-2): the factor must not be negative');
  });
});

describe('early and late', () => {
  it('refuse shifts of more than 10⁹ cycles and times that are not numbers', () => {
    expect(refused(() => abc().late(1e16)).message).toBe('late(1e16) shifts by 10¹⁶ cycles; weft shifts by up to 10⁹');
    expect(refused(() => abc().early(Number.NaN)).message).toBe('early(NaN): a time in cycles must be a number, not NaN');
  });
});

describe('hurry', () => {
  it('refuses what fast refuses, under its own name', () => {
    expect(refused(() => abc().hurry(1e5)).message).toBe('hurry(100000) asks for 100,000 events a cycle; weft plays up to 10,000');
  });
});

describe('zoom, compress and focus', () => {
  it('refuse a zoom over more cycles than a factor may speed up', () => {
    expect(refused(() => abc().zoom(0, 1e9)).message).toContain('zoom over 10⁹ cycles');
    expect(refused(() => abc().focus(0, 1e-9)).message).toContain('focus over 10⁹ cycles');
  });

  it('refuse times that are not finite', () => {
    expect(refused(() => abc().compress(Number.NaN, 1)).message).toBe('compress(NaN): a time in cycles must be a number, not NaN');
  });

  it('refuse to focus on no time at all', () => {
    expect(refused(() => abc().focus(0.5, 0.5)).message).toContain('begin and end are the same');
  });
});

describe('linger', () => {
  it('plays silence for 0 and the end of the cycle for a negative fraction', () => {
    expect(events(abc().linger(0))).toEqual([]);
    expect(events(abc().linger(-1 / 3))[0]).toContain('"c"');
  });

  it('refuses a fraction so small it repeats more than 10,000 times a cycle', () => {
    expect(refused(() => abc().linger(1e-9)).message).toBe('linger(1e-9) asks for 10⁹ repeats a cycle; weft plays up to 10,000');
  });
});

describe('inside and outside', () => {
  it('play silence inside a factor of 0, as in Tidal', () => {
    expect(events(abc().inside(0, (x) => x.rev()))).toEqual([]);
  });

  it('refuse outside 0, which would divide by zero', () => {
    expect(refused(() => abc().outside(0, (x) => x.rev())).message).toBe('outside(0): the factor must not be 0');
  });

  it('refuse factors beyond 10,000 either way', () => {
    expect(refused(() => abc().inside(1e9, (x) => x)).message).toContain('inside(1e9)');
    expect(refused(() => abc().outside(1e-9, (x) => x)).message).toContain('outside(1e-9)');
  });
});

describe('swingBy and swing', () => {
  it('refuse a number of slices beyond 10,000 and amounts beyond 10⁹', () => {
    expect(refused(() => abc().swing(1e6)).message).toContain('swing(1e6) asks for 10⁶ times the speed');
    expect(refused(() => abc().swingBy(2e9, 4)).message).toContain('swingBy(2e9)');
  });
});

describe('cpm', () => {
  it('refuses a tempo that asks for more than 10,000 cycles of the pattern in one', () => {
    expect(refused(() => abc().cpm(1e9)).message).toContain('cpm(1e9)');
    expect(refused(() => abc().cpm(200_000).queryArc(0, 1, { _cps: 0.01 })).message).toContain('cpm(200000) at 0.01 cycles per second');
  });
});

describe('ribbon', () => {
  it('plays silence for a loop of no cycles and refuses loops too short or offsets too far', () => {
    expect(events(abc().ribbon(0, 0))).toEqual([]);
    expect(refused(() => abc().ribbon(0, 1e-9)).message).toContain('ribbon(1e-9) asks for 10⁹ loops a cycle');
    expect(refused(() => abc().ribbon(1e16, 1)).message).toContain('ribbon(1e16) shifts by 10¹⁶ cycles');
  });
});

describe('loopAt', () => {
  it('plays silence for 0, as slow(0) does, and refuses loops too short', () => {
    expect(events(abc().loopAt(0))).toEqual([]);
    expect(refused(() => abc().loopAt(1e-6)).message).toContain('loopAt(0.000001) asks for 10⁶ loops a cycle');
  });
});

describe('repeatCycles', () => {
  it('refuses 0 and negative counts, which would divide by zero or run backwards', () => {
    expect(refused(() => abc().repeatCycles(0)).message).toBe('repeatCycles(0): a count of repeats must be more than 0');
    expect(refused(() => abc().repeatCycles(5e-324)).message).toContain('must be at least');
  });
});

describe('seqPLoop', () => {
  it('refuses a loop so short it plays more than 10,000 times a cycle', () => {
    expect(refused(() => seqPLoop([0, 1e-9, 'a'])).message).toContain('seqPLoop looping every 10⁻⁹ cycles');
  });

  it('refuses times that are not finite', () => {
    expect(refused(() => seqPLoop([0, Infinity, 'a'])).message).toContain('seqPLoop(Infinity)');
  });
});

describe('range of a numeric pattern', () => {
  it('leaves bounds as values, whatever their size', () => {
    expect(events(n('0 1').fmap((x) => x.n as number).range(0, 1e300), 1)).toHaveLength(2);
  });
});
