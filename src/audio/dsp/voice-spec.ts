import type { CodeRange, EngineError, SoundEvent } from '../protocol.ts';
import { ControlError, ControlReader } from './controls.ts';
import { drumPatch, type DrumPatch } from './drum-kit.ts';
import { midiToHz, noteToMidiNumber } from './pitch.ts';
import { SAMPLE_BASE_NOTE, type SampleBank } from './sample-bank.ts';
import type { PlaybackRegion } from './sample-player.ts';
import type { Hz, NormalRange, Seconds } from './units.ts';

/** The kinds of sound source a voice can play. */
export const SOURCE = {
  sine: 0, triangle: 1, square: 2, sawtooth: 3, supersaw: 4, pulse: 5, white: 6, pink: 7, brown: 8, drum: 9, sample: 10,
} as const;
/** One of {@link SOURCE}'s values. */
export type SourceKind = (typeof SOURCE)[keyof typeof SOURCE];

const SOURCE_NAMES: Readonly<Record<string, SourceKind>> = {
  sine: SOURCE.sine, sin: SOURCE.sine,
  triangle: SOURCE.triangle, tri: SOURCE.triangle,
  square: SOURCE.square, sqr: SOURCE.square,
  sawtooth: SOURCE.sawtooth, saw: SOURCE.sawtooth,
  supersaw: SOURCE.supersaw, pulse: SOURCE.pulse,
  white: SOURCE.white, pink: SOURCE.pink, brown: SOURCE.brown,
};

/** Peak level of a synth voice at gain 1 (about -10 dBFS, so a few voices fit under the limiter). */
export const SYNTH_LEVEL = 0.3;
/** Peak level of a drum hit at gain 1. */
export const DRUM_LEVEL = 0.5;
/** A sample plays at its own level at gain 1 (before panning). */
export const SAMPLE_LEVEL = 1;
/** The note played by a pitched source given no `note`, `n` or `freq` (C2). */
export const DEFAULT_NOTE = 36;

/** A filter's cutoff, resonance and envelope (`env` in octaves at envelope level 1). */
export interface FilterSpec {
  cutoff: Hz;
  q: number;
  env: number;
  attack: Seconds;
  decay: Seconds;
  sustain: NormalRange;
  release: Seconds;
}

/** Which file of a declared sound a voice plays, and how (see {@link readVoiceSpec}). */
export interface SampleSpec extends PlaybackRegion {
  name: string;
  /** The file chosen by `n` (and, for a pitched sound, by the note). */
  index: number;
  /** The pitch asked for (`note` or `freq`) as a MIDI number; {@link SAMPLE_BASE_NOTE} if none. */
  midi: number;
  /** Playback speed: 1 as recorded, 2 an octave up and twice as short, negative backwards. */
  speed: number;
  /** `unit: "c"`: `speed` counts whole files per cycle, at `cps`. */
  cycles: boolean;
  cps: number;
}

/** Everything a voice needs, resolved from an event's controls into numbers. */
export interface VoiceSpec {
  eventId: number;
  locations: CodeRange[];
  source: SourceKind;
  drum: DrumPatch | undefined;
  sample: SampleSpec | undefined;
  freq: Hz;
  /** Gate length; `undefined` lets a drum ring for its natural length. */
  gate: Seconds | undefined;
  attack: Seconds;
  decay: Seconds;
  sustain: NormalRange;
  release: Seconds;
  /** Linear amplitude: level × gain × velocity × postgain. */
  amp: number;
  pan: NormalRange;
  lowpass: FilterSpec | undefined;
  highpass: FilterSpec | undefined;
  bandpass: FilterSpec | undefined;
  shape: number;
  distort: number;
  distortVolume: number;
  crush: number;
  coarse: number;
  fm: number;
  fmh: number;
  pw: NormalRange;
  detune: number;
  unison: number;
  orbit: number;
  /** The cut group (0: none): a voice starting in a group fades out the group's others in its orbit. */
  cut: number;
  room: number;
  delay: number;
  /** Orbit effect settings carried by this event (`undefined` leaves the orbit's as they are). */
  size: number | undefined;
  delayTime: Seconds | undefined;
  delayFeedback: number | undefined;
}

/** The result of reading an event: a voice to play, or an error to report. */
export type SpecResult = { ok: true; spec: VoiceSpec } | { ok: false; error: EngineError };

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
/** Resonance in dB of peak (as a Web Audio lowpass Q), turned into the filter's linear Q. */
const resonanceDbToQ = (db: number): number => Math.pow(10, clamp(db, -20, 50) / 20);

