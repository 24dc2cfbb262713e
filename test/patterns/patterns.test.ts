// Every example performance in patterns/ evaluates, plays, and renders cleanly.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { CEILING_DB } from '../../src/audio/index.ts';
import { evaluate } from '../../src/eval/index.ts';
import { scheduleOffline } from '../../src/scheduler/index.ts';
import { decodeWav, peakOf } from '../app/wav.ts';

const dir = resolve(import.meta.dirname, '../../patterns');
const files = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).sort();
const CYCLES = 4;
// A lower rate keeps the test fast; the engine's levels do not depend on it.
const SAMPLE_RATE = 16000;

describe('patterns/', () => {
  it('holds at least eight example performances', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(files)('%s', (name) => {
    const code = readFileSync(join(dir, name), 'utf8');

    it('opens with a comment: a title, what it shows, performance notes', () => {
      const lines = code.split('\n');
      expect(lines[0]).toMatch(/^\/\/ \S.* — \S/);
      const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).join('\n');
      expect(header).toMatch(/\/\/ Shows: /);
      expect(header).toMatch(/\/\/ Performance notes: /);
    });

    it(`evaluates and has events in ${CYCLES} cycles`, () => {
      const evaluation = evaluate(code);
      const input = evaluation.blocks.length > 0 ? evaluation.blocks : evaluation.pattern;
      expect(scheduleOffline(input, { cps: evaluation.cps, cycles: CYCLES }).length).toBeGreaterThan(0);
    });

    it('renders without warnings, with finite samples, under the ceiling and not silent', () => {
      const result = bounce(code, { cycles: CYCLES, sampleRate: SAMPLE_RATE, format: 'float32' });
      expect(result.warnings).toEqual([]);
      const wav = decodeWav(result.wav);
      expect(wav.left.every(Number.isFinite) && wav.right.every(Number.isFinite)).toBe(true);
      const peak = peakOf(wav);
      expect(peak).toBeLessThanOrEqual(Math.pow(10, CEILING_DB / 20));
      // Loud enough to be heard as it is: the peak within 12 dB of the ceiling.
      expect(20 * Math.log10(peak)).toBeGreaterThan(CEILING_DB - 12);
    });
  });
});
