/**
 * Resolving the ZzFX, bytebeat and wavetable synths' controls into their voice record fields
 * (the block at the end of voice-record.ts's FIELDS).
 */
import { ByteBeatSyntaxError, compileByteBeat } from '../dsp/bytebeat-expression.ts';
import { byteBeatRate, WARP_MODES, ZZFX_SHAPES } from '../dsp/synth-names.ts';
import { SOURCE, V, type SourceKind } from '../dsp/voice-record.ts';
import type { BatchBuilder } from './batch.ts';
import type { Heard, HeardControls } from './heard.ts';
import { ControlError } from './values.ts';

/** The synths of this block by sound name. */
export const SYNTH_SOURCES: Readonly<Record<string, SourceKind>> = {
  zzfx: SOURCE.zzfx, z_sine: SOURCE.zzfx, z_triangle: SOURCE.zzfx, z_sawtooth: SOURCE.zzfx, z_tan: SOURCE.zzfx,
  z_noise: SOURCE.zzfx, z_square: SOURCE.zzfx, bytebeat: SOURCE.bytebeat,
};

const ZZFX_SHAPE_BY_NAME: Readonly<Record<string, number>> = {
  zzfx: ZZFX_SHAPES.sine, z_sine: ZZFX_SHAPES.sine, z_triangle: ZZFX_SHAPES.triangle, z_sawtooth: ZZFX_SHAPES.sawtooth,
  z_tan: ZZFX_SHAPES.tan, z_noise: ZZFX_SHAPES.noise, z_square: ZZFX_SHAPES.square,
};

/** The expression `s("bytebeat")` plays when none is given. */
export const DEFAULT_BYTEBEAT = 't*(t>>5|t>>8)';

/** Thrown for a bytebeat expression that does not compile (reported as a control error naming it). */
class BadExpression extends ControlError {
  constructor(expression: string, reason: string) {
    super('byteBeatExpression', expression);
    this.message = `byteBeatExpression "${expression}" is not a bytebeat expression: ${reason}`;
  }
}

/** The numbers of a ZzFX parameter list, `undefined` for a hole (ZzFX's default then). */
function zzfxList(value: unknown): (number | undefined)[] {
  const parts: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(':') : [value];
  return parts.map((part) => {
    if (part === undefined || part === null || (typeof part === 'string' && part.trim() === '')) return undefined;
    const x = typeof part === 'number' ? part : Number(part);
    if (!Number.isFinite(x)) throw new ControlError('zzfx', value, 'a list of ZzFX parameters (finite numbers)');
    return x;
  });
}

/**
 * Plays a ZzFX parameter list as ZzFX itself would: `[volume, randomness, frequency, attack,
 * sustain, release, shape, shapeCurve, slide, deltaSlide, pitchJump, pitchJumpTime, repeatTime,
 * noise, modulation, bitCrush, delay, sustainVolume, decay, ...]` with ZzFX's defaults for holes;
 * its envelope becomes the voice's (the sound lasts attack + decay + sustain, then releases).
 * repeatTime, delay, tremolo and filter are not played.
 */
function writeZzfxList(list: (number | undefined)[], d: Float64Array, at: number): void {
  const p = (i: number, otherwise: number): number => list[i] ?? otherwise;
  d[at + V.gain] = d[at + V.gain]! * Math.max(0, p(0, 1));
  d[at + V.zRand] = p(1, 0.05);
  d[at + V.freq] = p(2, 220);
  const attack = Math.max(0, p(3, 0)), sustain = Math.max(0, p(4, 0)), decay = Math.max(0, p(18, 0));
  d[at + V.attack] = attack;
  d[at + V.decay] = decay;
  d[at + V.release] = Math.max(0, p(5, 0.1));
  d[at + V.sustain] = Math.min(1, Math.max(0, p(17, 1)));
  d[at + V.gate] = attack + decay + sustain;
  d[at + V.zShape] = Math.min(5, Math.max(0, Math.floor(p(6, 0))));
  d[at + V.zCurve] = Math.max(0, p(7, 1));
  d[at + V.zSlide] = p(8, 0);
  d[at + V.zDeltaSlide] = p(9, 0);
  d[at + V.zPitchJump] = p(10, 0);
  d[at + V.zPitchJumpTime] = Math.max(0, p(11, 0));
  d[at + V.zNoise] = p(13, 0);
  d[at + V.zMod] = p(14, 0);
  d[at + V.zCrush] = Math.max(0, p(15, 0));
}

/**
 * Writes the ZzFX, bytebeat and wavetable fields of voice records; keeps, from record to record,
 * whether each bytebeat expression seen compiles (so each distinct expression is compiled once).
 */
export class SynthFields {
  private readonly checked = new Map<string, string | undefined>();

