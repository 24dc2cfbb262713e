/**
 * From a hap to the event record the engine plays (`SoundEvent`, shared with `src/audio`).
 */
import type { Hap, Rational } from '../pattern/index.ts';
import type { SoundEvent } from '../audio/protocol.ts';
import { clampCps, cpsAt, cycleToSeconds, type TempoMap } from './tempo.ts';

export type { SoundEvent };

/**
 * The controls of a hap value: a plain object (what control functions such as `s` and `note`
 * make) passes through unchanged; any other value `v` (a number, a string, an array...) becomes
 * `{ value: v }`, so nothing is lost and the engine can say what it cannot play.
 */
export function controlsOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return value as Record<string, unknown>;
  }
  return { value };
}

/**
 * The `cps` control of an event, when it is a usable tempo (a positive finite number), moved
 * into the range weft plays (see `clampCps`): a control cannot do what `setcps` refuses.
 */
export function cpsControl(controls: Record<string, unknown>): number | undefined {
  const cps = controls['cps'];
  return typeof cps === 'number' && Number.isFinite(cps) && cps > 0 ? clampCps(cps) : undefined;
}

/**
 * The event for a hap that has its onset (`controls` are {@link controlsOf} its value): it starts at the audio time of `whole.begin` and lasts
 * until that of `whole.end`, both through {@link cycleToSeconds}; it carries the tempo at its
 * onset (for the engine's `unit: "c"` and `delaysync`).
 */
export function hapToEvent(
  hap: Hap<unknown>,
  onset: Rational,
  controls: Record<string, unknown>,
  tempo: TempoMap,
  id: number,
  block: string | undefined,
): SoundEvent {
  const time = cycleToSeconds(tempo, onset);
  const end = hap.whole === undefined ? onset : hap.whole.end;
  const event: SoundEvent = {
    id,
    time,
    duration: cycleToSeconds(tempo, end) - time,
    controls,
    locations: hap.context.locations.map((l) => ({ start: l.start, end: l.end })),
    cps: cpsAt(tempo, onset),
  };
  if (block !== undefined) event.block = block;
  return event;
}
