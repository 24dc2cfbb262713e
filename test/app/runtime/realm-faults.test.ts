// How the runtime copes with a performer realm that hangs, breaks, is damaged or is asked for
// too much: the faulty block alone falls back, its error is located, and every other block
// keeps sounding, its events neither cancelled nor late.
import { describe, expect, it } from 'vitest';
import { FILL_LIMIT, START_DELAY } from '../../../src/app/runtime/host.ts';
import { FakeThread } from './helpers.ts';

const sounds = (events: readonly { controls: Record<string, unknown> }[]): Set<unknown> => new Set(events.map((e) => e.controls['s']));

/** The largest gap (s) between consecutive onsets of sound `s` in `[from, to)`. */
function largestGap(t: FakeThread, s: string, from: number, to: number): number {
  const times = t.worklet.between(from, to).filter((e) => e.controls['s'] === s).map((e) => e.time);
  let gap = 0;
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i]! - times[i - 1]!);
  return gap;
}

describe('a block whose pattern hangs while being queried', () => {
  const HANGS = `a: s("hh*8")\nb: s("<bd sd cp>").fmap(v => v)`;

  it('is reverted on its own after the realm is replaced; the other block plays on with no gap', () => {
    // The realm hangs on the first query of the new block b (entry 2, index 1) from cycle 2.
    const t = new FakeThread({ hangs: (m) => m.type === 'fill' && m.queries.some((q) => q.entry === 2 && q.index === 1 && q.from[0] / q.from[1] >= 2) });
    t.send({ type: 'evaluate', id: 1, code: 'a: s("hh*8")\nb: s("rim")' });
    t.run(200);
    t.send({ type: 'evaluate', id: 2, code: HANGS });
    t.run(9000);
    const [error, ...more] = t.of('queryError');
    expect(more).toEqual([]);
    expect(error).toMatchObject({ label: 'b', reverted: 'previous', line: 2, from: HANGS.indexOf('b:') });
    expect(error!.message).toMatch(/without finishing/);
    expect(t.performers.length).toBeGreaterThanOrEqual(2);
    // hh*8 at cps 0.5: one every 0.25 s, all along.
    expect(largestGap(t, 'hh', START_DELAY, 9)).toBeCloseTo(0.25, 6);
    expect(sounds(t.worklet.between(7, 9))).toEqual(new Set(['hh', 'rim']));
    expect(t.last('status').status.eventsLate).toBe(0);
  });
});

describe('a block whose check fails when evaluated', () => {
  it('keeps playing its previous version, while the blocks that passed swap in', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 'a: s("hh*4")\nb: s("rim*2")' });
    t.run(300);
    const code = `a: s("oh*4")\nb: s("bd").fmap(() => { throw new Error('boom') })`;
    t.send({ type: 'evaluate', id: 2, code });
    expect(t.last('evaluated').blocks.map((b) => b.label)).toEqual(['a']);
    const error = t.last('queryError');
    expect(error).toMatchObject({ label: 'b', reverted: 'previous', message: 'boom', line: 2 });
    expect(error.from).toBe(code.indexOf('new Error'));
    // Reported after the evaluation (which clears the errors shown).
    expect(t.posted.findIndex((m) => m.type === 'queryError')).toBeGreaterThan(t.posted.findIndex((m) => m.type === 'evaluated' && m.id === 2));
    t.run(3000);
    expect(sounds(t.worklet.between(1.5, 3))).toEqual(new Set(['oh', 'rim']));
  });

  it('says how many events a block asks for when it asks for too many', () => {
    const t = new FakeThread();
    // Each factor is allowed on its own; their product is not.
    const code = 'a: s("hh*4")\nb: s("bd*100").fast(200)';
    t.send({ type: 'evaluate', id: 1, code });
    expect(t.last('queryError')).toMatchObject({ label: 'b', reverted: 'silence', line: 2 });
    expect(t.last('queryError').message).toMatch(/10,000/);
    t.run(2000);
    expect(sounds(t.worklet.between(0, 2))).toEqual(new Set(['hh']));
  });
});

describe('an evaluation that never finishes', () => {
  it('fails with an error, the previous code plays on, and the next evaluation plays', () => {
    const t = new FakeThread({ hangs: (m) => m.type === 'evaluate' && m.code.includes('forever') });
    t.send({ type: 'evaluate', id: 1, code: '$: s("hh*4")' });
    t.run(300);
    t.send({ type: 'evaluate', id: 2, code: '// forever\n$: s("bd*4")' });
    t.run(5000);
    expect(t.last('error')).toMatchObject({ id: 2 });
    expect(t.last('error').message).toMatch(/without finishing/);
    expect(largestGap(t, 'hh', START_DELAY, 5)).toBeCloseTo(0.5, 6);
    t.send({ type: 'evaluate', id: 3, code: '$: s("sd*4")' });
    expect(t.last('evaluated').id).toBe(3);
    t.run(1000);
    expect(sounds(t.worklet.between(t.ms / 1000 - 0.4, t.ms / 1000 + 0.5))).toEqual(new Set(['sd']));
  });
});

describe('the limits', () => {
  it('gives a batch of queries the fill limit before replacing the realm', () => {
    expect(FILL_LIMIT).toBeGreaterThan(100);
  });
});
