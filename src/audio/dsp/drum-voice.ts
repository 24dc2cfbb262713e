import { drumLength } from './drum-kit.ts';
import type { ClickLayer, DrumPatch } from './drum-patch.ts';
import { Svf } from './filter.ts';
import { Noise } from './noise.ts';
import { sineAt } from './oscillators.ts';
import type { Frames, Hz } from './units.ts';

const MAX_TONES = 2;

/** Multiplier per sample that makes a level fall by 60 dB in `t60` seconds. */
function decayCoef(t60: number, sampleRate: Hz): number {
  return Math.pow(10, -3 / Math.max(1, t60 * sampleRate));
}

/** A patch made ready to play at one sample rate: its table, its length and its noise layer's settings. */
export class PreparedDrum {
  /** The tones and metal bank, rendered. */
  readonly table: Float32Array;
  /** How long a hit sounds, in samples. */
  readonly length: Frames;
  readonly hasNoise: boolean;
  /** 0 lowpass, 1 highpass, 2 bandpass. */
  readonly noiseMode: number;
  readonly noiseLevel: number;
  /** The noise filter, set (a voice copies its coefficients). */
  readonly noiseFilter = new Svf();
  readonly bursts: number;
  readonly burstSpacing: Frames;
  readonly tailCoef: number;
  /** The decay between bursts (the tail's when there is one burst). */
  readonly burstCoef: number;

  constructor(patch: DrumPatch, sampleRate: Hz) {
    this.table = renderTable(patch, sampleRate);
    this.length = Math.ceil(drumLength(patch) * sampleRate);
    const noise = patch.noise;
    this.hasNoise = noise !== undefined;
    this.noiseMode = noise === undefined || noise.filter === 'lowpass' ? 0 : noise.filter === 'highpass' ? 1 : 2;
    this.noiseLevel = noise?.level ?? 0;
    if (noise !== undefined) this.noiseFilter.set(noise.freq, noise.q, sampleRate);
    this.bursts = noise?.bursts ?? 1;
    this.burstSpacing = Math.max(1, Math.round((noise?.spacing ?? 0.01) * sampleRate));
    this.tailCoef = decayCoef(noise?.decay ?? 0, sampleRate);
    this.burstCoef = this.bursts - 1 > 0 ? decayCoef((noise?.spacing ?? 0.01) * 2.5, sampleRate) : this.tailCoef;
  }
}

/**
 * The deterministic part of each drum (its tones and metal bank, which start at fixed phases),
 * rendered once per patch and kept by the engine. A hit plays its patch's table and adds its
 * noise layer live, seeded per event, so hits are cheap and no two are identical.
 */
export class DrumTables {
  private readonly prepared = new Map<DrumPatch, PreparedDrum>();

  constructor(private readonly sampleRate: Hz) {}

  /** `patch` made ready to play, on first use. */
  get(patch: DrumPatch): PreparedDrum {
    let prepared = this.prepared.get(patch);
    if (prepared === undefined) {
      prepared = new PreparedDrum(patch, this.sampleRate);
      this.prepared.set(patch, prepared);
    }
    return prepared;
  }
}

function renderTable(patch: DrumPatch, sampleRate: Hz): Float32Array {
  const length = Math.ceil(drumLength(patch) * sampleRate);
  const out = new Float64Array(length);
  patch.tones.slice(0, MAX_TONES).forEach((tone) => {
    let phase = 0;
    let glide = (tone.from - tone.to) / sampleRate;
    let env = tone.level;
    const target = tone.to / sampleRate;
    const glideCoef = Math.exp(-1 / Math.max(1, tone.sweep * sampleRate));
    const coef = decayCoef(tone.decay, sampleRate);
    for (let i = 0; i < length; i++) {
      out[i] = out[i]! + env * sineAt(phase);
      phase += target + glide;
      if (phase >= 1) phase -= 1;
      glide *= glideCoef;
      env *= coef;
    }
  });
  // The tones (all there is in `out` so far) waveshaped: a 909's overdriven oscillator.
  const drive = patch.drive ?? 0;
  if (drive > 0) {
    const norm = 1 / Math.tanh(drive);
    for (let i = 0; i < length; i++) out[i] = Math.tanh(drive * out[i]!) * norm;
  }
  const metal = patch.metal;
  if (metal) {
    // Square waves summed, then bandpassed and highpassed: the 808's metallic cluster.
    const bank = new Float64Array(length);
    metal.freqs.forEach((freq, k) => {
      let phase = (k * 0.37) % 1;
      const inc = freq / sampleRate;
      for (let i = 0; i < length; i++) {
        bank[i] = bank[i]! + (phase < 0.5 ? 1 : -1);
        phase += inc;
        if (phase >= 1) phase -= 1;
      }
    });
    const band = new Svf(), highpass = new Svf();
    band.set(metal.band, metal.q, sampleRate);
    highpass.set(metal.highpass, Math.SQRT1_2, sampleRate);
    band.bandpass(bank, 0, length);
    highpass.highpass(bank, 0, length);
    let env = metal.level / Math.sqrt(metal.freqs.length);
    const coef = decayCoef(metal.decay, sampleRate);
    // A second, faster stage on top when the layer has a snap.
    let snap = env * (metal.snap?.level ?? 0);
    const snapCoef = decayCoef(metal.snap?.decay ?? 0, sampleRate);
    for (let i = 0; i < length; i++) {
      out[i] = out[i]! + (env + snap) * bank[i]!;
      env *= coef;
      snap *= snapCoef;
    }
  }
  if (patch.click) addClick(out, patch.click, sampleRate);
  return Float32Array.from(out);
}