function readFilter(
  c: ControlReader, cutoffNames: string[], qNames: string[], prefix: string, qFromDb: boolean, defaultQ: number,
): FilterSpec | undefined {
  const list = c.list(cutoffNames);
  if (list === undefined) return undefined;
  const q = c.number(qNames, list, 1);
  return {
    cutoff: list[0]!,
    q: q === undefined ? defaultQ : qFromDb ? resonanceDbToQ(q) : clamp(q, 0.05, 100),
    env: c.number([`${prefix}env`, `${prefix}e`], list, 2) ?? 0,
    attack: Math.max(0, c.number([`${prefix}attack`, `${prefix}a`]) ?? 0.005),
    decay: Math.max(0, c.number([`${prefix}decay`, `${prefix}d`]) ?? 0.1),
    sustain: clamp(c.number([`${prefix}sustain`, `${prefix}s`]) ?? 1, 0, 1),
    release: Math.max(0, c.number([`${prefix}release`, `${prefix}r`]) ?? 0.01),
  };
}

function soundName(c: ControlReader): { name: string | undefined; index: number | undefined } {
  const found = c.raw(['s', 'sound']);
  if (found === undefined) return { name: undefined, index: undefined };
  const expected = 'a sound name such as "bd" or "bd:2"';
  if (typeof found.value !== 'string') throw new ControlError(found.name, found.value, expected);
  const [name = '', index] = found.value.trim().split(':');
  if (index === undefined) return { name, index: undefined };
  const n = Number(index);
  if (index.trim() === '' || !Number.isFinite(n)) throw new ControlError(found.name, found.value, expected);
  return { name, index: n };
}

function readPitch(c: ControlReader, useN: boolean): Hz | undefined {
  const freq = c.number(['freq']);
  if (freq !== undefined) return freq;
  const note = c.raw(['note']);
  if (note !== undefined) {
    const midi = noteToMidiNumber(Array.isArray(note.value) ? note.value[0] : note.value);
    if (midi === undefined || !Number.isFinite(midi)) throw new ControlError('note', note.value, 'a note name or MIDI number');
    return midiToHz(midi);
  }
  const n = useN ? c.number(['n']) : undefined;
  return n === undefined ? undefined : midiToHz(n);
}

/** The pitch asked for as a MIDI number (`freq`, else `note`), if any. */
function readMidi(c: ControlReader): number | undefined {
  const freq = readPitch(c, false);
  return freq === undefined ? undefined : 69 + 12 * Math.log2(Math.abs(freq) / 440);
}

function readSample(c: ControlReader, event: SoundEvent, bank: SampleBank, name: string, n: number): SampleSpec {
  const midi = readMidi(c) ?? SAMPLE_BASE_NOTE;
  const unit = c.raw(['unit']);
  if (unit !== undefined && unit.value !== 'r' && unit.value !== 'c') throw new ControlError('unit', unit.value, '"r" or "c"');
  const loop = c.number(['loop']) ?? 0;
  return {
    name,
    index: bank.select(name, n, midi),
    midi,
    speed: c.number(['speed']) ?? 1,
    begin: clamp(c.number(['begin']) ?? 0, 0, 1),
    end: clamp(c.number(['end']) ?? 1, 0, 1),
    loop: loop > 0,
    loopBegin: clamp(c.number(['loopBegin', 'loopb']) ?? 0, 0, 1),
    loopEnd: clamp(c.number(['loopEnd', 'loope']) ?? 1, 0, 1),
    cycles: unit?.value === 'c',
    cps: eventCps(c, event),
  };
}

/** The tempo the event was scheduled at: the event's own record, else its `cps` control, else 0.5. */
function eventCps(c: ControlReader, event: SoundEvent): number {
  const cps = event.cps !== undefined && Number.isFinite(event.cps) && event.cps > 0 ? event.cps : c.number(['cps']);
  return cps !== undefined && cps > 0 ? cps : 0.5;
}

function fail(event: SoundEvent, kind: EngineError['kind'], message: string): SpecResult {
  return { ok: false, error: { kind, message, eventId: event.id, locations: event.locations } };
}

/**
 * Turns an event's controls into a {@link VoiceSpec}: finds the source (`s`: a sound declared in
 * `samples`, which wins, a synth or a drum; a triangle when only a pitch is given), the pitch
 * (`freq`, else `note`, else `n` for pitched sources), the envelope, filters, shaping and sends.
 * A non-finite number in any control rejects the event.
 */
