import type { CodeRange } from '../protocol.ts';
import { DrumVoice, type DrumTables } from './drum-voice.ts';
import { Adsr } from './envelope.ts';
import { Svf } from './filter.ts';
import { Noise } from './noise.ts';
import { fmRatios, Phasor, pulse, sawtooth, sine, SuperSaw, triangle } from './oscillators.ts';
import type { SampleEntry } from './sample-bank.ts';
import { SamplePlayer } from './sample-player.ts';
import { CoarseState, coarse, crush, distort, shape } from './shaping.ts';
import { SOURCE, type FilterSpec, type SourceKind, type VoiceSpec } from './voice-spec.ts';
import type { Frames, Hz } from './units.ts';

/** Samples between cutoff updates while a filter envelope moves. */
const FILTER_CONTROL_PERIOD = 16;

/** Where voices mix to: the dry stereo bus and their orbit's effect sends. */
export interface MixBuses {
  dryL: Float64Array;
  dryR: Float64Array;
}

/** An orbit's inputs: stereo delay send and mono reverb send. */
export interface OrbitSends {
  delayL: Float64Array;
  delayR: Float64Array;
  room: Float64Array;
  /** Set when a voice sent something this block. */
  fed: boolean;
}

/** One filter of a voice, with its own envelope (and a second filter for a stereo sample's right channel). */
class VoiceFilter {
  readonly svf = new Svf();
  readonly svfR = new Svf();
  readonly env = new Adsr();
  on = false;
  cutoff: Hz = 1000;
  q = 1;
  depth = 0;

  /** `mode`: 0 lowpass, 1 highpass, 2 bandpass. */
  constructor(readonly mode: 0 | 1 | 2) {}

  start(spec: FilterSpec | undefined, gate: Frames, sampleRate: Hz): void {
    this.on = spec !== undefined;
    if (spec === undefined) return;
    this.cutoff = spec.cutoff;
    this.q = spec.q;
    this.depth = spec.env;
    this.svf.reset();
    this.svf.set(spec.cutoff, spec.q, sampleRate);
    this.svfR.reset();
    this.svfR.set(spec.cutoff, spec.q, sampleRate);
    if (spec.env !== 0) {
      this.env.configure(spec.attack * sampleRate, spec.decay * sampleRate, spec.sustain, spec.release * sampleRate, gate);
    }
  }

  run(buf: Float64Array, start: number, end: number, pos: Frames, sampleRate: Hz): void {
    if (this.depth === 0) {
      this.apply(buf, start, end);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      const level = this.env.levelAt(pos + (i - start));
      this.svf.set(this.cutoff * Math.pow(2, this.depth * level), this.q, sampleRate);
      this.apply(buf, i, stop);
    }
  }

  /** Filters both channels of a stereo voice, the right one with its own memory. */
  runStereo(left: Float64Array, right: Float64Array, start: number, end: number, pos: Frames, sampleRate: Hz): void {
    if (this.depth === 0) {
      this.apply(left, start, end);
      this.apply(right, start, end, this.svfR);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      const cutoff = this.cutoff * Math.pow(2, this.depth * this.env.levelAt(pos + (i - start)));
      this.svf.set(cutoff, this.q, sampleRate);
      this.svfR.set(cutoff, this.q, sampleRate);
      this.apply(left, i, stop);
      this.apply(right, i, stop, this.svfR);
    }
  }

  private apply(buf: Float64Array, start: number, end: number, svf = this.svf): void {
    if (this.mode === 0) svf.lowpass(buf, start, end);
    else if (this.mode === 1) svf.highpass(buf, start, end);
    else svf.bandpass(buf, start, end);
  }
}

/**
 * One sounding note: a source, filters, an amplitude envelope, shaping, and its pan and sends.
 * Voices are pooled: `start` reuses one for a new event, and no method allocates.
 */
export class Voice {
  active = false;
  /** The event's start frame (for stealing the oldest) and the order it started in. */
  startFrame: Frames = 0;
  order = 0;
  /** Set once the voice is fading out to make room for another. */
  stolen = false;
  eventId = 0;
  locations: readonly CodeRange[] = [];
  orbit = 0;
  /** The voice's cut group (0: none). */
  cut = 0;
  /** Samples rendered so far. */
  pos: Frames = 0;
  /** Where in the current block the voice begins (non-zero only in its first block). */
  offset = 0;

