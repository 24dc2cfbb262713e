// The tempo code declares, read without running it (what the transport shows before the code plays).
import { describe, expect, it } from 'vitest';
import { parseCode } from '../../src/eval/parse.ts';
import { declaredCps, TEMPO_CALLS } from '../../src/eval/tempo.ts';
import { evaluate } from '../../src/eval/index.ts';

const declared = (code: string): number | undefined => declaredCps(code, parseCode(code));

describe('declaredCps', () => {
  it('reads setcps and setcpm (and their camelCase names) with constant arguments', () => {
    expect(declared('setcpm(112/4)\n$: s("bd*4")')).toBeCloseTo(28 / 60, 12);
    expect(declared('setcps(0.7)')).toBe(0.7);
    expect(declared('setCpm(90)')).toBe(1.5);
    expect(declared('setCps(-(-0.25) * 2 + 0)')).toBe(0.5);
    expect(declared('// a comment\nsetcpm( 120 / 4 ) // another\nnote("c")')).toBe(0.5);
  });

  it('takes the last top-level call, as running the code would', () => {
    expect(declared('setcps(0.5)\nsetcpm(60)')).toBe(1);
  });

  it('is undefined when the tempo cannot be read without running the code, or is out of range', () => {
    expect(declared('note("c")')).toBeUndefined();
    expect(declared('const t = 0.5\nsetcps(t)')).toBeUndefined();
    expect(declared('setcps(Math.random())')).toBeUndefined();
    expect(declared('if (true) { setcps(0.9) }')).toBeUndefined();
    expect(declared('setcps(1, 2)')).toBeUndefined();
    expect(declared('setcps(0)')).toBeUndefined();
    expect(declared('setcps(1/0)')).toBeUndefined();
  });

  it('agrees with what evaluation sets, for every tempo call', async () => {
    for (const [name, per] of Object.entries(TEMPO_CALLS)) {
      const code = `${name}(${String(per * 0.75)})\n$: s("bd")`;
      const evaluation = await evaluate(code);
      expect(declared(code)).toBe(evaluation.cps);
    }
  });
});
