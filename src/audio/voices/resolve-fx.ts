/**
 * Resolving the controls of a voice's own effects (DJ filter, tremolo, compressor, phaser, dry
 * level) and of its orbit's reverb tone and ducking into a voice record (see voice-fx.ts and
 * orbit.ts for what the engine does with them).
 */
import { TREMOLO_SHAPES } from '../dsp/synth-names.ts';
import { ORBIT_COUNT, V } from '../dsp/voice-record.ts';
import type { HeardControls } from './heard.ts';
import { ControlError, readSound } from './values.ts';

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/** The tremolo shape's number: a name of {@link TREMOLO_SHAPES} (or `triangle`, `sawtooth`) or an index into it. */
function tremoloShape(c: HeardControls): number {
  const found = c.raw('tremoloshape');
  if (found === undefined) return 0;
  const value = Array.isArray(found.value) ? (found.value as unknown[])[0] : found.value;
  if (typeof value === 'number') return clamp(Math.round(value), 0, TREMOLO_SHAPES.length - 1);
  const name = typeof value === 'string' ? value.trim() : '';
  const alias = name === 'triangle' ? 'tri' : name === 'sawtooth' ? 'saw' : name;
  const index = (TREMOLO_SHAPES as readonly string[]).indexOf(alias);
  if (index < 0) throw new ControlError(found.key, found.value, `one of ${TREMOLO_SHAPES.join(', ')}`);
  return index;
}

/** The orbits `duckorbit` names (`2`, `"2:3"`, `[2, 3]`), as a bit per orbit; 0 for none. */
function duckOrbits(c: HeardControls): number {
  const found = c.raw('duckorbit');
  if (found === undefined) return 0;
  const value = found.value;
  const parts: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(':') : [value];
  let mask = 0;
  for (const part of parts) {
    const orbit = typeof part === 'number' ? part : Number(part);
    if (!Number.isInteger(orbit) || orbit < 0 || orbit >= ORBIT_COUNT) {
      throw new ControlError(found.key, found.value, `orbit numbers from 0 to ${ORBIT_COUNT - 1}`);
    }
    mask |= 1 << orbit;
  }
  return mask;
}

/** The impulse response `ir` names (`"hall"`, `"hall:2"` or `["hall", 2]`) and its file (`i` wins). */
function impulse(c: HeardControls): { name: string; index: number } | undefined {
  const found = c.raw('ir');
  if (found === undefined) return undefined;
  const value = found.value;
  const sound = Array.isArray(value) ? readSound(found.key, (value as unknown[]).join(':')) : readSound(found.key, value);
  return { name: sound.name, index: c.number('i') ?? sound.index ?? 0 };
}

/**
 * Writes the record's effect fields at `d[at]` from the heard controls `c`; `cps` is the
 * event's tempo (for `tremolosync`); `string` adds a string to the batch and gives its index.
 * Defaults as in the control table's docs.
 */
export function writeEffects(c: HeardControls, d: Float64Array, at: number, cps: number, string: (s: string) => number): void {
  const djf = c.number('djf');
  d[at + V.djf] = djf === undefined ? NaN : clamp(djf, 0, 1);
  const sync = c.number('tremolosync');
  const rate = c.number('tremolo') ?? (sync === undefined ? undefined : sync * cps);
  d[at + V.tremRate] = rate === undefined ? 0 : Math.max(0, rate);
  d[at + V.tremDepth] = Math.max(0, c.number('tremolodepth') ?? 1);
  d[at + V.tremSkew] = clamp(c.number('tremoloskew') ?? 0.5, 0.001, 0.999);
  d[at + V.tremPhase] = c.number('tremolophase') ?? 0;
  d[at + V.tremShape] = tremoloShape(c);
  const threshold = c.number('compressor');
  d[at + V.compThreshold] = threshold === undefined ? NaN : clamp(threshold, -100, 0);
  d[at + V.compRatio] = clamp(c.number('compressorRatio') ?? 12, 1, 20);
  d[at + V.compKnee] = clamp(c.number('compressorKnee') ?? 30, 0, 40);
  d[at + V.compAttack] = clamp(c.number('compressorAttack') ?? 0.003, 0, 1);
  d[at + V.compRelease] = clamp(c.number('compressorRelease') ?? 0.25, 0, 1);
  d[at + V.phaserRate] = Math.max(0, c.number('phaserrate') ?? 0);
  d[at + V.phaserDepth] = clamp(c.number('phaserdepth') ?? 0.75, 0, 1);
  d[at + V.phaserCenter] = Math.max(20, c.number('phasercenter') ?? 1000);
  d[at + V.phaserSweep] = Math.max(0, c.number('phasersweep') ?? 2000);
  d[at + V.dry] = Math.max(0, c.number('dry') ?? 1);
  d[at + V.roomLp] = c.number('roomlp') ?? NaN;
  d[at + V.roomDim] = c.number('roomdim') ?? NaN;
  d[at + V.roomFade] = c.number('roomfade') ?? NaN;
  d[at + V.duckOrbits] = duckOrbits(c);
  d[at + V.duckAttack] = Math.max(0, c.number('duckattack') ?? 0.1);
  d[at + V.duckDepth] = clamp(c.number('duckdepth') ?? 1, 0, 1);
  d[at + V.duckOnset] = Math.max(0, c.number('duckonset') ?? 0.003);
  const ir = impulse(c);
  d[at + V.irName] = ir === undefined ? -1 : string(ir.name);
  d[at + V.irIndex] = ir === undefined ? 0 : ir.index;
}