  private source: SourceKind = SOURCE.sine;
  private readonly osc = new Phasor();
  private readonly modulator = new Phasor();
  private fmDepth = 0;
  private pw = 0.5;
  private readonly superSaw = new SuperSaw();
  private readonly noise = new Noise();
  private readonly drum = new DrumVoice();
  private readonly sampler = new SamplePlayer();
  /** True while playing a stereo sample: both channels go through the chain. */
  private stereo = false;
  private readonly lowpass = new VoiceFilter(0);
  private readonly highpass = new VoiceFilter(1);
  private readonly bandpass = new VoiceFilter(2);
  private readonly env = new Adsr();
  private shapeAmount = 0;
  private distortAmount = 0;
  private distortVolume = 1;
  private crushBits = 0;
  private coarseFactor = 1;
  private readonly coarseState = new CoarseState();
  private readonly coarseStateR = new CoarseState();
  private gainL = 0;
  private gainR = 0;
  private delaySend = 0;
  private roomSend = 0;
  private sampleRate: Hz = 48000;

  /**
   * Starts playing `spec` (its event id seeds its noise and random phases, for reproducible
   * renders); a sample voice plays `sample`, the loaded file the engine found for it.
   */
  start(spec: VoiceSpec, sampleRate: Hz, startFrame: Frames, order: number, drums: DrumTables, sample?: SampleEntry): void {
    this.active = true;
    this.stolen = false;
    this.startFrame = startFrame;
    this.order = order;
    this.eventId = spec.eventId;
    this.locations = spec.locations;
    this.orbit = spec.orbit;
    this.cut = spec.cut;
    this.pos = 0;
    this.offset = 0;
    this.sampleRate = sampleRate;
    this.source = spec.source;
    this.noise.seed(spec.eventId);
    // Frequencies above 0.45 × sampleRate would only alias; negative ones play as positive.
    const inc = Math.min(Math.abs(spec.freq), 0.45 * sampleRate) / sampleRate;
    this.osc.inc = inc;
    // Start where each wave is away from its jumps: the saw at 0, the triangle rising through 0,
    // the pulse in the middle of its high part (so its first sample is already at full level).
    const start = spec.source === SOURCE.sawtooth ? 0.5 : spec.source === SOURCE.triangle ? 0.25 : 0;
    this.osc.phase = spec.source === SOURCE.square ? 0.25 : spec.source === SOURCE.pulse ? spec.pw / 2 : start;
    this.pw = spec.pw;
    this.fmDepth = spec.fm * spec.fmh;
    this.modulator.inc = inc * spec.fmh;
    this.modulator.phase = 0;
    if (spec.source === SOURCE.supersaw) {
      this.superSaw.configure(inc, spec.unison, spec.detune, this.noise);
    }
    let gate: Frames;
    this.stereo = false;
    if (spec.source === SOURCE.drum && spec.drum !== undefined) {
      const natural = this.drum.start(spec.drum, drums.get(spec.drum), sampleRate, spec.eventId);
      gate = spec.gate === undefined ? natural : Math.min(natural, Math.round(spec.gate * sampleRate));
    } else if (spec.source === SOURCE.sample && spec.sample !== undefined && sample !== undefined) {
      const natural = this.sampler.start(sample, spec.sample, sampleIncrement(spec, sample, sampleRate));
      this.stereo = this.sampler.stereo;
      gate = spec.gate === undefined ? natural : Math.min(natural, Math.round(spec.gate * sampleRate));
    } else {
      gate = Math.round((spec.gate ?? 0) * sampleRate);
    }
    this.env.configure(spec.attack * sampleRate, spec.decay * sampleRate, spec.sustain, spec.release * sampleRate, gate);
    this.lowpass.start(spec.lowpass, gate, sampleRate);
    this.highpass.start(spec.highpass, gate, sampleRate);
    this.bandpass.start(spec.bandpass, gate, sampleRate);
    this.shapeAmount = spec.shape;
    this.distortAmount = spec.distort;
    this.distortVolume = spec.distortVolume;
    this.crushBits = spec.crush;
    this.coarseFactor = spec.coarse;
    this.coarseState.held = 0;
    this.coarseState.countdown = 0;
    this.coarseStateR.held = 0;
    this.coarseStateR.countdown = 0;
    const angle = spec.pan * (Math.PI / 2);
    this.gainL = Math.cos(angle) * spec.amp;
    this.gainR = Math.sin(angle) * spec.amp;
    this.delaySend = spec.delay;
    this.roomSend = spec.room;
  }

