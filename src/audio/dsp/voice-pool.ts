import type { Hz, Seconds } from './units.ts';
import { Voice } from './voice.ts';

/** How a stolen voice fades out (long enough not to click, short enough to free the slot soon). */
const STEAL_FADE: Seconds = 0.008;
/** How a voice fades out when another starts in its cut group. */
const CUT_FADE: Seconds = 0.008;

/** Voices made with the pool: enough for a first sound, made at once. */
const FIRST_VOICES = 32;

/**
 * The engine's voices: the ones sounding, in no particular order, and the free ones. Taking a
 * voice beyond the polyphony cap fades out (steals) the oldest; with every voice taken, the
 * oldest fading one is freed at once. The first {@link FIRST_VOICES} are made with the pool and
 * the rest a few a block ({@link VoicePool.grow}), so that an engine starts at once (its first
 * click plays within milliseconds) and has made them all within a fraction of a second; a voice
 * taken before it is made is made then. Nothing is allocated while playing after that. An offline
 * render makes none ahead (`EngineOptions.voicesAhead`): each is made when first taken.
 */
export class VoicePool {
  private readonly voices: (Voice | undefined)[];
  /** How many of {@link voices} are made (the first ones). */
  private made: number;
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

  /** `ahead`: whether the first {@link FIRST_VOICES} are made now (false: every voice when first taken). */
  constructor(private readonly maxVoices: number, sampleRate: Hz, ahead = true) {
    const size = maxVoices + Math.max(4, Math.ceil(maxVoices / 8));
    this.voices = new Array<Voice | undefined>(size).fill(undefined);
    this.made = 0;
    if (ahead) this.grow(FIRST_VOICES);
    this.free = Int32Array.from({ length: size }, (_, i) => size - 1 - i);
    this.freeCount = size;
    this.sounding = new Int32Array(size);
    this.stealFade = Math.round(STEAL_FADE * sampleRate);
    this.cutFade = Math.round(CUT_FADE * sampleRate);
  }

  /** Makes up to `count` more voices, in order (call it once a block until all are made). */
  grow(count: number): void {
    const voices = this.voices;
    for (let end = Math.min(voices.length, this.made + count); this.made < end; this.made++) {
      voices[this.made] ??= new Voice();
    }
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
    // Not made yet (more voices at once than were made so far): made now, once.
    return (this.voices[index] ??= new Voice());
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