export function readVoiceSpec(event: SoundEvent, samples?: SampleBank): SpecResult {
  const c = new ControlReader(event.controls);
  try {
    c.checkNumbers();
    const sound = soundName(c);
    const n = c.number(['n']);
    let source: SourceKind;
    let drum: DrumPatch | undefined;
    let sample: SampleSpec | undefined;
    if (sound.name === undefined) {
      if (!c.has(['note', 'n', 'freq'])) return fail(event, 'sound', 'event has no sound (s) and no pitch');
      source = SOURCE.triangle;
    } else if (samples?.has(sound.name)) {
      sample = readSample(c, event, samples, sound.name, sound.index ?? n ?? 0);
      source = SOURCE.sample;
    } else if (Object.hasOwn(SOURCE_NAMES, sound.name)) {
      source = SOURCE_NAMES[sound.name]!;
    } else {
      drum = drumPatch(sound.name, sound.index ?? n ?? 0);
      if (drum === undefined) return fail(event, 'sound', `unknown sound "${sound.name}"`);
      source = SOURCE.drum;
    }
    const isDrum = source === SOURCE.drum;
    // Drums and samples play once through unless clipped; a looping sample holds for its event.
    const oneShot = isDrum || (sample !== undefined && !sample.loop);
    const struck = isDrum || sample !== undefined;
    const freq = sample !== undefined ? midiToHz(sample.midi) : (readPitch(c, !isDrum) ?? midiToHz(DEFAULT_NOTE));
    const clip = c.number(['clip', 'legato']);
    const adsr = c.list(['adsr']);
    const distort = c.list(['distort', 'dist']);
    const room = c.list(['room']);
    const delay = c.list(['delay']);
    const cps = eventCps(c, event);
    const delaySync = c.number(['delaysync']);
    const gain = Math.max(0, c.number(['gain']) ?? 1);
    const velocity = Math.max(0, c.number(['velocity', 'vel']) ?? 1);
    const postgain = Math.max(0, c.number(['postgain']) ?? 1);
    const spec: VoiceSpec = {
      eventId: event.id,
      locations: event.locations,
      source,
      drum,
      sample,
      freq,
      gate: oneShot && clip === undefined ? undefined : Math.max(0, event.duration * (clip ?? 1)),
      attack: Math.max(0, c.number(['attack', 'att'], adsr, 0) ?? (struck ? 0 : 0.001)),
      decay: Math.max(0, c.number(['decay', 'dec'], adsr, 1) ?? 0.05),
      sustain: clamp(c.number(['sustain', 'sus'], adsr, 2) ?? 1, 0, 1),
      release: Math.max(0, c.number(['release', 'rel'], adsr, 3) ?? 0.01),
      amp: (sample !== undefined ? SAMPLE_LEVEL : isDrum ? DRUM_LEVEL : SYNTH_LEVEL) * gain * velocity * postgain,
      pan: clamp(c.number(['pan']) ?? 0.5, 0, 1),
      lowpass: readFilter(c, ['lpf', 'cutoff', 'ctf', 'lp'], ['lpq', 'resonance'], 'lp', true, 1),
      highpass: readFilter(c, ['hpf', 'hcutoff', 'hp'], ['hpq', 'hresonance'], 'hp', true, 1),
      bandpass: readFilter(c, ['bpf', 'bandf', 'bp'], ['bpq', 'bandq'], 'bp', false, 1),
      shape: clamp(c.number(['shape']) ?? 0, 0, 1),
      distort: Math.max(0, distort?.[0] ?? 0),
      distortVolume: Math.max(0, distort?.[1] ?? 1),
      crush: clamp(c.number(['crush']) ?? 0, 0, 16),
      coarse: Math.max(1, Math.floor(c.number(['coarse']) ?? 1)),
      fm: c.number(['fm', 'fmi']) ?? 0,
      fmh: c.number(['fmh']) ?? 1,
      pw: clamp(c.number(['pw']) ?? 0.5, 0.01, 0.99),
      detune: c.number(['detune', 'det']) ?? 0.2,
      unison: clamp(Math.round(c.number(['unison', 'voices']) ?? 5), 1, 16),
      orbit: clamp(Math.floor(c.number(['orbit', 'o']) ?? 1), 0, 15),
      cut: Math.trunc(c.number(['cut']) ?? 0),
      room: Math.max(0, room?.[0] ?? 0),
      delay: Math.max(0, delay?.[0] ?? 0),
      size: c.number(['size', 'roomsize', 'rsize', 'sz'], room, 1),
      delayTime: delaySync !== undefined && cps > 0 ? delaySync / cps : c.number(['delaytime', 'delayt', 'dt'], delay, 1),
      delayFeedback: c.number(['delayfeedback', 'delayfb', 'dfb'], delay, 2),
    };
    return { ok: true, spec };
  } catch (error) {
    if (error instanceof ControlError) return fail(event, 'control', error.message);
    throw error;
  }
}
