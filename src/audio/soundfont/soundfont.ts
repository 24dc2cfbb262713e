/**
 * General MIDI instruments from a SoundFont (SF2, or SF3 with Ogg Vorbis samples): the font is
 * read and parsed once (with `spessasynth_core`, imported when the first instrument is asked
 * for), and each instrument's zones are made, and their samples decoded, only when code names it.
 */
import type { BasicPreset, BasicSample, BasicSoundBank } from 'spessasynth_core';
import { MAX_LAYERS, type Instrument, type InstrumentZone, type VolumeEnvelope } from '../dsp/instrument.ts';
import type { DecodedAudio } from '../dsp/wav-decode.ts';
import type { InstrumentSource } from '../sample-loader.ts';
import { gmProgram } from './gm-names.ts';

/** The SoundFont generators read here (SoundFont 2.04, 8.1.2), by number. */
const G = {
  startOffset: 0, endOffset: 1, loopStartOffset: 2, loopEndOffset: 3, startCoarse: 4, endCoarse: 12,
  delay: 33, attack: 34, hold: 35, decay: 36, sustain: 37, release: 38, holdPerKey: 39, decayPerKey: 40,
  loopStartCoarse: 45, attenuation: 48, loopEndCoarse: 50, coarseTune: 51, fineTune: 52, sampleModes: 54,
  scaleTuning: 56, rootKey: 58,
} as const;

/**
 * The share of a zone's attenuation that is applied: 0.4, as the E-mu hardware the format comes
 * from (and FluidSynth, for which FluidR3 was voiced) apply it.
 */
const ATTENUATION_SHARE = 0.4;

/** Settings for {@link SoundFontInstruments}. */
export interface SoundFontOptions {
  /** Reads the font's bytes (called once, when the first instrument is asked for). */
  read: () => Promise<ArrayBuffer | Uint8Array>;
  /** Decodes an Ogg Vorbis sample of an SF3 font (to any rate: loop points are scaled). */
  decodeVorbis: (bytes: Uint8Array) => Promise<DecodedAudio>;
}

/** Seconds of a time in timecents. */
const seconds = (timecents: number): number => Math.pow(2, timecents / 1200);

/** A copy of `bytes` as an ArrayBuffer of its own. */
function ownBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * The General MIDI instruments of a SoundFont, as an {@link InstrumentSource}: `load('gm_...')`
 * makes that program's preset (bank 0) into an {@link Instrument}.
 *
 * @example
 * const gm = new SoundFontInstruments({ read: () => readFile(font), decodeVorbis });
 * const piano = await gm.load('gm_acoustic_grand_piano');
 */
export class SoundFontInstruments implements InstrumentSource {
  private bank: Promise<BasicSoundBank> | undefined;
  private readonly decoded = new Map<BasicSample, Promise<DecodedAudio>>();

  constructor(private readonly options: SoundFontOptions) {}

  /**
   * The instrument `name` (a `gm_*` name or `piano`): its program's bank-0 preset, the font read
   * and parsed at the first call. Undefined for a name that is no General MIDI instrument.
   */
  async load(name: string): Promise<Instrument | undefined> {
    const program = gmProgram(name);
    if (program === undefined) return undefined;
    const bank = await (this.bank ??= this.parse());
    const melodic = bank.presets.filter((p) => p.program === program && !p.isGMGSDrum);
    const preset = melodic.find((p) => p.bankMSB === 0 && p.bankLSB === 0) ?? melodic[0];
    if (preset === undefined) throw new Error(`the SoundFont has no General MIDI program ${program} (for "${name}")`);
    return this.instrument(preset);
  }

  private async parse(): Promise<BasicSoundBank> {
    const [{ SoundBankLoader }, bytes] = await Promise.all([import('spessasynth_core'), this.options.read()]);
    return SoundBankLoader.fromArrayBuffer(ownBuffer(bytes));
  }