  /** Fades the voice out over `fade` samples from now (used when it is stolen). */
  fadeOut(fade: Frames): void {
    this.stolen = true;
    this.env.closeAt(this.pos, fade);
  }

  /** Fades the voice out over `fade` samples from now, still counted as sounding (a cut group's). */
  cutOff(fade: Frames): void {
    this.env.closeAt(this.pos, fade);
  }

  /** True once the envelope has finished. */
  finished(): boolean {
    return this.pos >= this.env.end();
  }

  /**
   * Renders `[start, end)` of the current block into `work`, then mixes it into the buses.
   * Returns false (and mixes nothing) if the voice produced a non-finite sample.
   */
  render(work: Float64Array, aux: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): boolean {
    if (this.stereo) return this.renderStereo(work, aux, start, end, buses, sends);
    this.renderSource(work, aux, start, end);
    const pos = this.pos;
    const shaping = this.coarseFactor > 1 || this.crushBits > 0 || this.shapeAmount > 0 || this.distortAmount > 0;
    // The last filter runs fused with the envelope when nothing comes between them.
    const last = shaping ? null : this.bandpass.on ? this.bandpass : this.lowpass.on ? this.lowpass : this.highpass.on ? this.highpass : null;
    const fused = last !== null && last.depth === 0 ? last : null;
    if (this.highpass.on && fused !== this.highpass) this.highpass.run(work, start, end, pos, this.sampleRate);
    if (this.lowpass.on && fused !== this.lowpass) this.lowpass.run(work, start, end, pos, this.sampleRate);
    if (this.bandpass.on && fused !== this.bandpass) this.bandpass.run(work, start, end, pos, this.sampleRate);
    if (shaping) this.shapeSignal(work, start, end);
    let finite: boolean;
    if (fused === null) finite = this.env.apply(work, start, end, pos, 1);
    else {
      finite = true;
      for (let i = start; i < end; ) {
        this.env.seek(pos + (i - start));
        const stop = Math.min(end, i + this.env.segmentLength);
        finite = fused.svf.filterRamp(fused.mode, work, i, stop, this.env.segmentLevel, this.env.segmentSlope) && finite;
        i = stop;
      }
    }
    this.pos = pos + (end - start);
    if (!finite) return false;
    this.mix(work, start, end, buses, sends);
    return true;
  }

  /** {@link Voice.render} for a stereo sample: `work` carries the left channel, `aux` the right. */
  private renderStereo(left: Float64Array, right: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): boolean {
    this.sampler.render(left, right, start, end);
    const pos = this.pos;
    const rate = this.sampleRate;
    if (this.highpass.on) this.highpass.runStereo(left, right, start, end, pos, rate);
    if (this.lowpass.on) this.lowpass.runStereo(left, right, start, end, pos, rate);
    if (this.bandpass.on) this.bandpass.runStereo(left, right, start, end, pos, rate);
    if (this.coarseFactor > 1 || this.crushBits > 0 || this.shapeAmount > 0 || this.distortAmount > 0) {
      this.shapeSignal(left, start, end, this.coarseState);
      this.shapeSignal(right, start, end, this.coarseStateR);
    }
    const finiteL = this.env.apply(left, start, end, pos, 1);
    const finite = this.env.apply(right, start, end, pos, 1) && finiteL;
    this.pos = pos + (end - start);
    if (!finite) return false;
    this.mixStereo(left, right, start, end, buses, sends);
    return true;
  }

  private shapeSignal(work: Float64Array, start: number, end: number, coarseState = this.coarseState): void {
    if (this.coarseFactor > 1) coarse(work, start, end, this.coarseFactor, coarseState);
    if (this.crushBits > 0) crush(work, start, end, this.crushBits);
    if (this.shapeAmount > 0) shape(work, start, end, this.shapeAmount);
    if (this.distortAmount > 0) distort(work, start, end, this.distortAmount, this.distortVolume);
  }

