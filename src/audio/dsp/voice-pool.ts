import type { Hz, Seconds } from './units.ts';
import { Voice } from './voice.ts';

/** How a stolen voice fades out (long enough not to click, short enough to free the slot soon). */
const STEAL_FADE: Seconds = 0.008;
/** How a voice fades out when another starts in its cut group. */
const CUT_FADE: Seconds = 0.008;

/**
 * The engine's voices, all made up front: the ones sounding, in no particular order, and the
 * free ones. Taking a voice beyond the polyphony cap fades out (steals) the oldest; with every
 * voice taken, the oldest fading one is freed at once. Nothing is allocated while playing.
 */
export class VoicePool {
  private readonly voices: Voice[];
  private readonly free: Int32Array;
  private freeCount: number;
  /** The sounding voices' places in {@link voices}: the first {@link active} of them. */
  private readonly sounding: Int32Array;
  /** How many voices sound (stolen ones still fading included). */
  active = 0;
  /** Voices stolen so far. */
  stolen = 0;
  /** Voices started so far: a voice's `order` is the count when it started. */
  started = 0;
  /** Sounding voices that are not being faded out after a steal. */
  private counted = 0;
  private readonly stealFade: number;
  private readonly cutFade: number;

  constructor(private readonly maxVoices: number, sampleRate: Hz) {
    const size = maxVoices + Math.max(4, Math.ceil(maxVoices / 8));
    this.voices = Array.from({ length: size }, () => new Voice());
    this.free = Int32Array.from({ length: size }, (_, i) => size - 1 - i);
    this.freeCount = size;
    this.sounding = new Int32Array(size);
    this.stealFade = Math.round(STEAL_FADE * sampleRate);
    this.cutFade = Math.round(CUT_FADE * sampleRate);
  }

  /** Sounding voice `k` (0 <= k < {@link active}). */
  at(k: number): Voice {
    return this.voices[this.sounding[k]!]!;
  }

  /** A voice to start, counted as sounding (stealing the oldest one beyond the cap). */
  take(): Voice {
    if (this.counted >= this.maxVoices) this.stealOldest();
    const index = this.freeCount > 0 ? this.free[--this.freeCount]! : this.reclaimFading();
    this.sounding[this.active++] = index;
    this.counted++;
    return this.voices[index]!;
  }

  /** Fades out the voices of cut group `cut` in `orbit`. */
  cutGroup(cut: number, orbit: number): void {
    for (let k = 0; k < this.active; k++) {
      const voice = this.at(k);
      if (voice.cut === cut && voice.orbit === orbit) voice.cutOff(this.cutFade);
    }
  }

  /** Frees sounding voice `k` (the last sounding voice takes its place). */
  release(k: number): void {
    const index = this.sounding[k]!;
    const voice = this.voices[index]!;
    if (!voice.stolen) this.counted--;
    voice.active = false;
    this.sounding[k] = this.sounding[--this.active]!;
    this.free[this.freeCount++] = index;
  }

  /** Fades out the oldest voice that is not already fading. */
  private stealOldest(): void {
    let oldest: Voice | undefined;
    for (let k = 0; k < this.active; k++) {
      const voice = this.at(k);
      if (!voice.stolen && (oldest === undefined || voice.order < oldest.order)) oldest = voice;
    }
    if (oldest === undefined) return;
    oldest.fadeOut(this.stealFade);
    this.counted--;
    this.stolen++;
  }

  /** With every voice taken, frees the oldest fading voice at once and returns its place. */
  private reclaimFading(): number {
    let found = 0;
    let best: Voice | undefined;
    for (let k = 0; k < this.active; k++) {
      const voice = this.at(k);
      if (best === undefined || (voice.stolen && !best.stolen) || (voice.stolen === best.stolen && voice.order < best.order)) {
        best = voice;
        found = k;
      }
    }
    const index = this.sounding[found]!;
    this.release(found);
    return this.freeCount > 0 ? this.free[--this.freeCount]! : index;
  }
}
