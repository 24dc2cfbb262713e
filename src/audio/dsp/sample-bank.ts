import type { Instrument, VolumeEnvelope } from './instrument.ts';
import { SAMPLE_BASE_NOTE } from './synth-names.ts';
import type { Frames, Hz } from './units.ts';


const EMPTY = new Float32Array(0);

/** Where one file of a sound is: waiting for its audio, playable, or failed to load. */
export type SampleState = 'pending' | 'loaded' | 'failed';

/** One file of a declared sound: its audio once loaded, or why it cannot play yet. */
export class SampleEntry {
  state: SampleState = 'pending';
  /** Set once the engine has asked for the file, so that it asks once. */
  wanted = false;
  left: Float32Array = EMPTY;
  /** The second channel of a stereo file. */
  right: Float32Array | undefined = undefined;
  length: Frames = 0;
  sampleRate: Hz = 0;
  /** Why the file failed to load. */
  message = '';
  /**
   * An instrument zone's pitch beyond {@link note}: a correction in cents, and semitones per
   * key asked (1 for a sample file; 0 plays every note at the sample's own pitch).
   */
  cents = 0;
  scale = 1;
  /** An instrument zone's own loop (see `LOOP_MODE`), in frames, and its volume envelope and gain. */
  loopMode = 0;
  loopStart: Frames = 0;
  loopEnd: Frames = 0;
  envelope: VolumeEnvelope | undefined = undefined;
  gain = 1;

  constructor(readonly url: string, readonly note: number) {}
}

/** An instrument's zone table (see {@link Instrument}). */
interface ZoneTable {
  velocities: Float64Array;
  layers: number;
  zoneAt: Int16Array;
}

/** A declared sound: its files in `n` order and, for a pitched sound, the files at each note. */
class Sound {
  readonly entries: SampleEntry[];
  /** Distinct notes in ascending order, each with the indices of its files (pitched sounds only). */
  readonly groups: { note: number; indices: number[] }[] = [];
  /** An instrument's choice of zone by key and velocity (then `groups` is empty). */
  zones: ZoneTable | undefined = undefined;

  /** `implicit`: made by adding files to a name never declared (it grows as files are added). */
  constructor(readonly urls: readonly string[], readonly notes: readonly number[] | undefined, readonly implicit = false) {
    this.entries = urls.map((url, i) => new SampleEntry(url, notes?.[i] ?? SAMPLE_BASE_NOTE));
    if (notes === undefined) return;
    const byNote = new Map<number, number[]>();
    notes.forEach((note, i) => byNote.set(note, [...(byNote.get(note) ?? []), i]));
    for (const note of [...byNote.keys()].sort((a, b) => a - b)) this.groups.push({ note, indices: byNote.get(note)! });
  }

  same(urls: readonly string[], notes: readonly number[] | undefined): boolean {
    const sameList = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
      a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));
    return sameList(this.urls, urls) && sameList(this.notes, notes);
  }
}

/** Layer `layer`'s zone of `table` for the nearest key to `midi` and the MIDI velocity of `velocity` (0..1). */
function zoneOf(table: ZoneTable, midi: number, velocity: number, layer: number): number {
  const key = Math.max(0, Math.min(127, Math.round(midi)));
  const vel = Math.max(1, Math.min(127, Math.round(velocity * 127)));
  const { velocities, layers, zoneAt } = table;
  if (layer >= layers) return -1;
  let band = 0;
  while (band + 1 < velocities.length && velocities[band + 1]! <= vel) band++;
  return zoneAt[(key * velocities.length + band) * layers + layer] ?? -1;
}

const wrap = (n: number, count: number): number => ((Math.floor(n) % count) + count) % count;

/**
 * The samples the engine can play, by sound name: declared first (names and files, so that a
 * sound still loading is known as such), then filled in file by file as each one loads. The
 * channel data is handed in and kept as it is: nothing is copied or allocated while playing.
 */
export class SampleBank {
  private readonly sounds = new Map<string, Sound>();

  /** How many sounds are declared. */
  get size(): number {
    return this.sounds.size;
  }

  /** The declared sounds' names. */
  names(): IterableIterator<string> {
    return this.sounds.keys();
  }

  /** True when `name` is a declared sound. */
  has(name: string): boolean {
    return this.sounds.has(name);
  }

  /**
   * Declares the sound `name` with its files' URLs (and, for a pitched sound, the note of each).
   * Declaring a sound again with the same files keeps what has loaded; other files start over.
   */
  declare(name: string, urls: readonly string[], notes?: readonly number[]): void {
    if (urls.length === 0) return;
    if (notes !== undefined && notes.length !== urls.length) throw new RangeError(`sound "${name}" needs one note per file`);
    if (this.sounds.get(name)?.same(urls, notes)) return;
    this.sounds.set(name, new Sound([...urls], notes === undefined ? undefined : [...notes]));
  }

