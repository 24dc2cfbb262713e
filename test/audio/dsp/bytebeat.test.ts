import { describe, expect, it } from 'vitest';
import { renderOffline, resolveVoices, type EngineError, type SoundEvent } from '../../../src/audio/index.ts';
import { byteToSample } from '../../../src/audio/dsp/bytebeat.ts';
import { ByteBeatSyntaxError, compileByteBeat, runByteBeat } from '../../../src/audio/dsp/bytebeat-expression.ts';
import { event, rms, SR } from '../helpers.ts';

const EXPRESSIONS = [
  't*(t>>5|t>>8)',
  't*((t>>12|t>>8)&63&t>>4)',
  '(t*5&t>>7)|(t*3&t>>10)',
  't>>4^t>>6|t*3%255',
  't<8000?t&t>>8:(t*9&t>>4|t*5&t>>7)',
  'Math.sin(t/10)*64+128 + floor(t/3)%7 - -(t**2) % 5 + 2**-1',
  '~t & 0x7f | !(t % 3) * 64 >>> 1',
  't % 2000 >= 1000 && t || t / 3',
  'pow(t, 1.01) % 256 + min(t, 10) + max(1, abs(-3))',
];

/** The expression as JavaScript computes it (the test may run the performer's code; the engine never does). */
function reference(expression: string): (t: number) => number {
  const names = ['sin', 'cos', 'tan', 'floor', 'ceil', 'round', 'abs', 'sqrt', 'pow', 'min', 'max', 'log', 'exp'];
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...names, 't', `return (${expression});`).bind(null, ...names.map((n) => (Math as unknown as Record<string, unknown>)[n])) as (t: number) => number;
}

function play(events: SoundEvent[], seconds: number): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const { left } = renderOffline(events, { sampleRate: SR, duration: seconds, onError: (e) => errors.push(e) });
  return { left, errors };
}

/** Pearson correlation of `a[from..from+n)` and `b[0..n)`. */
function correlation(a: ArrayLike<number>, from: number, b: ArrayLike<number>, n: number): number {
  let ma = 0, mb = 0;
  for (let i = 0; i < n; i++) { ma += a[from + i]!; mb += b[i]!; }
  ma /= n; mb /= n;
  let ab = 0, aa = 0, bb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[from + i]! - ma, y = b[i]! - mb;
    ab += x * y; aa += x * x; bb += y * y;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('compileByteBeat', () => {
  it('computes what JavaScript computes, for every t', () => {
    for (const expression of EXPRESSIONS) {
      const program = compileByteBeat(expression);
      const js = reference(expression);
      for (let t = 0; t < 20000; t += 7) expect(runByteBeat(program, t), `${expression} at t=${t}`).toBe(js(t));
    }
  });

  it('rejects anything but an expression in t', () => {
    for (const bad of ['', 't*(', 'alert(1)', 't=5', 'this.x', 't;t', '[t]', 'x+1', 'Math.random', 't ? 1', '"a"', '-t**2']) {
      expect(() => compileByteBeat(bad), bad).toThrow(ByteBeatSyntaxError);
    }
  });
});

describe('the bytebeat synth', () => {
  it('plays its expression as unsigned bytes at 8000 t per second', () => {
    const expression = 't*(t>>5|t>>8)';
    const { left, errors } = play([event({ s: 'bytebeat', byteBeatExpression: expression }, 0, 1)], 1);
    expect(errors).toEqual([]);
    const js = reference(expression);
    // Output sample i is t = floor(i × 8000 / 48000): six samples per t.
    const n = 24000, from = 2400;
    const expected = Float64Array.from({ length: n }, (_, k) => byteToSample(js(Math.floor(((from + k) * 8000) / SR))));
    expect(correlation(left, from, expected, n)).toBeGreaterThan(0.99);
    // The same expression from t = 5000 matches the same bytes 5000 later.
    const late = play([event({ s: 'bytebeat', byteBeatExpression: expression, byteBeatStartTime: 5000 }, 0, 1)], 1).left;
    const shifted = Float64Array.from({ length: n }, (_, k) => byteToSample(js(5000 + Math.floor(((from + k) * 8000) / SR))));
    expect(correlation(late, from, shifted, n)).toBeGreaterThan(0.99);
    expect(correlation(late, from, expected, n)).toBeLessThan(0.9);
  });

  it('counts t an octave faster an octave up (note c3 against C2)', () => {
    const expression = '(t&64)*2';
    const { left } = play([event({ s: 'bytebeat', byteBeatExpression: expression, note: 'c3' }, 0, 1)], 1);
    const n = 24000, from = 2400;
    const expected = Float64Array.from({ length: n }, (_, k) => byteToSample(reference(expression)(Math.floor(((from + k) * 16000) / SR))));
    expect(correlation(left, from, expected, n)).toBeGreaterThan(0.99);
    expect(rms(left, from, from + n)).toBeGreaterThan(0.05);
  });

  it('reports an invalid expression as a control error naming it, and plays nothing for it', () => {
    const batch = resolveVoices([event({ s: 'bytebeat', byteBeatExpression: 't*(t>>' }, 0, 0.5)]);
    expect(batch.count).toBe(0);
    expect(batch.errors).toHaveLength(1);
    expect(batch.errors[0]!.kind).toBe('control');
    expect(batch.errors[0]!.message).toContain('"t*(t>>"');
    const { left, errors } = play([event({ s: 'bytebeat', byteBeatExpression: 'alert(1)' }, 0, 0.5)], 0.5);
    expect(errors.map((e) => e.kind)).toEqual(['control']);
    expect(errors[0]!.message).toMatch(/byteBeatExpression "alert\(1\)".*unknown name "alert"/);
    expect(rms(left)).toBe(0);
  });
});
