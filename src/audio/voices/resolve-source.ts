/**
 * Resolving the controls that modulate a voice's source, and the amplitude envelope's hold, into
 * its record (see the block of fields from `hold` in src/audio/dsp/voice-record.ts): the pitch
 * envelope and vibrato, FM operators 1 to 8, noise, supersaw spread and pulse-width modulation.
 * Names, ranges and defaults follow Strudel's documentation where it gives them.
 */
import { FM_OP, FM_OPERATORS, FM_WAVE, V } from '../dsp/voice-record.ts';
import type { Heard, HeardControls } from './heard.ts';
import { ControlError } from './values.ts';

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** The vibrato's depth in semitones when only its rate is given. */
export const DEFAULT_VIBMOD = 0.5;

/** The pitch envelope's stages when not given: it jumps to its depth and falls back over 0.1 s. */
const PENV_DEFAULTS = { attack: 0, decay: 0.1, sustain: 0, release: 0 } as const;

/** An FM operator's envelope when some of its stages are given: the index rises at once and holds. */
const FMENV_DEFAULTS = { attack: 0, decay: 0.1, sustain: 1, release: 0.01 } as const;

interface OperatorNames {
  index: Heard;
  ratio: Heard;
  attack: Heard;
  decay: Heard;
  sustain: Heard;
  release: Heard;
  curve: Heard;
  wave: Heard;
}

/** Operator `n`'s control for `key` (operator 1's has no number: `fmi`, `fmi2`...). */
const numbered = (key: string, n: number): Heard => (n === 1 ? key : `${key}${n}`) as Heard;

const OPERATORS: readonly OperatorNames[] = Array.from({ length: FM_OPERATORS }, (_, i) => ({
  index: numbered('fmi', i + 1), ratio: numbered('fmh', i + 1), attack: numbered('fmattack', i + 1), decay: numbered('fmdecay', i + 1),
  sustain: numbered('fmsustain', i + 1), release: numbered('fmrelease', i + 1), curve: numbered('fmenv', i + 1), wave: numbered('fmwave', i + 1),
}));

const WAVES: Readonly<Record<string, number>> = {
  sine: FM_WAVE.sine, sin: FM_WAVE.sine, square: FM_WAVE.square, sqr: FM_WAVE.square,
  sawtooth: FM_WAVE.sawtooth, saw: FM_WAVE.sawtooth, triangle: FM_WAVE.triangle, tri: FM_WAVE.triangle,
};

/** An envelope curve: `"lin"` (0), `"exp"` (1), or a number between. */
function readCurve(c: HeardControls, name: Heard): number {
  const found = c.raw(name);
  if (found === undefined) return 0;
  if (found.value === 'lin') return 0;
  if (found.value === 'exp') return 1;
  const n = typeof found.value === 'number' ? found.value : undefined;
  if (n === undefined) throw new ControlError(found.key, found.value, '"lin", "exp" or a number from 0 to 1');
  return clamp(n, 0, 1);
}

function readWave(c: HeardControls, name: Heard): number {
  const found = c.raw(name);
  if (found === undefined) return FM_WAVE.sine;
  const wave = typeof found.value === 'string' && Object.hasOwn(WAVES, found.value) ? WAVES[found.value] : undefined;
  if (wave === undefined) throw new ControlError(found.key, found.value, '"sine", "square", "sawtooth" or "triangle"');
  return wave;
}

function writeOperator(c: HeardControls, names: OperatorNames, d: Float64Array, at: number): void {
  const index = c.number(names.index);
  if (index === undefined || index === 0) {
    // No index, no modulation: its envelope is never read (most events, most operators); a
    // curve or wave given is still checked, so that a typo is told.
    d[at + FM_OP.index] = 0;
    d[at + FM_OP.ratio] = 1;
    d[at + FM_OP.envOn] = 0;
    d[at + FM_OP.curve] = readCurve(c, names.curve);
    d[at + FM_OP.wave] = readWave(c, names.wave);
    return;
  }
  const attack = c.number(names.attack), decay = c.number(names.decay);
  const sustain = c.number(names.sustain), release = c.number(names.release);
  d[at + FM_OP.index] = index;
  d[at + FM_OP.ratio] = c.number(names.ratio) ?? 1;
  d[at + FM_OP.envOn] = attack === undefined && decay === undefined && sustain === undefined && release === undefined ? 0 : 1;
  d[at + FM_OP.attack] = Math.max(0, attack ?? FMENV_DEFAULTS.attack);
  d[at + FM_OP.decay] = Math.max(0, decay ?? FMENV_DEFAULTS.decay);
  d[at + FM_OP.sustain] = clamp(sustain ?? FMENV_DEFAULTS.sustain, 0, 1);
  d[at + FM_OP.release] = Math.max(0, release ?? FMENV_DEFAULTS.release);
  d[at + FM_OP.curve] = readCurve(c, names.curve);
  d[at + FM_OP.wave] = readWave(c, names.wave);
}

/** Writes the source's modulations and the hold of the event whose controls `c` holds into `d[at ...]`. */
export function writeSourceModulation(c: HeardControls, d: Float64Array, at: number): void {
  d[at + V.hold] = Math.max(0, c.number('hold') ?? 0);
  d[at + V.penv] = c.number('penv') ?? 0;
  d[at + V.pattack] = Math.max(0, c.number('pattack') ?? PENV_DEFAULTS.attack);
  d[at + V.pdecay] = Math.max(0, c.number('pdecay') ?? PENV_DEFAULTS.decay);
  d[at + V.psustain] = clamp(c.number('psustain') ?? PENV_DEFAULTS.sustain, 0, 1);
  d[at + V.prelease] = Math.max(0, c.number('prelease') ?? PENV_DEFAULTS.release);
  d[at + V.pcurve] = clamp(c.number('pcurve') ?? 0, 0, 1);
  d[at + V.panchor] = clamp(c.number('panchor') ?? 0, 0, 1);
  d[at + V.vib] = Math.max(0, c.number('vib') ?? 0);
  d[at + V.vibmod] = c.number('vibmod') ?? DEFAULT_VIBMOD;
  const stride = V.fm2Index - V.fm1Index;
  for (let k = 0; k < FM_OPERATORS; k++) writeOperator(c, OPERATORS[k]!, d, at + V.fm1Index + k * stride);
  d[at + V.noise] = clamp(c.number('noise') ?? 0, 0, 1);
  d[at + V.spread] = clamp(c.number('spread') ?? 0, 0, 1);
  d[at + V.pwrate] = Math.max(0, c.number('pwrate') ?? 1);
  d[at + V.pwsweep] = clamp(c.number('pwsweep') ?? 0, 0, 0.5);
}
