/**
 * What a voice plays before its filters and envelope: an oscillator, a supersaw, noise, a drum or
 * a sample, chosen when the voice starts; and what modulates an oscillator or a supersaw: the
 * pitch envelope and vibrato, FM operators, pulse-width modulation, noise mixed in, and a
 * supersaw's stereo spread.
 */
import { DRUM_PATCHES } from './drum-kit.ts';
import { DrumVoice, type DrumTables } from './drum-voice.ts';
import { FmOperators } from './fm.ts';
import { Noise } from './noise.ts';
import { Phasor, pulse, sawtooth, sine, sineAt, SuperSaw, triangle } from './oscillators.ts';
import { PITCH_CONTROL_PERIOD, PitchMod } from './pitch-mod.ts';
import type { SampleEntry } from './sample-bank.ts';
import { SamplePlayer } from './sample-player.ts';
import { WavetableOscillator } from './wavetable.ts';
import { ZzfxOscillator } from './zzfx.ts';
import type { ByteBeatProgram } from './bytebeat-expression.ts';
import { ByteBeatPlayer } from './bytebeat.ts';
import type { Frames, Hz } from './units.ts';
import { SOURCE, V, type SourceKind } from './voice-record.ts';

/** Samples of noise made at a time to mix into an oscillator. */
const NOISE_CHUNK = 64;

/**
 * A voice's sound source. Pooled with its voice: `start` reuses it for a new event, and no method
 * allocates.
 */
export class VoiceSource {
  /** True while playing in stereo (a stereo sample, a spread supersaw): the voice then renders both channels. */
  stereo = false;
  /** How long the event holds, in samples: its gate, or a drum's or a sample's natural length. */
  gate: Frames = 0;
  private kind: SourceKind = SOURCE.sine;
  /** Whether the oscillator's increment is finite (read once, at the start). */
  private finiteInc = false;
  private readonly osc = new Phasor();
  private readonly superSaw = new SuperSaw();
  private readonly noise = new Noise();
  private readonly drum = new DrumVoice();
  private readonly sampler = new SamplePlayer();
  // The rarer synths are made with the first voice that plays one: an engine makes all its
  // voices at once (a thousand), and most never play them.
  private zzfx: ZzfxOscillator | null = null;
  private byteBeat: ByteBeatPlayer | null = null;
  private wavetable: WavetableOscillator | null = null;
  private readonly pitch = new PitchMod();
  private readonly fm = new FmOperators();
  /** How much pink noise is mixed into an oscillator, and where it is made. */
  private noiseAmount = 0;
  private readonly noiseChunk = new Float64Array(NOISE_CHUNK);
  /** Pulse-width modulation: the width it sweeps around, by how much, its phase and increment. */
  private pwBase = 0.5;
  private pwSweep = 0;
  private pwPhase = 0;
  private pwInc = 0;

  /**
   * Starts playing the record at `data[at]` as `source` (see {@link Voice.start}); `seed` seeds
   * its noise and random phases; a bytebeat runs `program`, its expression compiled when queued.
   * Sets {@link gate} and {@link stereo}.
   */
  start(
    data: Float64Array, at: number, source: SourceKind, sampleRate: Hz, seed: number, drums: DrumTables, sample: SampleEntry | undefined,
    program?: ByteBeatProgram,
  ): void {
    this.kind = source;
    this.noise.seed(seed);
    const isDrum = source === SOURCE.drum;
    const isSample = source === SOURCE.sample;
    const freq = isSample ? data[at + V.sampleFreq]! : data[at + V.freq]!;
    const pw = data[at + V.pw]!;
    // Frequencies above 0.45 × sampleRate would only alias; negative ones play as positive.
    const inc = Math.min(Math.abs(freq), 0.45 * sampleRate) / sampleRate;
    const osc = this.osc;
    osc.inc = inc;
    this.finiteInc = Number.isFinite(inc);
    // Start where each wave is away from its jumps: the saw at 0, the triangle rising through 0,
    // the pulse in the middle of its high part (so its first sample is already at full level).
    const start = source === SOURCE.sawtooth ? 0.5 : source === SOURCE.triangle ? 0.25 : 0;
    osc.phase = source === SOURCE.square ? 0.25 : source === SOURCE.pulse ? pw / 2 : start;
    osc.width = source === SOURCE.pulse ? pw : 0.5;
    if (source === SOURCE.supersaw) {
      this.superSaw.count = data[at + V.unison]!;
      this.superSaw.detune = data[at + V.detune]!;
      this.superSaw.spread(osc, this.noise);
      this.superSaw.pan(data, at + V.spread);
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
      if (source === SOURCE.zzfx) (this.zzfx ??= new ZzfxOscillator()).start(data, at, sampleRate, seed);
      else if (source === SOURCE.bytebeat) (this.byteBeat ??= new ByteBeatPlayer()).start(program, data, at, sampleRate);
      else if (source === SOURCE.wavetable && sample !== undefined) (this.wavetable ??= new WavetableOscillator()).start(sample, data, at, sampleRate, this.gate, seed);
    }
    // The oscillators and the supersaw (SOURCE's first six) take the modulations; noise, drums and samples do not.
    const oscillator = source <= SOURCE.pulse;
    if (oscillator) {
      this.pitch.start(data, at, sampleRate, this.gate);
      this.fm.start(data, at, osc, sampleRate, this.gate);
      this.stereo = source === SOURCE.supersaw && data[at + V.spread]! > 0;
    } else {
      this.pitch.on = false;
      this.fm.on = false;
    }
    this.noiseAmount = oscillator ? data[at + V.noise]! : 0;
    this.pwBase = pw;
    this.pwSweep = source === SOURCE.pulse ? data[at + V.pwsweep]! : 0;
    this.pwInc = data[at + V.pwrate]! / sampleRate;
    this.pwPhase = 0;
  }

