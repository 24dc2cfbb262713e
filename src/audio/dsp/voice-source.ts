/**
 * What a voice plays before its filters and envelope: an oscillator (with frequency modulation),
 * a supersaw, noise, a drum or a sample, chosen when the voice starts.
 */
import { DRUM_PATCHES } from './drum-kit.ts';
import { DrumVoice, type DrumTables } from './drum-voice.ts';
import { Noise } from './noise.ts';
import { fmRatios, Phasor, pulse, sawtooth, sine, SuperSaw, triangle } from './oscillators.ts';
import type { SampleEntry } from './sample-bank.ts';
import { SamplePlayer } from './sample-player.ts';
import type { Frames, Hz } from './units.ts';
import { SOURCE, V, type SourceKind } from './voice-record.ts';

/**
 * A voice's sound source. Pooled with its voice: `start` reuses it for a new event, and no method
 * allocates.
 */
export class VoiceSource {
  /** True while playing in stereo (a stereo sample): the voice then renders both channels. */
  stereo = false;
  /** How long the event holds, in samples: its gate, or a drum's or a sample's natural length. */
  gate: Frames = 0;
  private kind: SourceKind = SOURCE.sine;
  private readonly osc = new Phasor();
  private readonly modulator = new Phasor();
  private readonly superSaw = new SuperSaw();
  private readonly noise = new Noise();
  private readonly drum = new DrumVoice();
  private readonly sampler = new SamplePlayer();

  /**
   * Starts playing the record at `data[at]` as `source` (see {@link Voice.start}); `seed` seeds
   * its noise and random phases. Sets {@link gate} and {@link stereo}.
   */
  start(
    data: Float64Array, at: number, source: SourceKind, sampleRate: Hz, seed: number, drums: DrumTables, sample: SampleEntry | undefined,
  ): void {
    this.kind = source;
    this.noise.seed(seed);
    const isDrum = source === SOURCE.drum;
    const isSample = source === SOURCE.sample;
    const freq = isSample ? data[at + V.sampleFreq]! : data[at + V.freq]!;
    const pw = data[at + V.pw]!;
    const fmh = data[at + V.fmh]!;
    // Frequencies above 0.45 × sampleRate would only alias; negative ones play as positive.
    const inc = Math.min(Math.abs(freq), 0.45 * sampleRate) / sampleRate;
    const osc = this.osc;
    osc.inc = inc;
    // Start where each wave is away from its jumps: the saw at 0, the triangle rising through 0,
    // the pulse in the middle of its high part (so its first sample is already at full level).
    const start = source === SOURCE.sawtooth ? 0.5 : source === SOURCE.triangle ? 0.25 : 0;
    osc.phase = source === SOURCE.square ? 0.25 : source === SOURCE.pulse ? pw / 2 : start;
    osc.width = source === SOURCE.pulse ? pw : 0.5;
    this.modulator.depth = data[at + V.fm]! * fmh;
    this.modulator.inc = inc * fmh;
    this.modulator.phase = 0;
    if (source === SOURCE.supersaw) {
      this.superSaw.count = data[at + V.unison]!;
      this.superSaw.detune = data[at + V.detune]!;
      this.superSaw.spread(osc, this.noise);
    }
    // Drums and samples play once through unless clipped; a looping sample holds for its event.
    const clipped = data[at + V.clipped] === 1;
    const gateSeconds = data[at + V.gate]!;
    this.stereo = false;
    const patch = isDrum ? DRUM_PATCHES[data[at + V.drum]!] : undefined;
    if (patch !== undefined) {
      const drum = drums.get(patch);
      this.drum.start(drum, seed);
      this.gate = clipped ? Math.min(drum.length, Math.round(gateSeconds * sampleRate)) : drum.length;
    } else if (isSample && sample !== undefined) {
      this.sampler.start(sample, data, at, sampleRate);
      this.stereo = this.sampler.stereo;
      const natural = this.sampler.natural;
      this.gate = clipped || data[at + V.loop] === 1 ? Math.min(natural, Math.round(gateSeconds * sampleRate)) : natural;
    } else {
      this.gate = Math.round(gateSeconds * sampleRate);
    }
  }

  /** Fills `out[start, end)`; `aux` is scratch space of the same length. */
  render(out: Float64Array, aux: Float64Array, start: number, end: number): void {
    const ratio = this.modulator.depth === 0 ? null : aux;
    if (ratio !== null) fmRatios(this.modulator, ratio, start, end);
    switch (this.kind) {
      case SOURCE.sine: return sine(this.osc, out, start, end, ratio);
      case SOURCE.triangle: return triangle(this.osc, out, start, end, ratio);
      case SOURCE.square: return pulse(this.osc, out, start, end, ratio);
      case SOURCE.pulse: return pulse(this.osc, out, start, end, ratio);
      case SOURCE.sawtooth: return sawtooth(this.osc, out, start, end, ratio);
      case SOURCE.supersaw: return this.superSaw.render(out, start, end, ratio);
      case SOURCE.white: return this.noise.white(out, start, end);
      case SOURCE.pink: return this.noise.pink(out, start, end);
      case SOURCE.brown: return this.noise.brown(out, start, end);
      case SOURCE.drum: return this.drum.render(out, aux, start, end);
      case SOURCE.sample: return this.sampler.render(out, null, start, end);
    }
  }

  /** Fills both channels of a stereo source: `left[start, end)` and `right[start, end)`. */
  renderStereo(left: Float64Array, right: Float64Array, start: number, end: number): void {
    this.sampler.render(left, right, start, end);
  }
}