/** The seed of a click's noise: the same click on every hit, as a circuit's pulse is. */
const CLICK_SEED = 909;

/** Adds a click to `out`: a one-sample pulse and a decaying burst of fixed noise, highpassed. */
function addClick(out: Float64Array, click: ClickLayer, sampleRate: Hz): void {
  const length = Math.min(out.length, Math.ceil(click.decay * sampleRate));
  const burst = new Float64Array(length);
  const noise = new Noise();
  noise.seed(CLICK_SEED);
  noise.white(burst, 0, length);
  const coef = decayCoef(click.decay, sampleRate);
  let env = 1;
  for (let i = 0; i < length; i++) {
    burst[i] = burst[i]! * env;
    env *= coef;
  }
  if (length > 0) burst[0] = burst[0]! + 1;
  const highpass = new Svf();
  highpass.set(click.freq, Math.SQRT1_2, sampleRate);
  highpass.highpass(burst, 0, length);
  for (let i = 0; i < length; i++) out[i] = out[i]! + click.level * burst[i]!;
}

/** The running state of one synthesized drum hit (see {@link DrumPatch}). */
export class DrumVoice {
  private table: Float32Array = new Float32Array(0);
  private pos = 0;
  private readonly noise = new Noise();
  private readonly noiseFilter = new Svf();
  private hasNoise = false;
  /** 0 lowpass, 1 highpass, 2 bandpass. */
  private noiseMode = 0;
  private noiseLevel = 0;
  private noiseEnv = 0;
  private noiseCoef = 0;
  private tailCoef = 0;
  private burstsLeft = 0;
  private burstCountdown = 0;
  private burstSpacing = 1;

  /** Starts a hit of `drum`, its noise seeded by `seed`. Its natural length is `drum.length`. */
  start(drum: PreparedDrum, seed: number): void {
    this.table = drum.table;
    this.pos = 0;
    this.hasNoise = drum.hasNoise;
    if (drum.hasNoise) {
      this.noiseMode = drum.noiseMode;
      this.noiseLevel = drum.noiseLevel;
      this.noise.seed(seed);
      this.noiseFilter.reset();
      this.noiseFilter.copyFrom(drum.noiseFilter);
      this.noiseEnv = drum.noiseLevel;
      this.burstsLeft = drum.bursts - 1;
      this.burstSpacing = drum.burstSpacing;
      this.burstCountdown = drum.burstSpacing;
      this.tailCoef = drum.tailCoef;
      this.noiseCoef = drum.burstCoef;
    }
  }

  /** Fills `out[start, end)` with the hit, using `work` as scratch space. */
  render(out: Float64Array, work: Float64Array, start: number, end: number): void {
    const table = this.table, length = table.length;
    let pos = this.pos;
    for (let i = start; i < end; i++, pos++) out[i] = pos < length ? table[pos]! : 0;
    this.pos = pos;
    if (this.hasNoise) this.renderNoise(out, work, start, end);
  }

  private renderNoise(out: Float64Array, work: Float64Array, start: number, end: number): void {
    this.noise.white(work, start, end);
    if (this.noiseMode === 0) this.noiseFilter.lowpass(work, start, end);
    else if (this.noiseMode === 1) this.noiseFilter.highpass(work, start, end);
    else this.noiseFilter.bandpass(work, start, end);
    let env = this.noiseEnv;
    for (let i = start; i < end; i++) {
      out[i] = out[i]! + env * work[i]!;
      env *= this.noiseCoef;
      if (this.burstsLeft > 0 && --this.burstCountdown === 0) {
        this.burstsLeft--;
        this.burstCountdown = this.burstSpacing;
        env = this.noiseLevel;
        if (this.burstsLeft === 0) this.noiseCoef = this.tailCoef;
      }
    }
    this.noiseEnv = env;
  }
}
