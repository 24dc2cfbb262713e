/**
 * The performer's MIDI settings, kept apart from the app's (they load with MIDI, not with the
 * first page): the output `.midi()` sends to when the code names none, each output's latency
 * offset, and where MIDI clock goes. Local storage, as JSON; anything unreadable is the default.
 */

/** MIDI clock out: the output it goes to (none: no clock) and how many beats a cycle is. */
export interface ClockOutSettings {
  readonly port?: string | undefined;
  readonly beatsPerCycle: number;
}

export interface MidiSettings {
  /** The output of `.midi()` without a port; unset, the first output. */
  readonly output?: string | undefined;
  /** Latency offsets by output name (ms, -500 to 500): positive sends later. */
  readonly latency: Readonly<Record<string, number>>;
  readonly clock: ClockOutSettings;
}

export const DEFAULT_MIDI_SETTINGS: MidiSettings = { latency: {}, clock: { beatsPerCycle: 4 } };

const KEY = 'weft:midi';

const isName = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

/** The settings that `raw` holds, defaults for the rest. */
export function readMidiSettings(raw: unknown): MidiSettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_MIDI_SETTINGS;
  const r = raw as Record<string, unknown>;
  const latency: Record<string, number> = {};
  if (typeof r.latency === 'object' && r.latency !== null) {
    for (const [name, ms] of Object.entries(r.latency as Record<string, unknown>)) {
      if (isName(name) && typeof ms === 'number' && Number.isFinite(ms)) latency[name] = Math.max(-500, Math.min(500, ms));
    }
  }
  const clock = typeof r.clock === 'object' && r.clock !== null ? (r.clock as Record<string, unknown>) : {};
  const beats = clock.beatsPerCycle;
  return {
    ...(isName(r.output) ? { output: r.output } : {}),
    latency,
    clock: {
      ...(isName(clock.port) ? { port: clock.port } : {}),
      beatsPerCycle: typeof beats === 'number' && Number.isInteger(beats) && beats >= 1 && beats <= 64 ? beats : 4,
    },
  };
}

/** The settings kept in `storage` (the browser's local storage unless given). */
export function loadMidiSettings(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): MidiSettings {
  try {
    return readMidiSettings(JSON.parse(storage?.getItem(KEY) ?? '{}'));
  } catch {
    return DEFAULT_MIDI_SETTINGS;
  }
}

/** Keeps `settings` (in memory only when storage fails). */
export function saveMidiSettings(settings: MidiSettings, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled.
  }
}
