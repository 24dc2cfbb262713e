// The event every layer passes along, defined once: where in the code a value came from (a
// `CodeRange`), when on the audio clock (`Seconds`), and the sound itself (`SoundEvent`). The
// pattern layer's haps, the scheduler's events, the engine's voices, the runtime's messages and
// the editor's highlights all use these, or `Pick`/`Omit` views of them.

/** A time in seconds on the audio clock (as counted by the engine's frame clock). */
export type Seconds = number;

/** A range of characters in the performer's code, as `[start, end)` offsets into the code evaluated. */
export interface CodeRange {
  readonly start: number;
  readonly end: number;
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
  /**
   * The tempo at the event's onset, in cycles per second, as the scheduler ran it. The engine
   * needs it for `unit: "c"` (sample speed in cycles) and `delaysync`; without it, the event's
   * `cps` control, else 0.5, is assumed.
   */
  cps?: number;
}
