/**
 * MIDI clock as a generator driven by the tempo map (not a pattern the performer writes): 24
 * pulses per quarter note, a quarter note being one beat, `beatsPerCycle` beats a cycle. Pulse `k`
 * falls on cycle `k / (24 · beatsPerCycle)`, and its time is that cycle's time in the map
 * ({@link cycleToSeconds}, the one conversion of weft), so the pulses follow every cps change and
 * never drift: a pulse's time does not depend on how the time was cut into windows. Song position
 * is counted in MIDI beats (sixteenth notes, six pulses each). Nothing here sends anything: the
 * MIDI output takes the pulses and sends them through Web MIDI.
 */
import { Rational } from '../pattern/rational.ts';
import type { Seconds } from '../audio/dsp/units.ts';
import { cycleToSeconds, secondsToCycle, type TempoMap } from './tempo.ts';

/** MIDI clock's pulses per quarter note. */
export const PULSES_PER_QUARTER = 24;

/** Pulses per MIDI beat (a sixteenth note), the unit of song position. */
export const PULSES_PER_MIDI_BEAT = 6;

/** Beats a cycle unless the performer says otherwise (a cycle is a bar of four). */
export const DEFAULT_BEATS_PER_CYCLE = 4;

/** One clock pulse: its number from cycle 0 (pulse 0 is on cycle 0) and its audio time. */
export interface ClockPulse {
  readonly pulse: number;
  readonly time: Seconds;
}

/** Throws unless `beats` is a whole number of beats a cycle, from 1 to 64. */
function checkBeats(beats: number): number {
  if (!(Number.isInteger(beats) && beats >= 1 && beats <= 64)) throw new RangeError(`beats per cycle must be a whole number from 1 to 64, got ${String(beats)}`);
  return beats;
}

/** The cycle position of pulse `pulse`. */
export function pulseCycle(pulse: number, beatsPerCycle: number = DEFAULT_BEATS_PER_CYCLE): Rational {
  return Rational.of(pulse, PULSES_PER_QUARTER * checkBeats(beatsPerCycle));
}

/** The audio time of pulse `pulse` in `map`. */
export function pulseTime(map: TempoMap, pulse: number, beatsPerCycle: number = DEFAULT_BEATS_PER_CYCLE): Seconds {
  return cycleToSeconds(map, pulseCycle(pulse, beatsPerCycle));
}

/**
 * The pulses whose time is in `[from, to)`, in order. Windows that tile the time give every pulse
 * once: a pulse belongs to the window its time falls in, whatever the windows' sizes.
 *
 * @example
 * clockPulses(tempoMap(0.5), 0, 0.1) // pulses 0 to 4: 48 a second at 120 BPM
 */
export function clockPulses(map: TempoMap, from: Seconds, to: Seconds, beatsPerCycle: number = DEFAULT_BEATS_PER_CYCLE): ClockPulse[] {
  const perCycle = PULSES_PER_QUARTER * checkBeats(beatsPerCycle);
  const time = (pulse: number): Seconds => pulseTime(map, pulse, beatsPerCycle);
  // A first guess from the map, then exact against the pulses' own times.
  let pulse = Math.max(0, Math.floor(secondsToCycle(map, Math.max(from, map.segments[0]!.time)).toNumber() * perCycle));
  while (pulse > 0 && time(pulse - 1) >= from) pulse--;
  while (time(pulse) < from) pulse++;
  const out: ClockPulse[] = [];
  for (let t = time(pulse); t < to; t = time(++pulse)) out.push({ pulse, time: t });
  return out;
}

/**
 * The song position of a cycle position, in MIDI beats (sixteenth notes) from cycle 0, rounded
 * down: what a Song Position Pointer says before a Continue from there.
 */
export function songPosition(cycle: Rational, beatsPerCycle: number = DEFAULT_BEATS_PER_CYCLE): number {
  const sixteenths = cycle.mul(Rational.int((checkBeats(beatsPerCycle) * PULSES_PER_QUARTER) / PULSES_PER_MIDI_BEAT));
  return Math.max(0, sixteenths.floor().toNumber());
}
