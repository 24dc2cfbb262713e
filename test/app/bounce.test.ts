import { describe, expect, it } from 'vitest';
import { bounce, BOUNCE_QUERY_BUDGET, formatWarning, MAX_BOUNCE_FRAMES, MAX_TAIL, TAIL_FLOOR_DB, type BounceWarning } from '../../src/app/bounce.ts';
import { CEILING_DB } from '../../src/audio/index.ts';
import { EvalError } from '../../src/eval/index.ts';
import { decodeWav, firstSound, peakOf } from './wav.ts';

const SR = 8000;
const floor = Math.pow(10, TAIL_FLOOR_DB / 20);
const lastFrameLevel = (code: string, cycles: number): number => {
  const wav = decodeWav(bounce(code, { cycles, sampleRate: SR, format: 'float32' }).wav);
  return Math.max(Math.abs(wav.left[wav.frames - 1]!), Math.abs(wav.right[wav.frames - 1]!));
};

describe('bounce', () => {
  it('writes a stereo WAV at the asked sample rate, 16-bit by default', () => {
    const result = bounce('s("bd sd")', { cycles: 2, sampleRate: SR });
    const wav = decodeWav(result.wav);
    expect([wav.format, wav.channels, wav.sampleRate, wav.bitsPerSample]).toEqual([1, 2, SR, 16]);
    expect(wav.frames).toBe(Math.round(result.duration * SR));
    expect(result.events).toHaveLength(4);
  });

  it('starts cycle 0 at sample 0: a note at cycle 1/2 sounds from the frame of 1 s (cps 0.5)', () => {
    const wav = decodeWav(bounce('note("~ c4").s("sine")', { cycles: 1, sampleRate: SR, format: 'float32' }).wav);
    const first = firstSound(wav);
    expect(first).toBeGreaterThanOrEqual(SR);
    expect(first).toBeLessThanOrEqual(SR + 1);
  });

  it('lasts exactly N cycles at the code\'s cps when nothing rings on', () => {
    const result = bounce('setcps(1)\ns("~ ~")', { cycles: 3, sampleRate: SR });
    expect(result.duration).toBe(3);
    expect(result.tail).toBe(0);
    expect(decodeWav(result.wav).frames).toBe(3 * SR);
    expect(result.peak).toBe(0);
  });

  it('finds the end of the cycles through cps changes made by the pattern', () => {
    const result = bounce('s("bd*2").cps("<0.5 1>")', { cycles: 2, sampleRate: SR });
    expect(result.cyclesDuration).toBe(3);
    expect(result.events.map((e) => e.time)).toEqual([0, 1, 2, 2.5]);
  });

  it('adds the reverb tail and ends at the last sample above the floor', () => {
    const dry = bounce('setcps(1)\nnote("c4").s("sine").decay(0.1).sustain(0)', { cycles: 1, sampleRate: SR });
    const wet = bounce('setcps(1)\nnote("c4").s("sine").decay(0.1).sustain(0).room(0.8).size(3)', { cycles: 1, sampleRate: SR });
    expect(dry.tail).toBeLessThan(0.1);
    expect(wet.tail).toBeGreaterThan(1);
    expect(wet.tail).toBeLessThan(MAX_TAIL);
    expect(lastFrameLevel('setcps(1)\nnote("c4").s("sine").decay(0.1).sustain(0).room(0.8).size(3)', 1)).toBeGreaterThanOrEqual(floor);
  });

  it('keeps a delay tail going across the silent gaps between echoes', () => {
    const code = 'setcps(1)\nnote("c5").s("sine").decay(0.02).sustain(0).release(0.01).delay(1).delaytime(1.5).delayfeedback(0.25)';
    const result = bounce(code, { cycles: 1, sampleRate: SR });
    // Each echo is 12 dB down: from about -13 dBFS, six or more echoes 1.5 s apart stay above -90.
    expect(result.tail).toBeGreaterThan(6 * 1.5);
    expect(result.tail).toBeLessThan(MAX_TAIL);
  });

  it(`cuts a tail still sounding ${MAX_TAIL} s after the last cycle, fading it, with a warning`, () => {
    const code = 'setcps(1)\nnote("c4").s("sine").release(30)';
    const result = bounce(code, { cycles: 1, sampleRate: 3000, format: 'float32' });
    expect(result.duration).toBe(1 + MAX_TAIL);
    expect(result.warnings.map((w) => w.kind)).toEqual(['tail']);
    const wav = decodeWav(result.wav);
    expect(wav.left[wav.frames - 1]).toBe(0);
    expect(Math.abs(wav.left[wav.frames - 1000]!)).toBeGreaterThan(floor);
  });

  it('gives the same bytes for the same code, randomness and noise included', () => {
    const code = '$: s("hh*8 sd").degradeBy(0.3).room(0.3)\n$: note("c3 e3").s("supersaw").pan(rand)';
    const a = bounce(code, { cycles: 2, sampleRate: SR }).wav;
    const b = bounce(code, { cycles: 2, sampleRate: SR }).wav;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps every sample finite and under the ceiling, even for a loud stack', () => {
    const result = bounce('note("[c2,c3,e3,g3,c4,e4]*8").s("sawtooth").gain(3)', { cycles: 1, sampleRate: SR, format: 'float32' });
    const wav = decodeWav(result.wav);
    expect([...wav.left, ...wav.right].every(Number.isFinite)).toBe(true);
    expect(peakOf(wav)).toBeLessThanOrEqual(Math.pow(10, CEILING_DB / 20));
    expect(result.peak).toBe(peakOf(wav));
    expect(result.peakDb).toBeCloseTo(20 * Math.log10(result.peak), 9);
  });

  it('plays only the blocks that are not muted', () => {
    const result = bounce('$: s("bd")\n_$: s("sd*4")', { cycles: 2, sampleRate: SR });
    expect(result.events.map((e) => [e.controls['s'], e.block])).toEqual([['bd', '$'], ['bd', '$']]);
  });

  it('reports an event the engine rejects as a warning located in the code, and renders the rest', () => {
    const code = '$: note("c4 e4").s("sine")\n$: note("g4").s("sine").lpf(NaN)';
    const result = bounce(code, { cycles: 2, sampleRate: SR });
    expect(result.warnings).toHaveLength(1);
    const warning = result.warnings[0]!;
    expect(warning).toMatchObject({ kind: 'control', line: 2, column: 10, from: code.indexOf('g4'), count: 2 });
    expect(warning.message).toMatch(/NaN/);
    expect(result.peak).toBeGreaterThan(0.05);
  });

  it('throws an EvalError with line and column for a syntax error', () => {
    expect(() => bounce('note("c4")\n  .s("sine"', { cycles: 1 })).toThrow(EvalError);
    try {
      bounce('note("c4")\n  .s("sine"', { cycles: 1 });
    } catch (error) {
      expect((error as EvalError).line).toBe(2);
    }
  });

  it('throws an EvalError located where the code failed while its pattern was queried', () => {
    const code = 'note("c4").fmap(() => { throw new RangeError(\'boom\') })';
    try {
      bounce(code, { cycles: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EvalError);
      expect((error as EvalError).format()).toBe(`1:${code.indexOf('new RangeError') + 1}: boom`);
    }
  });

  it('rejects a bad sample rate or a cycle count that is not positive', () => {
    expect(() => bounce('s("bd")', { cycles: 1, sampleRate: 100 })).toThrow(RangeError);
    expect(() => bounce('s("bd")', { cycles: 1, sampleRate: 44100.5 })).toThrow(RangeError);
    expect(() => bounce('s("bd")', { cycles: 0 })).toThrow(RangeError);
  });

  it(`refuses a render longer than ${MAX_BOUNCE_FRAMES} frames before querying or allocating anything`, () => {
    // Queried, the pattern would throw: the length is refused first.
    expect(() => bounce('setcps(0.001)\ns("bd").fmap(() => { throw new Error("queried") })', { cycles: 4 })).toThrow(
      'this render would last 4000 s (4 cycles at 0.001 cps): weft renders up to 600 s at 48000 Hz; render fewer cycles',
    );
    expect(() => bounce('s("bd")', { cycles: 1e6 })).toThrow(/render fewer cycles/);
    expect(() => bounce('s("bd")', { cycles: 100, sampleRate: 384000 })).toThrow(/up to 75 s at 384000 Hz/);
    // A cps control can slow the tempo after the start: checked again once the events are known.
    expect(() => bounce('s("bd").cps(0.001)', { cycles: 2 })).toThrow(/render fewer cycles/);
  });

  it('stops a loop in a pattern function while the events are queried, at the loop', () => {
    const code = 's("bd")\n  .fmap((x) => { for (;;) {} })';
    expect(() => bounce(code, { cycles: 1 })).toThrow(expect.objectContaining({ line: 2, message: `this loop ran for more than ${BOUNCE_QUERY_BUDGET / 1000} s (infinite loop?)` }));
  });
});

describe('formatWarning', () => {
  const warning = (extra: Partial<BounceWarning>): BounceWarning => ({ kind: 'control', message: 'bad', count: 1, ...extra });

  it('prints line:column: message', () => {
    expect(formatWarning(warning({ line: 3, column: 7, from: 20, to: 22 }))).toBe('3:7: bad');
  });

  it('prints the message alone when the warning has no place', () => {
    expect(formatWarning(warning({}))).toBe('bad');
  });

  it('says how many times it happened', () => {
    expect(formatWarning(warning({ line: 1, column: 1, count: 4 }))).toBe('1:1: bad (4 times)');
  });
});
