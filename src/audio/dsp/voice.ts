import type { DrumTables } from './drum-voice.ts';
import type { ByteBeatProgram } from './bytebeat-expression.ts';
import { Adsr } from './envelope.ts';
import { FormantFilter } from './formant.ts';
import type { SampleEntry } from './sample-bank.ts';
import { CoarseState, coarse, crush, distort, shape } from './shaping.ts';
import type { Frames, Hz } from './units.ts';
import type { DryMix } from './filter-fused.ts';
import type { Phasor } from './oscillators.ts';
import { VoiceFilter } from './voice-filter.ts';
import { VoiceFx } from './voice-fx.ts';
import { DRUM_LEVEL, SAMPLE_LEVEL, SOURCE, SYNTH_ATTACK, SYNTH_LEVEL, V, type SourceKind } from './voice-record.ts';
import { VoiceSource } from './voice-source.ts';

const NO_RANGES = new Float64Array(0);
const NO_BUS: Float64Array = new Float64Array(0);

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
  /** The dry sound of centred voices, added to both sides of the dry bus (see {@link DryMix}). */
  readonly dryMid: Float64Array;
  /** Set when a voice added to `dryMid` this block. */
  midFed: boolean;
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
  /** The event's code ranges (for reporting it): `rangeCount` pairs from `rangeStart` in `ranges`. */
  ranges: Float64Array = NO_RANGES;
  rangeStart = 0;
  rangeCount = 0;
  orbit = 0;
  /** The voice's cut group (0: none). */
  cut = 0;
  /** Samples rendered so far. */
  pos: Frames = 0;
  /** Where in the current block the voice begins (non-zero only in its first block). */
  offset = 0;

  private readonly source = new VoiceSource();
  /** True while the source plays in stereo: both channels go through the chain. */
  private stereo = false;
  private readonly lowpass = new VoiceFilter(0);
  private readonly highpass = new VoiceFilter(1);
  private readonly bandpass = new VoiceFilter(2);
  private readonly env = new Adsr();
  /** The vowel filter (one per channel), when `vowelOn`. */
  // Made with the voice's first vowel, as the effects with its first effect (see VoiceSource): an
  // engine makes its voices at once, and most never need them.
  private formant: FormantFilter | null = null;
  private formantR: FormantFilter | null = null;
  private vowelOn = false;
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
  /** Djf, tremolo, compressor, phaser; and the dry level, in the dry gains. */
  private fx: VoiceFx | null = null;
  private fxOn = false;
  private dryGainL = 0;
  private dryGainR = 0;
  /** How {@link render} runs the chain, chosen by {@link plan}. */
  private shaping = false;
  private fused: VoiceFilter | null = null;
  private mixes = false;
  private saw: Phasor | null = null;
  /** The dry gains and the buses of the block being rendered, for a filter that mixes as it goes. */
  private readonly dryMix: { -readonly [K in keyof DryMix]: DryMix[K] } = { dryL: NO_BUS, dryR: NO_BUS, gainL: 0, gainR: 0, centred: false, dryMid: NO_BUS };
  private sampleRate: Hz = 48000;

  /**
   * Starts playing the record at `data[at]` (see {@link V}) as `source`, which the engine chose
   * (a record's own, or a sample when its name is a declared sound): a sample voice plays
   * `sample`, the loaded file the engine found for it. The event id seeds its noise and random
   * phases, for reproducible renders. Reads numbers from the record and allocates nothing (its
   * calls pass no fractional numbers, which V8 would have to allocate).
   */
  start(
    data: Float64Array, at: number, source: SourceKind, sampleRate: Hz, startFrame: Frames, order: number, drums: DrumTables,
    sample: SampleEntry | undefined, program?: ByteBeatProgram,
  ): void {
    // The noise seed: the id's low 32 bits, as Noise.seed takes them.
    const seed = data[at + V.eventId]! | 0;
    this.active = true;
    this.stolen = false;
    this.startFrame = startFrame;
    this.order = order;
    this.eventId = data[at + V.eventId]!;
    this.orbit = data[at + V.orbit]!;
    this.cut = data[at + V.cut]!;
    this.pos = 0;
    this.offset = 0;
    this.sampleRate = sampleRate;
    const isDrum = source === SOURCE.drum;
    const isSample = source === SOURCE.sample;
    this.source.start(data, at, source, sampleRate, seed, drums, sample, program);
    this.stereo = this.source.stereo;
    const gate = this.source.gate;
    // No attack given: none for a drum or a sample, a click-free one for a synth.
    this.env.configureFrom(data, at + V.attack, sampleRate, gate, isDrum || isSample ? 0 : Math.round(SYNTH_ATTACK * sampleRate));
    if (data[at + V.hold]! > 0) this.env.holdFrom(data, at + V.hold, sampleRate);
    this.lowpass.start(data, at, at + V.lpOn, gate, sampleRate);
    this.highpass.start(data, at, at + V.hpOn, gate, sampleRate);
    this.bandpass.start(data, at, at + V.bpOn, gate, sampleRate);
    const vowel = data[at + V.vowel]!;
    this.vowelOn = vowel >= 0 && (this.formant ??= new FormantFilter()).start(vowel, sampleRate) && (this.formantR ??= new FormantFilter()).start(vowel, sampleRate);
    this.shapeAmount = data[at + V.shape]!;
    this.distortAmount = data[at + V.distort]!;
    this.distortVolume = data[at + V.distortVolume]!;
    this.crushBits = data[at + V.crush]!;
    this.coarseFactor = data[at + V.coarse]!;
    this.coarseState.held = 0;
    this.coarseState.countdown = 0;
    this.coarseStateR.held = 0;
    this.coarseStateR.countdown = 0;
    const level = isSample ? SAMPLE_LEVEL : isDrum ? DRUM_LEVEL : SYNTH_LEVEL;
    const amp = level * data[at + V.gain]! * data[at + V.velocity]! * data[at + V.postgain]!;
    const angle = data[at + V.pan]! * (Math.PI / 2);
    this.gainL = Math.cos(angle) * amp;
    this.gainR = Math.sin(angle) * amp;
    this.delaySend = data[at + V.delay]!;
    this.roomSend = data[at + V.room]!;
    this.fxOn = VoiceFx.wanted(data, at);
    if (this.fxOn) {
      const fx = (this.fx ??= new VoiceFx());
      fx.start(data, at, sampleRate);
      fx.inputGain = level * data[at + V.gain]! * data[at + V.velocity]!;
    }
    const dry = data[at + V.dry]!;
    this.dryGainL = this.gainL * dry;
    this.dryGainR = this.gainR * dry;
    // Centred: equal gains, but for the last bit of cos and sin of π/4.
    const centred = Math.abs(this.dryGainL - this.dryGainR) <= 1e-12 * Math.abs(this.dryGainL);
    this.dryMix.centred = centred;
    this.dryMix.gainL = centred ? (this.dryGainL + this.dryGainR) / 2 : this.dryGainL;
    this.dryMix.gainR = centred ? this.dryMix.gainL : this.dryGainR;
    this.plan();
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
   * Returns false if the voice produced a non-finite sample, and then mixes nothing, unless its
   * last filter mixes as it goes (see {@link plan}): that one's source and settings are finite,
   * and so its results, and the filter's state is checked after it has mixed.
   */
  render(work: Float64Array, aux: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): boolean {
    if (this.stereo) return this.renderStereo(work, aux, start, end, buses, sends);
    const pos = this.pos;
    const fused = this.fused, shaping = this.shaping;
    const mixing = this.mixes && sends !== undefined;
    const saw = this.saw;
    if (saw === null) this.source.render(work, aux, start, end, pos);
    if (this.highpass.on && fused !== this.highpass) this.highpass.run(work, start, end, pos);
    if (this.lowpass.on && fused !== this.lowpass) this.lowpass.run(work, start, end, pos);
    if (this.bandpass.on && fused !== this.bandpass) this.bandpass.run(work, start, end, pos);
    if (this.vowelOn) this.formant!.run(work, start, end);
    if (shaping) this.shapeSignal(work, start, end);
    let finite: boolean;
    if (fused === null) finite = this.env.apply(work, start, end, pos, 1);
    else {
      finite = true;
      const dry = this.dryMix;
      if (mixing) {
        dry.dryL = buses.dryL;
        dry.dryR = buses.dryR;
        dry.dryMid = sends.dryMid;
        if (dry.centred) sends.midFed = true;
      }
      for (let i = start; i < end; ) {
        this.env.seek(pos + (i - start));
        const stop = Math.min(end, i + this.env.segmentLength);
        const ok = saw !== null ? (mixing ? fused.sawtoothRampMix(saw, i, stop, this.env, dry) : fused.sawtoothRamp(saw, work, i, stop, this.env))
          : mixing ? fused.runRampMix(work, i, stop, this.env, dry)
          : fused.runRamp(work, i, stop, this.env);
        finite = ok && finite;
        i = stop;
      }
    }
    this.pos = pos + (end - start);
    if (!finite) return false;
    if (mixing) return true;
    if (this.fxOn) this.fx!.run(work, null, start, end);
    this.mix(work, start, end, buses, sends);
    return true;
  }

  /**
   * Chooses, once the voice has started, how {@link render} runs its chain (all of it fixed for
   * the voice's life): the last filter runs fused with the envelope when nothing comes between
   * them; it adds its results to the buses as it goes when nothing comes after it (no effects,
   * no sends) and the source cannot go wrong; and a plain sawtooth into that one filter (mixing or
   * not) is made in the filter's own loop. (Decided here so that a block reads none of it from the source's parts.)
   */
  private plan(): void {
    this.shaping = this.coarseFactor > 1 || this.crushBits > 0 || this.shapeAmount > 0 || this.distortAmount > 0;
    const last = this.shaping || this.vowelOn ? null : this.bandpass.on ? this.bandpass : this.lowpass.on ? this.lowpass : this.highpass.on ? this.highpass : null;
    const fused = last !== null && last.fusable() ? last : null;
    this.fused = fused;
    this.mixes = fused !== null && !this.fxOn && this.delaySend === 0 && this.roomSend === 0 && this.source.bounded()
      && Number.isFinite(this.dryMix.gainL) && Number.isFinite(this.dryMix.gainR);
    const filters = (this.lowpass.on ? 1 : 0) + (this.highpass.on ? 1 : 0) + (this.bandpass.on ? 1 : 0);
    const saw = fused !== null && filters === 1 ? this.source.plainSawtooth() : null;
    this.saw = saw !== null && fused!.takesSawtooth(saw) ? saw : null;
  }

  /** {@link Voice.render} for a stereo sample: `work` carries the left channel, `aux` the right. */
  private renderStereo(left: Float64Array, right: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): boolean {
    const pos = this.pos;
    this.source.renderStereo(left, right, start, end, pos);
    if (this.highpass.on) this.highpass.runStereo(left, right, start, end, pos);
    if (this.lowpass.on) this.lowpass.runStereo(left, right, start, end, pos);
    if (this.bandpass.on) this.bandpass.runStereo(left, right, start, end, pos);
    if (this.vowelOn) {
      this.formant!.run(left, start, end);
      this.formantR!.run(right, start, end);
    }
    if (this.shaping) {
      this.shapeSignal(left, start, end, this.coarseState);
      this.shapeSignal(right, start, end, this.coarseStateR);
    }
    const finiteL = this.env.apply(left, start, end, pos, 1);
    const finite = this.env.apply(right, start, end, pos, 1) && finiteL;
    this.pos = pos + (end - start);
    if (!finite) return false;
    if (this.fxOn) this.fx!.run(left, right, start, end);
    this.mixStereo(left, right, start, end, buses, sends);
    return true;
  }

  private shapeSignal(work: Float64Array, start: number, end: number, coarseState = this.coarseState): void {
    if (this.coarseFactor > 1) coarse(work, start, end, this.coarseFactor, coarseState);
    if (this.crushBits > 0) crush(work, start, end, this.crushBits);
    if (this.shapeAmount > 0) shape(work, start, end, this.shapeAmount);
    if (this.distortAmount > 0) distort(work, start, end, this.distortAmount, this.distortVolume);
  }

  private mix(work: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): void {
    const gl = this.gainL, gr = this.gainR, dgl = this.dryGainL, dgr = this.dryGainR;
    const dryL = buses.dryL, dryR = buses.dryR;
    if (sends === undefined || (this.delaySend === 0 && this.roomSend === 0)) {
      for (let i = start; i < end; i++) {
        const x = work[i]!;
        dryL[i] = dryL[i]! + x * dgl;
        dryR[i] = dryR[i]! + x * dgr;
      }
      return;
    }
    const room = this.roomSend * (gl + gr) * 0.5;
    const roomIn = sends.room;
    if (this.delaySend === 0) {
      for (let i = start; i < end; i++) {
        const x = work[i]!;
        dryL[i] = dryL[i]! + x * dgl;
        dryR[i] = dryR[i]! + x * dgr;
        roomIn[i] = roomIn[i]! + x * room;
      }
      sends.fed = true;
      return;
    }
    const dl = gl * this.delaySend, dr = gr * this.delaySend;
    const delayL = sends.delayL, delayR = sends.delayR;
    for (let i = start; i < end; i++) {
      const x = work[i]!;
      dryL[i] = dryL[i]! + x * dgl;
      dryR[i] = dryR[i]! + x * dgr;
      delayL[i] = delayL[i]! + x * dl;
      delayR[i] = delayR[i]! + x * dr;
      roomIn[i] = roomIn[i]! + x * room;
    }
    sends.fed = true;
  }

  /** Mixes a stereo voice: each channel to its side (panned as a balance), and both to the sends. */
  private mixStereo(left: Float64Array, right: Float64Array, start: number, end: number, buses: MixBuses, sends: OrbitSends | undefined): void {
    const gl = this.gainL, gr = this.gainR, dgl = this.dryGainL, dgr = this.dryGainR;
    const dryL = buses.dryL, dryR = buses.dryR;
    for (let i = start; i < end; i++) {
      dryL[i] = dryL[i]! + left[i]! * dgl;
      dryR[i] = dryR[i]! + right[i]! * dgr;
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
