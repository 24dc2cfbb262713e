/**
 * Count arguments (parts, copies, pieces, steps): what each function does with zero, negative,
 * NaN, infinite and absurd counts, plain and patterned.
 */
import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  QueryBudget,
  arrange,
  binary,
  binaryL,
  binaryN,
  gap,
  irand,
  morph,
  randL,
  randrun,
  run,
  s,
  stepalt,
  timeCat,
  zip,
  type Hap,
  type Pattern,
} from '../../src/pattern/index.ts';
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
const abcd = () => s('a b c d');

describe('iter and iterBack', () => {
  it('play silence for 0 parts or fewer, as in Tidal', () => {
    expect(events(abcd().iter(0))).toEqual([]);
    expect(events(abcd().iterBack(-3))).toEqual([]);
  });

  it('refuse more than 10,000 parts', () => {
    expect(refused(() => abcd().iter(1e9)).message).toBe('iter(1e9) asks for 10⁹ parts of a cycle; weft plays up to 10,000');
    expect(refused(() => abcd().iterBack(Infinity)).message).toBe('iterBack(Infinity): a count must be finite');
  });
});

describe('chunk, chunkBack and fastChunk', () => {
  it('refuse fewer than 1 part, for which there is no chunk to change', () => {
    expect(refused(() => abcd().chunk(0, (x) => x.rev())).message).toBe('chunk(0): the count must be at least 1');
    expect(refused(() => abcd().chunkBack(-4, (x) => x.rev())).message).toBe('chunkBack(-4): the count must be at least 1');
  });

  it('refuse more than 10,000 parts, also when patterned', () => {
    expect(refused(() => abcd().fastChunk(1e5, (x) => x)).message).toContain('fastChunk(100000) asks for 100,000 parts');
    expect(refused(() => abcd().chunk(nums('<4 1e5>', 7), (x) => x).queryArc(1, 2)).locations).toEqual([{ start: 10, end: 13 }]);
  });
});

describe('euclid, euclidRot, euclidLegato and euclidLegatoRot', () => {
  it('refuse 0 steps, as mini-notation\'s "a(3,0)" does', () => {
    expect(refused(() => abcd().euclid(3, 0)).message).toBe('euclid(3, 0): there must be at least 1 step');
    expect(() => nums('a(3,0)')).toThrow('there must be at least 1 step');
  });

  it('refuse more pulses than steps, fractions, and more than 10,000 steps', () => {
    expect(refused(() => abcd().euclidLegato(9, 8)).message).toBe('euclidLegato(9, 8): there can be at most 8 pulses (or -8) in 8 steps');
    expect(refused(() => abcd().euclidRot(3.5, 8, 1)).message).toBe('euclidRot(3.5, 8, 1): pulses must be a whole number');
    expect(refused(() => abcd().euclidLegatoRot(3, 2 ** 53 + 1, 0)).message).toContain('steps is too many; weft plays up to 10,000');
  });

  it('play the off-beats for negative pulses, as before', () => {
    expect(events(s('a').euclid(-3, 8), 1)).toHaveLength(5);
  });

  it('check patterned arguments when queried, at their values', () => {
    const error = refused(() => s('a').euclid(nums('<3 9>'), 8).queryArc(1, 2));
    expect(error.message).toContain('euclid(9, 8)');
    expect(error.locations).toEqual([{ start: 3, end: 4 }]);
  });
});

describe('euclidish', () => {
  it('refuses what euclid refuses', () => {
    expect(refused(() => abcd().euclidish(3, 0, 0.5)).message).toBe('euclidish(3, 0): there must be at least 1 step');
  });
});

describe('bite', () => {
  it('refuses fewer than 1 slice, which would divide by zero, and more than 10,000', () => {
    expect(refused(() => abcd().bite(0, '0 1')).message).toBe('bite(0): the count must be at least 1');
    expect(refused(() => abcd().bite(1e9, '0 1')).message).toContain('bite(1e9) asks for 10⁹ slices of a cycle');
  });

  it('refuses slice numbers too large to be times, at where they were written', () => {
    expect(refused(() => abcd().bite(4, nums('0 1e16')).queryArc(0, 1)).locations).toEqual([{ start: 2, end: 6 }]);
  });
});

describe('chop and striate', () => {
  it('play silence for 0 pieces and refuse negative counts', () => {
    expect(events(abcd().chop(0))).toEqual([]);
    expect(refused(() => abcd().striate(-2)).message).toBe('striate(-2): the count must be at least 0');
  });

  it('refuse more than 10,000 pieces', () => {
    expect(refused(() => abcd().chop(1e9)).message).toBe('chop(1e9) asks for 10⁹ pieces of each event; weft plays up to 10,000');
  });
});

