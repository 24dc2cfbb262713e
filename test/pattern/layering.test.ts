import { describe, expect, it } from 'vitest';
import { fast, jux, off, pure, rev, sequence, superimpose, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const twoCycles = (L: Lib) => L.cat(L.sequence(1, 2, 3, 4), L.sequence(5, 6));
/** Control objects, one with a pan and a gain, shifted so that events cross cycle boundaries. */
const sounds = (L: Lib) => L.sequence({ s: 'a' }, { s: 'b', pan: 0.2, gain: 0.3 }, { s: 'c', speed: 3 }).late(0.5);

describe('off', () => {
  it('stacks a shifted, transformed copy', () => {
    expectLikeStrudel((L) => twoCycles(L).off(0.125, L.fast(2)));
    expectLikeStrudel((L) => twoCycles(L).late(0.3).off(0.25, (x) => x.rev()));
  });
  it('takes a patterned time, cutting at its boundaries', () => {
    expectLikeStrudel((L) => twoCycles(L).off(L.sequence(0.125, 0.25), L.fast(2)));
    expectStepsLikeStrudel((L) => twoCycles(L).off(L.sequence(0.125, 0.25), L.fast(2)));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(1, 2, 3);
    expect(weftEvents(off(0.25, fast(2))(p), 0, 2)).toEqual(weftEvents(off(0.25, fast(2), p), 0, 2));
  });
});

describe('superimpose', () => {
  it('stacks the pattern with transformed copies', () => {
    expectLikeStrudel((L) => twoCycles(L).superimpose(L.fast(2), L.rev));
    expectLikeStrudel((L) => twoCycles(L).superimpose((x) => x.late(0.1), (x) => x.fast(3)));
    expectStepsLikeStrudel((L) => twoCycles(L).superimpose((x) => x.segment(5)));
  });
  it('works as a free function, and without a pattern', () => {
    const p = sequence(1, 2, 3);
    expect(weftEvents(superimpose(fast(2), p), 0, 2)).toEqual(weftEvents(p.superimpose(fast(2)), 0, 2));
    expect(weftEvents(superimpose(fast(2), rev)(p), 0, 2)).toEqual(weftEvents(p.superimpose(fast(2), rev), 0, 2));
  });
});

describe('layer', () => {
  it('stacks transformed copies without the original', () => {
    expectLikeStrudel((L) => twoCycles(L).layer(L.fast(2), L.rev));
    expectStepsLikeStrudel((L) => twoCycles(L).layer((x) => x.segment(5)));
  });
});

describe('echoWith', () => {
  it('transforms every copy once, giving the function the copy number', () => {
    expectLikeStrudel((L) => twoCycles(L).echoWith(3, 0.125, (x) => x.fast(2)));
    expectLikeStrudel((L) => twoCycles(L).echoWith(3, 0.125, (x, i) => x.early(0.1 * i)));
    expectLikeStrudel((L) => twoCycles(L).echoWith(2.5, 0.2, (x, i) => (i === 0 ? x : x.rev())));
  });
  it('takes patterned counts and times', () => {
    expectLikeStrudel((L) => twoCycles(L).echoWith(L.cat(3, 2), L.sequence(0.1, 0.2), (x) => x.fast(2)));
  });
});

describe('stutWith', () => {
  it('is echoWith', () => {
    expectLikeStrudel((L) => twoCycles(L).stutWith(3, 0.125, (x, i) => x.late(i / 10)));
  });
});

describe('echo', () => {
  it('stacks later copies with gain set to feedback to the power of the copy number', () => {
    expectLikeStrudel((L) => sounds(L).echo(3, 0.2, 0.5));
    expectLikeStrudel((L) => sounds(L).echo(0, 0.2, 0.5), { allowEmpty: true });
    expectStepsLikeStrudel((L) => sounds(L).echo(3, 0.2, 0.5));
  });
  it('turns plain values into { value } controls, as Strudel does', () => {
    expectLikeStrudel((L) => (L.sequence(1, 2) as unknown as Pattern<object>).echo(3, 0.2, 0.5));
  });
  it('takes patterned arguments', () => {
    expectLikeStrudel((L) => sounds(L).echo(L.cat(3, 2), L.sequence(0.125, 0.2), L.sequence(0.5, 0.7)));
  });
});

describe('stut', () => {
  it('is echo with the feedback before the time', () => {
    expectLikeStrudel((L) => sounds(L).stut(3, 0.5, 0.125));
  });
});

describe('juxBy', () => {
  it('pans the pattern and a transformed copy apart around their pan', () => {
    expectLikeStrudel((L) => sounds(L).juxBy(0.5, L.rev));
    expectLikeStrudel((L) => sounds(L).juxBy(L.cat(0.5, 0.2), (x) => x.fast(2)));
  });
});

describe('jux', () => {
  it('plays the pattern hard left and the transformed copy hard right', () => {
    expectLikeStrudel((L) => sounds(L).jux(L.rev));
    expectLikeStrudel((L) => sounds(L).jux((x) => x.rev()));
    expectStepsLikeStrudel((L) => sounds(L).jux(L.rev));
  });
  it('sets pan 0 and 1 on values without a pan', () => {
    const values = weftEvents(pure({ s: 'bd' }).jux(rev), 0, 1).map((e) => e.value);
    expect(values).toEqual([{ s: 'bd', pan: 0 }, { s: 'bd', pan: 1 }]);
    expect(weftEvents(jux(rev)(pure({ s: 'bd' })), 0, 1)).toEqual(weftEvents(jux(rev, pure({ s: 'bd' })), 0, 1));
  });
});

describe('hurry', () => {
  it('turns plain values into { value } controls, as Strudel does', () => {
    expectLikeStrudel((L) => (L.sequence(1, 2) as unknown as Pattern<object>).hurry(2));
  });
  it('speeds the pattern up and multiplies its speed', () => {
    expectLikeStrudel((L) => sounds(L).hurry(1.5));
    expectLikeStrudel((L) => sounds(L).hurry(L.cat(2, L.sequence(1, 3))));
  });
});
