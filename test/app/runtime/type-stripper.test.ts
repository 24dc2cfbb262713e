// The performer realm runs code without TypeScript syntax before its type stripper (Sucrase, a
// download of its own) has loaded, and waits for it only for code that needs it: a first
// evaluation with types, or a spare realm restoring such code.
import { describe, expect, it } from 'vitest';
import { FakeThread, type QueuedVoice } from './helpers.ts';

const sounds = (voices: readonly QueuedVoice[]): Set<unknown> => new Set(voices.map((v) => v.controls.s));

describe('the performer realm before its type stripper has loaded', () => {
  it('plays TypeScript evaluated first, once the stripper is there', () => {
    const t = new FakeThread();
    const code = 'const n: number = 4\n$: s("bd").fast(n as number)';
    t.send({ type: 'evaluate', id: 1, code });
    expect(t.last('evaluated').blocks).toEqual([{ label: '$', muted: false, from: code.indexOf('$:'), to: code.length }]);
    t.run(1000);
    expect(sounds(t.worklet.between(0, 1))).toEqual(new Set(['bd']));
  });

  it('places a syntax error of the first evaluation with the stripper\'s message', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd")\n$: sequence(1 2)' });
    expect(t.last('error')).toMatchObject({ id: 1, line: 2, column: 15, message: 'Unexpected token, expected ","' });
  });

  it('lets a spare realm restore TypeScript when it takes over from one that hung', () => {
    // The realm hangs on the query of block b of entry 2 from cycle 2; its spare has loaded nothing yet.
    const t = new FakeThread({ hangs: (m) => m.type === 'fill' && m.queries.some((q) => q.entry === 2 && q.index === 1 && q.from[0] / q.from[1] >= 2) });
    const a = 'const hats: string = "hh*4"\na: s(hats)';
    t.send({ type: 'evaluate', id: 1, code: a });
    t.run(200);
    t.send({ type: 'evaluate', id: 2, code: `${a}\nb: s("<bd sd>").fmap((v: unknown) => v)` });
    t.run(8000);
    expect(t.performers.length).toBeGreaterThanOrEqual(2);
    expect(t.of('queryError').map((e) => e.label)).toEqual(['b']);
    expect(sounds(t.worklet.between(6, 8))).toEqual(new Set(['hh']));
    expect(t.of('error')).toEqual([]);
  });
});