  private renderSource(out: Float64Array, aux: Float64Array, start: number, end: number): void {
    const ratio = this.fmDepth === 0 ? null : aux;
    if (ratio !== null) fmRatios(this.modulator, this.fmDepth, ratio, start, end);
    switch (this.source) {
      case SOURCE.sine: return sine(this.osc, out, start, end, ratio);
      case SOURCE.triangle: return triangle(this.osc, out, start, end, ratio);
      case SOURCE.square: return pulse(this.osc, 0.5, out, start, end, ratio);
      case SOURCE.pulse: return pulse(this.osc, this.pw, out, start, end, ratio);
      case SOURCE.sawtooth: return sawtooth(this.osc, out, start, end, ratio);
      case SOURCE.supersaw: return this.superSaw.render(out, start, end, ratio);
      case SOURCE.white: return this.noise.white(out, start, end);
      case SOURCE.pink: return this.noise.pink(out, start, end);
      case SOURCE.brown: return this.noise.brown(out, start, end);
      case SOURCE.drum: return this.drum.render(out, aux, start, end);
      case SOURCE.sample: return this.sampler.render(out, null, start, end);
    }
  }

  private mix(work: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): void {
    const gl = this.gainL, gr = this.gainR;
    const dryL = buses.dryL, dryR = buses.dryR;
    if (sends === undefined || (this.delaySend === 0 && this.roomSend === 0)) {
      for (let i = start; i < end; i++) {
        const x = work[i]!;
        dryL[i] = dryL[i]! + x * gl;
        dryR[i] = dryR[i]! + x * gr;
      }
      return;
    }
    const room = this.roomSend * (gl + gr) * 0.5;
    const roomIn = sends.room;
    if (this.delaySend === 0) {
      for (let i = start; i < end; i++) {
        const x = work[i]!;
        dryL[i] = dryL[i]! + x * gl;
        dryR[i] = dryR[i]! + x * gr;
        roomIn[i] = roomIn[i]! + x * room;
      }
      sends.fed = true;
      return;
    }
    const dl = gl * this.delaySend, dr = gr * this.delaySend;
    const delayL = sends.delayL, delayR = sends.delayR;
    for (let i = start; i < end; i++) {
      const x = work[i]!;
      dryL[i] = dryL[i]! + x * gl;
      dryR[i] = dryR[i]! + x * gr;
      delayL[i] = delayL[i]! + x * dl;
      delayR[i] = delayR[i]! + x * dr;
      roomIn[i] = roomIn[i]! + x * room;
    }
    sends.fed = true;
  }

  /** Mixes a stereo voice: each channel to its side (panned as a balance), and both to the sends. */
  private mixStereo(left: Float64Array, right: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): void {
    const gl = this.gainL, gr = this.gainR;
    const dryL = buses.dryL, dryR = buses.dryR;
    for (let i = start; i < end; i++) {
      dryL[i] = dryL[i]! + left[i]! * gl;
      dryR[i] = dryR[i]! + right[i]! * gr;
    }
    if (sends === undefined || (this.delaySend === 0 && this.roomSend === 0)) return;
    const room = this.roomSend * 0.5, dl = gl * this.delaySend, dr = gr * this.delaySend;
    const delayL = sends.delayL, delayR = sends.delayR, roomIn = sends.room;
    for (let i = start; i < end; i++) {
      const l = left[i]!, r = right[i]!;
      delayL[i] = delayL[i]! + l * dl;
      delayR[i] = delayR[i]! + r * dr;
      roomIn[i] = roomIn[i]! + (l * gl + r * gr) * room;
    }
    sends.fed = true;
  }
}

/**
 * A sample voice's step through its file, in file frames per output frame: `speed` (its sign is
 * the direction) times the transposition from the file's note to the note asked for, times the
 * file's rate over the engine's; with `unit: "c"`, `speed` is in files per cycle (Tidal's
 * meaning), so `speed: 1` stretches the file to one cycle at the event's tempo.
 */
function sampleIncrement(spec: VoiceSpec, sample: SampleEntry, sampleRate: Hz): number {
  const s = spec.sample!;
  const transpose = Math.pow(2, (s.midi - sample.note) / 12);
  const perCycle = s.cycles ? s.cps * (sample.length / sample.sampleRate) : 1;
  return s.speed * transpose * perCycle * (sample.sampleRate / sampleRate);
}