  /**
   * The preset's zones as they sound for each key and velocity band: the generators of its
   * preset and instrument zones combined (by the parser, as the format says), one zone for each
   * different sample and set of generators; every voice the font sounds for a key is a layer (up
   * to MAX_LAYERS: a "Fifth Sawtooth Wave" is two saws a fifth apart, a "Honky Tonk" two
   * detuned pianos).
   */
  private async instrument(preset: BasicPreset): Promise<Instrument> {
    const velocities = velocityBands(preset);
    const found = new Map<string, number>();
    const made: { sample: BasicSample; generators: Int16Array }[] = [];
    const picked: number[][] = [];
    for (let key = 0; key < 128; key++) {
      for (const velocity of velocities) {
        picked.push(preset.getVoiceParameters(key, Math.max(1, velocity)).slice(0, MAX_LAYERS).map((voice) => {
          const id = `${preset.parentSoundBank.samples.indexOf(voice.sample)} ${voice.generators.join(',')}`;
          let index = found.get(id);
          if (index === undefined) {
            index = made.length;
            found.set(id, index);
            made.push({ sample: voice.sample, generators: voice.generators });
          }
          return index;
        }));
      }
    }
    const layers = Math.max(1, ...picked.map((zones) => zones.length));
    const zoneAt = new Int16Array(picked.length * layers).fill(-1);
    picked.forEach((zones, i) => zoneAt.set(zones, i * layers));
    const zones = await Promise.all(made.map(({ sample, generators }) => this.zone(sample, generators)));
    return { zones, velocities, layers, zoneAt };
  }

  private async zone(sample: BasicSample, g: Int16Array): Promise<InstrumentZone> {
    const audio = await this.audioOf(sample);
    const at = (n: number): number => g[n] ?? 0;
    // The decoder may have resampled: positions in the font's frames are scaled to the audio's.
    const ratio = audio.sampleRate / sample.sampleRate;
    const length = audio.channels[0]?.length ?? 0;
    const frame = (x: number): number => Math.max(0, Math.min(length, Math.round(x * ratio)));
    const start = frame(at(G.startOffset) + 32768 * at(G.startCoarse));
    const end = Math.max(start, frame(length / ratio + at(G.endOffset) + 32768 * at(G.endCoarse)));
    const loopStart = frame(sample.loopStart + at(G.loopStartOffset) + 32768 * at(G.loopStartCoarse)) - start;
    const loopEnd = frame(sample.loopEnd + at(G.loopEndOffset) + 32768 * at(G.loopEndCoarse)) - start;
    const envelope: VolumeEnvelope = {
      delay: seconds(at(G.delay)),
      attack: seconds(at(G.attack)),
      hold: seconds(at(G.hold)),
      decay: seconds(at(G.decay)),
      sustain: Math.pow(10, -Math.max(0, at(G.sustain)) / 200),
      release: seconds(at(G.release)),
      holdPerKey: at(G.holdPerKey),
      decayPerKey: at(G.decayPerKey),
    };
    const rootKey = at(G.rootKey);
    return {
      channels: audio.channels.slice(0, 2).map((c) => c.subarray(start, end)),
      sampleRate: audio.sampleRate,
      rootKey: rootKey >= 0 && rootKey <= 127 ? rootKey : sample.originalKey,
      cents: sample.pitchCorrection + 100 * at(G.coarseTune) + at(G.fineTune),
      scale: at(G.scaleTuning),
      loopStart,
      loopEnd,
      loopMode: at(G.sampleModes) & 3,
      envelope,
      gain: Math.pow(10, (-ATTENUATION_SHARE * Math.max(0, at(G.attenuation))) / 200),
    };
  }

  /** A sample's audio, decoded once (Ogg Vorbis in an SF3 font, 16-bit PCM in an SF2). */
  private audioOf(sample: BasicSample): Promise<DecodedAudio> {
    let audio = this.decoded.get(sample);
    if (audio === undefined) {
      audio = sample.isCompressed
        ? this.options.decodeVorbis(sample.getRawData(true))
        : Promise.resolve({ channels: [sample.getAudioData()], sampleRate: sample.sampleRate });
      this.decoded.set(sample, audio);
    }
    return audio;
  }
}

/**
 * The lowest velocity of each band in which the preset plays the same zones: 1, and every
 * velocity at which one of its zones (or its instruments' zones) starts or stops.
 */
function velocityBands(preset: BasicPreset): number[] {
  const edges = new Set<number>([1]);
  const add = (range: { min: number; max: number }): void => {
    if (range.min > 1) edges.add(range.min);
    if (range.max >= 0 && range.max < 127) edges.add(range.max + 1);
  };
  for (const zone of preset.zones) {
    add(zone.velRange);
    for (const inner of zone.instrument.zones) add(inner.velRange);
  }
  return [...edges].sort((a, b) => a - b);
}