describe('slice and splice', () => {
  it('refuse fewer than 1 slice and slice numbers that are not numbers', () => {
    expect(refused(() => abcd().slice(0, '0 1').queryArc(0, 1)).message).toBe('slice(0): the count must be at least 1');
    expect(refused(() => abcd().splice(4, nums('0 NaN')).queryArc(0, 1)).locations).toEqual([{ start: 2, end: 5 }]);
  });
});

describe('echo, stut, echoWith and stutWith', () => {
  it('play silence for 0 copies and refuse negative counts', () => {
    expect(events(abcd().echo(0, 0.1, 0.5))).toEqual([]);
    expect(refused(() => abcd().stut(-1, 0.5, 0.1)).message).toBe('stut(-1): the count must be at least 0');
  });

  it('refuse more than 10,000 copies, times too far and feedback that is not a number', () => {
    expect(refused(() => abcd().echo(1e9, 0.1, 0.5)).message).toBe('echo(1e9) asks for 10⁹ copies; weft plays up to 10,000');
    expect(refused(() => abcd().echoWith(3, 1e300, (x) => x)).message).toContain('echoWith(1e300) shifts by 10³⁰⁰ cycles');
    expect(refused(() => abcd().echo(3, 0.1, Number.NaN)).message).toBe('echo(NaN): a feedback amount must be a number, not NaN');
  });
});

describe('off', () => {
  it('refuses shifts of more than 10⁹ cycles', () => {
    expect(refused(() => abcd().off(1e12, (x) => x)).message).toBe('off(1e12) shifts by 10¹² cycles; weft shifts by up to 10⁹');
  });
});

describe('plyWith and plyForEach', () => {
  it('play silence for 0 repeats and refuse negative counts', () => {
    expect(events(abcd().plyWith(0, (x) => x))).toEqual([]);
    expect(refused(() => abcd().plyForEach(-1, (x) => x)).message).toBe('plyForEach(-1): the count must be at least 0');
  });

  it('refuse more nested applications of the function than a query can walk', () => {
    expect(refused(() => abcd().plyWith(1e4, (x) => x)).message).toContain('weft takes up to 200');
  });

  it('apply the function once more to each repeat, as before', () => {
    const values = s('a').plyWith(3, (x) => x.fmap((v) => ({ ...v, n: ((v.n as number | undefined) ?? 0) + 1 }))).queryArc(0, 1).map((h) => h.value.n);
    expect(values).toEqual([undefined, 1, 2]);
  });
});

describe('chunkInto and chunkBackInto', () => {
  it('refuse fewer than 1 part and more than 10,000', () => {
    expect(refused(() => abcd().chunkInto(0, (x) => x)).message).toBe('chunkInto(0): the count must be at least 1');
    expect(refused(() => abcd().chunkBackInto(1e6, (x) => x)).message).toContain('chunkBackInto(1e6) asks for 10⁶ parts');
  });

  it('build only the cycle asked for, so that a large count is not squared', () => {
    const budget = QueryBudget.forCycles(1);
    abcd().chunkInto(5000, (x) => x.fast(2)).queryArc(0, 1, {}, budget);
    expect(budget.spent).toBeLessThan(100_000);
  });
});

describe('shuffle and scramble', () => {
  it('play silence for 0 parts and refuse fractions and negative counts', () => {
    expect(events(abcd().shuffle(0))).toEqual([]);
    expect(refused(() => abcd().scramble(2.5)).message).toBe('scramble(2.5): the count must be a whole number');
    expect(refused(() => abcd().shuffle(-4)).message).toBe('shuffle(-4): the count must be at least 0');
  });
});

describe('steps: pace, take, drop, expand, contract, extend, replicate', () => {
  it('refuse numbers that are not finite or too large', () => {
    expect(refused(() => abcd().pace(1e9)).message).toContain('pace(1e9)');
    expect(refused(() => abcd().take(Infinity)).message).toBe('take(Infinity): a number of steps must be finite');
    expect(refused(() => abcd().drop(-1e16)).message).toContain('drop(-1e16)');
  });

  it('refuse a pace that would speed a pattern of few steps up too much', () => {
    expect(refused(() => abcd().expand(1e-8).pace(4)).message).toContain('pace(4) of a pattern of');
  });

  it('refuse negative step counts and dividing the count by zero', () => {
    expect(refused(() => abcd().extend(-2)).message).toBe('extend(-2): the factor must not be negative');
    expect(refused(() => abcd().replicate(-2)).message).toBe('replicate(-2): the factor must not be negative');
    expect(refused(() => abcd().expand(-2)).message).toBe('expand(-2): a step count cannot be negative');
    expect(refused(() => abcd().contract(0)).message).toBe('contract(0) would divide the step count by zero');
  });

  it('refuse more copies than a factor may make', () => {
    expect(refused(() => abcd().replicate(1e5)).message).toContain('replicate(100000) asks for 100,000 events a cycle');
  });
});

