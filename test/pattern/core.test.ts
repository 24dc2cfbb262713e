import { describe, expect, it } from 'vitest';
import { appLeft, appRight, pure, sequence, withLocation, type Pattern } from '../../src/pattern/index.ts';

const located = <T>(value: T, start: number): Pattern<T> => withLocation({ start, end: start + 1 }, pure(value));

function described(pat: Pattern<unknown>): string[] {
  return pat
    .queryArc(0, 1)
    .map((h) => `${h.whole?.begin.toString()}-${h.whole?.end.toString()} ${JSON.stringify(h.value)} @${h.context.locations.map((l) => l.start).join(',')}`);
}

describe('appLeft', () => {
  it('keeps the structure of the left and lists the left\'s locations first', () => {
    const pat = appLeft((a: string, b: string) => a + b, located('a', 0), sequence(located('b', 2), located('c', 4)));
    expect(described(pat)).toEqual(['0/1-1/1 "ab" @0,2', '0/1-1/1 "ac" @0,4']);
    expect(pat.queryArc(0, 1).map((h) => `${h.part.begin.toString()}-${h.part.end.toString()}`)).toEqual(['0/1-1/2', '1/2-1/1']);
  });

  it('lists the right\'s locations first when asked', () => {
    const pat = appLeft((a: string, b: string) => a + b, located('a', 0), located('b', 2), 'right-first');
    expect(described(pat)).toEqual(['0/1-1/1 "ab" @2,0']);
  });
});

describe('appRight', () => {
  it('keeps the structure of the right, with values f(left, right) and the left\'s locations first', () => {
    const pat = appRight((a: string, b: string) => a + b, sequence(located('a', 0), located('b', 2)), located('c', 4));
    expect(described(pat)).toEqual(['0/1-1/1 "ac" @0,4', '0/1-1/1 "bc" @2,4']);
    expect(pat.steps?.toString()).toBe('1/1');
  });
});