  /**
   * Writes the fields of the record at `d[at]` for sound `name` (after the rest of the record: a
   * ZzFX list overrides its pitch, level and envelope). Throws {@link ControlError} for a
   * bytebeat expression that does not compile or an unknown warp mode.
   */
  write(c: HeardControls, name: string | undefined, d: Float64Array, at: number, out: BatchBuilder): void {
    d[at + V.zShape] = name !== undefined && Object.hasOwn(ZZFX_SHAPE_BY_NAME, name) ? ZZFX_SHAPE_BY_NAME[name]! : 0;
    d[at + V.zCurve] = Math.max(0, c.number('curve') ?? 1);
    d[at + V.zSlide] = c.number('slide') ?? 0;
    d[at + V.zDeltaSlide] = c.number('deltaSlide') ?? 0;
    d[at + V.zPitchJump] = c.number('pitchJump') ?? 0;
    d[at + V.zPitchJumpTime] = Math.max(0, c.number('pitchJumpTime') ?? 0);
    d[at + V.zRand] = c.number('zrand') ?? 0;
    d[at + V.zNoise] = c.number('znoise') ?? 0;
    d[at + V.zMod] = c.number('zmod') ?? 0;
    d[at + V.zCrush] = Math.max(0, c.number('zcrush') ?? 0);
    const list = c.raw('zzfx');
    if (name !== undefined && SYNTH_SOURCES[name] === SOURCE.zzfx && list !== undefined) writeZzfxList(zzfxList(list.value), d, at);
    let expression = -1;
    if (name === 'bytebeat') {
      const given = c.raw('byteBeatExpression');
      const text = given === undefined ? DEFAULT_BYTEBEAT : given.value;
      if (typeof text !== 'string') throw new ControlError(given?.key ?? 'byteBeatExpression', text, 'a bytebeat expression (a string)');
      this.check(text);
      expression = out.string(text);
    }
    d[at + V.bbExpr] = expression;
    d[at + V.bbStart] = Math.max(0, Math.floor(c.number('byteBeatStartTime') ?? 0));
    // The note as a sample's (freq or note, not n): C2 or none counts t at 8000 per second.
    d[at + V.bbRate] = byteBeatRate(d[at + V.sampleMidi]!);
    d[at + V.wavetable] = name?.startsWith('wt_') === true ? 1 : 0;
    d[at + V.wtPosition] = Math.min(1, Math.max(0, c.number('wt') ?? 0));
    d[at + V.warp] = Math.min(1, Math.max(0, c.number('warp') ?? 0));
    d[at + V.warpMode] = warpMode(c);
    d[at + V.wtPhaseRand] = Math.min(1, Math.max(0, c.number('wtphaserand') ?? 0));
    writeEnvelope(c, WT_ENVELOPE, d, at + V.wtEnv);
    writeEnvelope(c, WARP_ENVELOPE, d, at + V.warpEnv);
  }

  private check(expression: string): void {
    if (!this.checked.has(expression)) {
      let problem: string | undefined;
      try {
        compileByteBeat(expression);
      } catch (error) {
        if (!(error instanceof ByteBeatSyntaxError)) throw error;
        problem = error.message;
      }
      if (this.checked.size > 1000) this.checked.clear();
      this.checked.set(expression, problem);
    }
    const problem = this.checked.get(expression);
    if (problem !== undefined) throw new BadExpression(expression, problem);
  }
}

/** The controls of a wavetable envelope: depth, attack, decay, sustain, release. */
type EnvelopeNames = readonly [Heard, Heard, Heard, Heard, Heard];
const WT_ENVELOPE: EnvelopeNames = ['wtenv', 'wtattack', 'wtdecay', 'wtsustain', 'wtrelease'];
const WARP_ENVELOPE: EnvelopeNames = ['warpenv', 'warpattack', 'warpdecay', 'warpsustain', 'warprelease'];

/** An envelope's depth and stages at `d[at ...]`, with the defaults of weft's filter envelopes. */
function writeEnvelope(c: HeardControls, names: EnvelopeNames, d: Float64Array, at: number): void {
  d[at] = c.number(names[0]) ?? 0;
  d[at + 1] = Math.max(0, c.number(names[1]) ?? 0.005);
  d[at + 2] = Math.max(0, c.number(names[2]) ?? 0.1);
  d[at + 3] = Math.min(1, Math.max(0, c.number(names[3]) ?? 1));
  d[at + 4] = Math.max(0, c.number(names[4]) ?? 0.01);
}

function warpMode(c: HeardControls): number {
  const given = c.raw('warpmode');
  if (given === undefined) return 0;
  const value = Array.isArray(given.value) ? (given.value as unknown[])[0] : given.value;
  const expected = `a warp mode: ${WARP_MODES.join(', ')} (or its index)`;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value < WARP_MODES.length) return value;
    throw new ControlError(given.key, given.value, expected);
  }
  const index = typeof value === 'string' ? (WARP_MODES as readonly string[]).indexOf(value.trim().toLowerCase()) : -1;
  if (index < 0) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (Number.isInteger(n) && n >= 0 && n < WARP_MODES.length) return n;
    throw new ControlError(given.key, given.value, expected);
  }
  return index;
}
