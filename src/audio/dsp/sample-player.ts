import type { SampleEntry } from './sample-bank.ts';
import type { Frames, Hz } from './units.ts';
import { V } from './voice-record.ts';
import { LOOP_MODE } from './instrument.ts';
import { ZoneEnvelope } from './zone-envelope.ts';

const EMPTY = new Float32Array(0);

/**
 * `x[k]` for any `k`, 0 outside the file (so reading past either end fades towards silence
 * instead of wrapping around).
 */
function at(x: Float32Array, length: number, k: number): number {
  return k >= 0 && k < length ? x[k]! : 0;
}

/**
 * `x` at fractional position `i + t` by 4-point cubic Hermite (Catmull-Rom) interpolation: exact
 * at whole positions, so a sample played at its own rate comes out unchanged.
 */
function hermite(x: Float32Array, length: number, i: number, t: number): number {
  let xm1: number, x0: number, x1: number, x2: number;
  if (i >= 1 && i + 2 < length) {
    xm1 = x[i - 1]!; x0 = x[i]!; x1 = x[i + 1]!; x2 = x[i + 2]!;
  } else {
    xm1 = at(x, length, i - 1); x0 = at(x, length, i); x1 = at(x, length, i + 1); x2 = at(x, length, i + 2);
  }
  const c1 = 0.5 * (x1 - xm1);
  const c2 = xm1 - 2.5 * x0 + 2 * x1 - 0.5 * x2;
  const c3 = 0.5 * (x2 - xm1) + 1.5 * (x0 - x1);
  return ((c3 * t + c2) * t + c1) * t + x0;
}

/**
 * Plays one file of a sound: forwards or backwards at any rate, between `begin` and `end`, or
 * round a loop. Holds references to the bank's channel data; allocates nothing.
 */
export class SamplePlayer {
  /** True when the file has two channels (the voice then renders in stereo). */
  stereo = false;
  private left: Float32Array = EMPTY;
  private right: Float32Array = EMPTY;
  private length = 0;
  /** The read position in the file's frames, and its step per output frame (negative: backwards). */
  private pos = 0;
  private inc = 0;
  /** Output frames left to play (unbounded while looping). */
  private remaining = 0;
  private looping = false;
  private loopStart = 0;
  private loopEnd = 0;
  /** An instrument zone's envelope, when the file is one (and whether it shapes this note). */
  private readonly envelope = new ZoneEnvelope();
  private enveloped = false;
  private zoneGain = 1;
  /** True while a zone's sustain loop plays: it stops looping once the note is released. */
  private sustainLoop = false;

  /** How many output frames the file plays, as {@link start} found: `Infinity` for a loop. */
  natural: Frames = 0;

  /**
   * Starts `entry` as the voice record at `data[at]` asks (see {@link V}): from `begin` to `end`
   * or round the loop from `loopBegin` to `loopEnd` (fractions of the file), at `speed` (negative
   * plays backwards, from `end` to `begin`) and transposed from the file's note to `sampleMidi`.
   * An instrument zone (an entry with an envelope) plays its own loop and volume envelope for the
   * event's gate, then its release. Sets {@link natural}.
   */
  start(entry: SampleEntry, data: Float64Array, at: number, sampleRate: Hz): void {
    this.left = entry.left;
    this.right = entry.right ?? EMPTY;
    this.stereo = entry.right !== undefined;
    const length = (this.length = entry.length);
    // The step through the file, in file frames per output frame: speed (its sign is the
    // direction) times the transposition from the file's note to the note asked for, times the
    // file's rate over the engine's; with `unit: "c"`, speed is in files per cycle (Tidal's
    // meaning), so `speed: 1` stretches the file to one cycle at the event's tempo.
    const midi = data[at + V.sampleMidi]!;
    const transpose = Math.pow(2, ((midi - entry.note) * entry.scale + entry.cents / 100) / 12);
    const perCycle = data[at + V.cycles] === 1 ? data[at + V.cps]! * (entry.length / entry.sampleRate) : 1;
    const inc = data[at + V.speed]! * transpose * perCycle * (entry.sampleRate / sampleRate);
    const step = Math.abs(inc);
    this.inc = inc;
    const b = data[at + V.begin]! * length;
    const e = data[at + V.end]! * length;
    this.loopStart = data[at + V.loopBegin]! * length;
    this.loopEnd = data[at + V.loopEnd]! * length;
    this.looping = data[at + V.loop] === 1 && this.loopEnd > this.loopStart && step > 0;
    this.pos = inc >= 0 ? b : e - step;
    this.enveloped = entry.envelope !== undefined;
    this.zoneGain = entry.gain;
    this.sustainLoop = false;
    if (entry.envelope !== undefined) {
      this.envelope.start(entry.envelope, Math.round(midi), Math.round(data[at + V.gate]! * sampleRate), sampleRate);
      this.startZone(entry, step, e - b);
      return;
    }
    if (this.looping) {
      this.remaining = Infinity;
      this.natural = Infinity;
      return;
    }
    this.remaining = step > 0 && e > b ? Math.ceil((e - b) / step - 1e-9) : 0;
    this.natural = this.remaining;
  }

  /**
   * An instrument zone's note: round the zone's loop (unless the event loops itself) for the
   * envelope's length, or through the file once if it has no loop, whichever ends first.
   */
  private startZone(entry: SampleEntry, step: number, span: number): void {
    const zoneLoop = !this.looping && entry.loopMode !== LOOP_MODE.none && entry.loopEnd > entry.loopStart && step > 0 && this.inc > 0;
    if (zoneLoop) {
      this.looping = true;
      this.loopStart = entry.loopStart;
      this.loopEnd = entry.loopEnd;
      this.sustainLoop = entry.loopMode === LOOP_MODE.sustain;
    }
    const once = step > 0 && span > 0 ? Math.ceil(span / step - 1e-9) : 0;
    this.remaining = this.looping ? this.envelope.length : Math.min(this.envelope.length, once);
    this.natural = this.remaining;
  }

  /** Writes the next `end - start` frames into `outL` (and `outR`, for a stereo file). */
  render(outL: Float64Array, outR: Float64Array | null, start: number, end: number): void {
    const left = this.left, right = this.right, length = this.length, inc = this.inc;
    const stereo = outR !== null && this.stereo;
    let pos = this.pos;
    let remaining = this.remaining;
    for (let i = start; i < end; i++) {
      if (remaining <= 0) {
        outL[i] = 0;
        if (stereo) outR[i] = 0;
        continue;
      }
      const k = Math.floor(pos);
      const t = pos - k;
      const level = this.enveloped ? this.envelope.next() * this.zoneGain : 1;
      outL[i] = (t === 0 ? at(left, length, k) : hermite(left, length, k, t)) * level;
      if (stereo) outR[i] = (t === 0 ? at(right, length, k) : hermite(right, length, k, t)) * level;
      pos += inc;
      remaining--;
      // A sustain loop lets go once the note is released, and the file plays on to its end.
      if (this.sustainLoop && this.envelope.released) this.looping = this.sustainLoop = false;
      if (this.looping) pos = this.wrap(pos);
    }
    this.pos = pos;
    this.remaining = remaining;
  }

  /** Brings a position that left the loop (in the direction of play) back into it. */
  private wrap(pos: number): number {
    const span = this.loopEnd - this.loopStart;
    if (this.inc > 0 && pos >= this.loopEnd) return this.loopStart + ((pos - this.loopStart) % span);
    if (this.inc < 0 && pos < this.loopStart) return this.loopEnd - ((this.loopEnd - pos) % span);
    return pos;
  }
}