  /**
   * Hands in file `index` of `name`: one array per channel (the first two are played), at
   * `sampleRate`. A sound never declared takes as many files as are added to it. Returns false
   * (and keeps nothing) when the data is unusable or `index` is beyond the declared files.
   */
  add(name: string, index: number, channels: readonly Float32Array[], sampleRate: Hz): boolean {
    const left = channels[0];
    if (left === undefined || !(sampleRate > 0) || !Number.isFinite(sampleRate) || !Number.isInteger(index) || index < 0) return false;
    let sound = this.sounds.get(name);
    if (sound === undefined || (sound.implicit && index >= sound.entries.length)) {
      // Handed in without a declaration: the sound grows to take the file.
      const grown = new Sound(Array.from({ length: Math.max(index + 1, sound?.entries.length ?? 0) }, () => ''), undefined, true);
      sound?.entries.forEach((entry, i) => (grown.entries[i] = entry));
      this.sounds.set(name, (sound = grown));
    }
    const entry = sound.entries[index];
    if (entry === undefined) return false;
    const right = channels[1];
    entry.left = left;
    entry.right = right !== undefined && right.length >= left.length ? right : undefined;
    entry.length = left.length;
    entry.sampleRate = sampleRate;
    entry.state = 'loaded';
    entry.message = '';
    return true;
  }

  /**
   * Sets the sound `name` to an instrument: its zones, loaded, each an entry played by key and
   * velocity (see {@link selectFrom} and {@link layerFrom}) with its own tuning, loop and envelope.
   */
  addInstrument(name: string, instrument: Instrument): void {
    const { zones } = instrument;
    const sound = new Sound(zones.map((_, i) => `instrument:${name}:${i}`), undefined);
    sound.zones = { velocities: Float64Array.from(instrument.velocities), layers: instrument.layers, zoneAt: instrument.zoneAt };
    this.sounds.set(name, sound);
    zones.forEach((zone, i) => {
      const entry = new SampleEntry(sound.urls[i]!, zone.rootKey);
      entry.cents = zone.cents;
      entry.scale = zone.scale / 100;
      entry.loopMode = zone.loopMode;
      entry.loopStart = zone.loopStart;
      entry.loopEnd = zone.loopEnd;
      entry.envelope = zone.envelope;
      entry.gain = zone.gain;
      sound.entries[i] = entry;
      this.add(name, i, zone.channels, zone.sampleRate);
    });
  }

  /** Marks file `index` of `name` as failed to load, with the reason. */
  fail(name: string, index: number, message: string): void {
    const entry = this.sounds.get(name)?.entries[index];
    if (entry === undefined || entry.state === 'loaded') return;
    entry.state = 'failed';
    entry.message = message;
  }

  /**
   * The file of `name` that plays for sample number `n`, MIDI note `midi` and `velocity` (0..1):
   * `n` wraps around the sound's files; a pitched sound first takes the files at the note nearest
   * to `midi`; an instrument takes its zone for the key and velocity. Returns -1 for a name that
   * is not declared, or a key no zone of an instrument plays.
   */
  select(name: string, n: number, midi: number, velocity = 1): number {
    return this.selectFrom(name, Float64Array.of(n, midi, velocity), 0, 1, 2);
  }

  /** How many zones of the instrument `name` may sound together for one key (1 for any other sound). */
  layers(name: string): number {
    return this.sounds.get(name)?.zones?.layers ?? 1;
  }

  /**
   * The instrument `name`'s zone for layer `layer` (from 1; layer 0 is {@link selectFrom}'s) at
   * the key and velocity of `values[midiAt]` and `values[velocityAt]`, or -1 where that layer
   * does not sound.
   */
  layerFrom(name: string, values: Float64Array, midiAt: number, velocityAt: number, layer: number): number {
    const zones = this.sounds.get(name)?.zones;
    return zones === undefined ? -1 : zoneOf(zones, values[midiAt]!, values[velocityAt]!, layer);
  }

  /**
   * {@link select} with `n` and `midi` read from `values[nAt]` and `values[midiAt]` (a voice
   * record's), so that no fractional number is passed: the engine's per-event path allocates nothing.
   */
  selectFrom(name: string, values: Float64Array, nAt: number, midiAt: number, velocityAt = -1): number {
    const sound = this.sounds.get(name);
    if (sound === undefined) return -1;
    if (sound.zones !== undefined) return zoneOf(sound.zones, values[midiAt]!, velocityAt < 0 ? 1 : values[velocityAt]!, 0);
    const n = values[nAt]!;
    if (sound.groups.length === 0) return wrap(n, sound.entries.length);
    const midi = values[midiAt]!;
    const groups = sound.groups;
    let best = groups[0]!;
    for (let g = 1; g < groups.length; g++) {
      const group = groups[g]!;
      if (Math.abs(group.note - midi) < Math.abs(best.note - midi)) best = group;
    }
    return best.indices[wrap(n, best.indices.length)]!;
  }

  /** File `index` of `name`, if declared. */
  entry(name: string, index: number): SampleEntry | undefined {
    return this.sounds.get(name)?.entries[index];
  }

  /** How the file is named in messages: `"bd"` for a sound of one file, else `"bd:2"`. */
  label(name: string, index: number): string {
    return (this.sounds.get(name)?.entries.length ?? 0) > 1 ? `${name}:${index}` : name;
  }
}
