import type { Seconds } from './dsp/units.ts';

/** A range of characters in the performer's code, as `[start, end)` offsets. */
export interface CodeRange {
  start: number;
  end: number;
}

/**
 * One sound to play, shared by the scheduler (which makes it) and the engine (which plays it).
 *
 * `time` is absolute audio time: the voice starts at frame `round(time * sampleRate)`.
 * `controls` holds the performer's values unchanged (`note: "c3"`, `s: "bd:2"`, `lpf: 800`);
 * the engine alone turns them into frequencies and sounds.
 */
export interface SoundEvent {
  /** Unique per event; also seeds the event's noise, so renders are reproducible. */
  id: number;
  time: Seconds;
  duration: Seconds;
  controls: Record<string, unknown>;
  /** The code block that made the event, if the performer's code has several. */
  block?: string;
  /** Where in the code the event came from (for highlights and error reports). */
  locations: CodeRange[];
}

/** What went wrong with an event, reported by the engine through its `onError` callback. */
export interface EngineError {
  kind: 'control' | 'sound' | 'non-finite';
  message: string;
  /** The event at fault, when there is one (an effect bus overflow has none). */
  eventId?: number;
  locations: CodeRange[];
}