  /**
   * The oscillator of a plain sawtooth (no pitch or frequency modulation, no noise mixed in),
   * which a voice may make in its filter's loop instead of calling {@link render}; else null.
   */
  plainSawtooth(): Phasor | null {
    return this.kind === SOURCE.sawtooth && !this.fm.on && !this.pitch.on && this.noiseAmount === 0 ? this.osc : null;
  }

  /**
   * True when the source's samples are finite by construction (oscillators, noise and drums made
   * from checked settings), so that a voice may mix them as it filters them, before it knows.
   */
  bounded(): boolean {
    // A flag, not a read of `inc`: a function V8 has not optimized yet boxes every fractional number it reads.
    return (this.kind <= SOURCE.pulse ? this.finiteInc : this.kind <= SOURCE.brown) || this.kind === SOURCE.drum;
  }

  /**
   * Fills `out[start, end)`, where `out[start]` is sample `pos` of the voice; `aux` is scratch
   * space of the same length.
   */
  render(out: Float64Array, aux: Float64Array, start: number, end: number, pos: Frames): void {
    const ratio = this.fm.on || this.pitch.on ? aux : null;
    if (ratio !== null) this.fm.fill(ratio, start, end, pos, this.pitch.on ? this.pitch : null);
    switch (this.kind) {
      case SOURCE.sine: sine(this.osc, out, start, end, ratio); break;
      case SOURCE.triangle: triangle(this.osc, out, start, end, ratio); break;
      case SOURCE.square: pulse(this.osc, out, start, end, ratio); break;
      case SOURCE.pulse:
        if (this.pwSweep > 0) this.modulatedPulse(out, start, end, ratio);
        else pulse(this.osc, out, start, end, ratio);
        break;
      case SOURCE.sawtooth: sawtooth(this.osc, out, start, end, ratio); break;
      case SOURCE.supersaw: this.superSaw.render(out, start, end, ratio); break;
      case SOURCE.white: return this.noise.white(out, start, end);
      case SOURCE.pink: return this.noise.pink(out, start, end);
      case SOURCE.brown: return this.noise.brown(out, start, end);
      case SOURCE.drum: return this.drum.render(out, aux, start, end);
      case SOURCE.sample: return this.sampler.render(out, null, start, end);
      case SOURCE.zzfx: return this.zzfx!.render(out, start, end);
      case SOURCE.bytebeat: return this.byteBeat!.render(out, start, end);
      case SOURCE.wavetable: return this.wavetable!.render(out, start, end);
    }
    if (this.noiseAmount > 0) this.mixNoise(out, null, start, end);
  }

  /** Fills both channels of a stereo source: `left[start, end)` and `right[start, end)` (see {@link render}). */
  renderStereo(left: Float64Array, right: Float64Array, start: number, end: number, pos: Frames): void {
    if (this.kind !== SOURCE.supersaw) {
      this.sampler.render(left, right, start, end);
      return;
    }
    // The ratios go in `right`, which the supersaw reads sample by sample before writing it.
    const ratio = this.fm.on || this.pitch.on ? right : null;
    if (ratio !== null) this.fm.fill(ratio, start, end, pos, this.pitch.on ? this.pitch : null);
    this.superSaw.renderStereo(left, right, start, end, ratio);
    if (this.noiseAmount > 0) this.mixNoise(left, right, start, end);
  }

  /** A pulse whose width sweeps `pwSweep` either side of `pwBase` at `pwrate`, moving every few samples. */
  private modulatedPulse(out: Float64Array, start: number, end: number, ratio: Float64Array | null): void {
    const osc = this.osc;
    for (let i = start; i < end; i += PITCH_CONTROL_PERIOD) {
      const stop = Math.min(end, i + PITCH_CONTROL_PERIOD);
      const width = this.pwBase + this.pwSweep * sineAt(this.pwPhase);
      osc.width = width < 0.01 ? 0.01 : width > 0.99 ? 0.99 : width;
      pulse(osc, out, i, stop, ratio);
      const p = this.pwPhase + this.pwInc * (stop - i);
      this.pwPhase = p - Math.floor(p);
    }
  }

  /** Adds `noiseAmount` times pink noise to `out[start, end)` (and the same noise to `also`'s). */
  private mixNoise(out: Float64Array, also: Float64Array | null, start: number, end: number): void {
    const chunk = this.noiseChunk;
    const amount = this.noiseAmount;
    for (let i = start; i < end; i += NOISE_CHUNK) {
      const n = Math.min(NOISE_CHUNK, end - i);
      this.noise.pink(chunk, 0, n);
      for (let j = 0; j < n; j++) out[i + j] = out[i + j]! + amount * chunk[j]!;
      if (also !== null) for (let j = 0; j < n; j++) also[i + j] = also[i + j]! + amount * chunk[j]!;
    }
  }
}
