import { describe, expect, it } from 'vitest';
import { evaluate, LoopGuard } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';

const onsets = (code: string, cycles = 1): string[] =>
  evaluate(code).pattern.queryArc(0, cycles).map((h) => `${h.whole!.begin.toString()} ${JSON.stringify(h.value)}`).sort();

describe('all and each', () => {
  it('apply to every block, muted ones included, and keep the blocks apart', () => {
    const { blocks } = evaluate('$drums: s("bd sd")\n_$: s("hh")\nall(x => x.gain(0.5))');
    expect(blocks.map((b) => b.label)).toEqual(['$drums', '_$']);
    for (const b of blocks) expect(b.pattern.queryArc(0, 1).every((h) => (h.value as { gain?: number }).gain === 0.5)).toBe(true);
  });

  it('keep the source places of the events, so the code still lights up', () => {
    const [hap] = evaluate('$: s("bd")\nall(x => x.fast(2))').pattern.queryArc(0, 1);
    expect(hap?.context.locations).toEqual([{ start: 6, end: 8 }]);
  });

  it('apply each before all, each in the order of the calls', () => {
    expect(onsets('all(x => x.ply("<1 2>"))\n$: s("bd sd")\neach(x => x.fast(2))', 2)).toEqual(onsets('$: s("bd sd").fast(2).ply("<1 2>")', 2));
    expect(onsets('$: s("bd")\nall(x => x.fast(2))\nall(x => x.gain(0.5))')).toEqual(onsets('$: s("bd").fast(2).gain(0.5)'));
  });

  it('apply to the last expression when there is no block, and leave code without them as it was', () => {
    expect(onsets('all(x => x.fast(2))\ns("bd")')).toEqual(onsets('s("bd").fast(2)'));
    expect(onsets('s("bd")')).toEqual(['0/1 {"s":"bd"}']);
  });

  it('say where the call is when it is not given a function, or its function gives no pattern', () => {
    const notFunction = errorOf('$: s("bd")\neach(0.5)');
    expect(notFunction.message).toBe('each(...) needs a function of a pattern, such as each(x => x.room(0.3)), not the number 0.5');
    expect([notFunction.line, notFunction.column]).toEqual([2, 1]);
    const noPattern = errorOf('$: s("bd")\n\nall(x => x.toString())');
    expect(noPattern.message).toMatch(/^all\(\.\.\.\) needs a function that returns a pattern, such as all\(x => x\.room\(0\.3\)\); this one returned the string/);
    expect([noPattern.line, noPattern.column]).toEqual([3, 1]);
  });

  it('place an error thrown inside the function in it, and stop its loops within the budget', () => {
    const thrown = errorOf('$: s("bd")\nall(x => x.nope())');
    expect([thrown.line, thrown.column, thrown.message]).toEqual([2, 12, 'x.nope is not a function']);
    expect(() => evaluate('$: s("bd")\nall(x => { while (true) {} })', { budget: 100, guard: new LoopGuard() })).toThrow(/ran for more than 100 ms/);
  });
});

describe('setCps and setCpm', () => {
  it('are Strudel names for setcps and setcpm, with their checks', () => {
    expect(evaluate('setCps(0.75)\n$: s("bd")').cps).toBe(0.75);
    expect(evaluate('setCpm(90)\n$: s("bd")').cps).toBe(1.5);
    expect(errorOf('setCps("fast")').message).toBe('setCps needs a number, not the string "fast"');
  });
});
