import type { Hz, Seconds } from '../dsp/units.ts';
import type { EngineError, SoundEvent } from '../protocol.ts';
import { Engine } from './engine.ts';

/** Settings for {@link renderOffline}. */
export interface OfflineOptions {
  sampleRate: Hz;
  duration: Seconds;
  maxVoices?: number;
  blockSize?: number;
  onError?: (error: EngineError) => void;
}

/** A rendered stereo buffer. */
export interface StereoBuffer {
  left: Float32Array;
  right: Float32Array;
}

/**
 * Renders `events` for `duration` seconds, faster than real time, with the same engine that plays
 * live: sample `i` of the result is audio time `i / sampleRate`.
 */
export function renderOffline(events: readonly SoundEvent[], options: OfflineOptions): StereoBuffer {
  const engine = new Engine({
    sampleRate: options.sampleRate,
    ...(options.maxVoices === undefined ? {} : { maxVoices: options.maxVoices }),
    ...(options.blockSize === undefined ? {} : { blockSize: options.blockSize }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  for (const event of events) engine.schedule(event);
  const frames = Math.max(0, Math.round(options.duration * options.sampleRate));
  const left = new Float32Array(frames);
  const right = new Float32Array(frames);
  engine.render(left, right);
  return { left, right };
}
