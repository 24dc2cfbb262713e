import type { CodeRange } from '../controls/event.ts';

// The event and the code range are the controls layer's (one definition for every layer).
export type { CodeRange, SoundEvent } from '../controls/event.ts';

/**
 * The slowest tempo weft plays, in cycles per second (a cycle of 1,000 s; `setcpm(0.06)`).
 * `setcps`/`setcpm` refuse a slower one and the scheduler keeps `cps` controls above it: at
 * 0.001 cps the scheduler's 2^-20-cycle grid is 0.95 ms, still finer than one 128-frame audio
 * block (2.7 ms at 48 kHz); much slower, the clock stops advancing between ticks and a few
 * cycles take hours to render.
 */
export const MIN_CPS = 0.001;

/**
 * The fastest tempo weft plays, in cycles per second (a cycle of 10 ms; `setcpm(6000)`): a cycle
 * then still spans several audio blocks, and the scheduler's 0.3 s lookahead queries 30 cycles
 * at a time, not thousands.
 */
export const MAX_CPS = 100;

/**
 * What went wrong with an event, reported by the engine through its `onError` callback. A `bank`
 * error is a warning: the event plays (weft's own kit, for a bank it does not model).
 */
export interface EngineError {
  kind: 'control' | 'sound' | 'non-finite' | 'bank';
  message: string;
  /** The event at fault, when there is one (an effect bus overflow has none). */
  eventId?: number;
  /** For an unknown sound: its name (as the event gave it), so the app can tell its atoms and events. */
  sound?: string;
  /** For a bank weft does not model: its name (the event plays weft's own kit). */
  bank?: string;
  locations: CodeRange[];
}

/** One sound file that performer code named, and the note it was recorded at when the code says. */
export interface SampleFile {
  /** As the code gave it (after its base URL): absolute, or relative to where the loader reads from. */
  url: string;
  /** The MIDI note the file sounds at (a pitched map such as `{ g3: 'moog-g3.wav' }`). */
  note?: number;
}

/**
 * A sound that performer code declared with `samples({ name: url | url[] | { note: url } })`:
 * its name (as `s("name")` plays it) and its files, in `n` order.
 */
export interface SoundDeclaration {
  kind: 'sound';
  name: string;
  files: SampleFile[];
  /** The `samples(...)` call in the code (for reporting a file that fails to load). */
  locations: CodeRange[];
}

/**
 * A sample map that performer code named by its URL, `samples('https://.../strudel.json')`: a
 * JSON object in the same form as the object `samples` takes (with an optional `_base` URL).
 * Its sounds are declared when it has loaded, and their files load when first played.
 */
export interface SampleMapDeclaration {
  kind: 'map';
  url: string;
  /** What the map's paths are read against, when the code gives it (`samples(url, base)`); else the map's own directory. */
  base?: string;
  locations: CodeRange[];
}

/** What one `samples(...)` call in performer code asks for (see `Evaluation.samples`). */
export type SampleDeclaration = SoundDeclaration | SampleMapDeclaration;