describe('shrink and grow', () => {
  it('refuse to make a copy for each of more than 10,000 steps', () => {
    expect(refused(() => abcd().expand(1e5).shrink(1)).message).toContain('shrink of a pattern of 400,000 steps');
  });

  it('refuse amounts that are not finite', () => {
    expect(refused(() => abcd().grow(Number.NaN)).message).toBe('grow(NaN): a number of steps must be a number, not NaN');
  });
});

describe('zip and stepalt', () => {
  it('refuse patterns that take more than 10,000 steps to come round together', () => {
    expect(refused(() => zip(nums('a!9973'), nums('b!9967'))).message).toContain('zip of these patterns takes');
    const lists = [2, 3, 5, 7, 11, 13, 17].map((k) => Array.from({ length: k }, () => 'a'));
    expect(refused(() => stepalt(...lists)).message).toContain('stepalt of these lists takes');
  });
});

describe('timeCat, arrange and gap', () => {
  it('refuse weights and lengths that are negative, not finite or too large', () => {
    expect(refused(() => timeCat([-1, 'a'], [1, 'b'])).message).toBe('timeCat(-1): the count must be at least 0');
    expect(refused(() => arrange([Number.NaN, 'a'])).message).toBe('arrange(NaN): a count must be a number, not NaN');
    expect(refused(() => gap(Infinity)).message).toBe('gap(Infinity): a number of steps must be finite');
  });

  it('refuse an arrangement that lasts no time at all', () => {
    expect(refused(() => arrange([0, 'a'])).message).toContain('at least one section');
  });
});

describe('run, binaryN, binary and binaryL', () => {
  it('play silence for 0 steps or fewer, as in Tidal', () => {
    expect(events(run(0))).toEqual([]);
    expect(events(run(-3))).toEqual([]);
    expect(events(binary(0))).toEqual([]);
  });

  it('refuse more than 10,000 steps and numbers that are not finite', () => {
    expect(refused(() => run(1e9)).message).toBe('run(1e9) asks for 10⁹ steps a cycle; weft plays up to 10,000');
    expect(refused(() => run(nums('<4 1e9>')).queryArc(1, 2)).locations).toEqual([{ start: 3, end: 6 }]);
    expect(refused(() => binaryN(5, 1e6)).message).toContain('binaryN(1e6) asks for 10⁶ bits');
    expect(refused(() => binary(Infinity)).message).toBe('binary(Infinity): a number must be finite');
    expect(refused(() => binaryL(Infinity)).message).toBe('binaryL(Infinity): a number must be finite');
  });
});

describe('randL, randrun and irand', () => {
  it('refuse more than 10,000 random values and numbers that are not finite', () => {
    expect(refused(() => randL(1e9)).message).toBe('randL(1e9) asks for 10⁹ random values; weft plays up to 10,000');
    expect(refused(() => randrun(1e9)).message).toContain('randrun(1e9)');
    expect(refused(() => irand(Number.NaN)).message).toBe('irand(NaN): a number must be a number, not NaN');
  });
});

describe('morph', () => {
  it('refuses an amount that is not finite', () => {
    expect(refused(() => morph([1, 0, 1], [1, 1, 0], Infinity)).message).toBe('morph(Infinity): an amount must be finite');
  });
});

describe('degradeBy, sometimesBy and seed', () => {
  it('refuse amounts and seeds that are not numbers, and keep any finite amount', () => {
    expect(refused(() => abcd().degradeBy(Number.NaN)).message).toBe('degradeBy(NaN): an amount must be a number, not NaN');
    expect(refused(() => abcd().sometimesBy(Infinity, (x) => x)).message).toBe('sometimesBy(Infinity): an amount must be finite');
    expect(refused(() => abcd().seed(Number.NaN)).message).toBe('seed(NaN): a seed must be a number, not NaN');
    expect(events(abcd().degradeBy(10))).toEqual([]);
  });
});
