import { beforeAll, describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { evaluate } from '../../src/eval/index.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';
import { generated, intelService } from './helpers.ts';

beforeAll(() => void generated(), 180_000);

describe('TUTORIAL', () => {
  it('has about ten steps with unique ids', () => {
    expect(TUTORIAL.length).toBeGreaterThanOrEqual(9);
    expect(TUTORIAL.length).toBeLessThanOrEqual(12);
    expect(new Set(TUTORIAL.map((s) => s.id)).size).toBe(TUTORIAL.length);
  });

  it.each(TUTORIAL)('step $id plays: events in 4 cycles and a render without warnings', ({ code }) => {
    const { pattern } = evaluate(code);
    expect(pattern.queryArc(0, 4).filter((h) => h.hasOnset()).length).toBeGreaterThan(0);
    const rendered = bounce(code, { cycles: 4, sampleRate: 8000 });
    expect(rendered.warnings).toEqual([]);
    expect(rendered.peak).toBeGreaterThan(0);
  });

  it.each(TUTORIAL)('step $id type-checks without a diagnostic', ({ code }) => {
    expect(intelService().diagnostics(code)).toEqual([]);
  });

  it('links only to names the reference has', () => {
    const names = new Set(generated().reference.entries.map((e) => e.name));
    expect(TUTORIAL.flatMap((s) => s.names).filter((n) => !names.has(n))).toEqual([]);
  });
});
