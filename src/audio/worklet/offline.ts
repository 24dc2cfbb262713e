// Offline rendering in the browser: the same worklet, driven by an OfflineAudioContext.
import type { Hz, Seconds } from '../dsp/index.ts';
import type { StereoBuffer } from '../voices/offline.ts';
import type { SoundEvent } from '../protocol.ts';
import { createEngineNode } from './node.ts';

/** Settings for {@link renderInBrowser}. */
export interface BrowserRenderOptions {
  sampleRate: Hz;
  duration: Seconds;
  maxVoices?: number;
  /** Where the processor module is (default: the one Vite bundled). */
  moduleUrl?: string;
}

/**
 * Renders `events` for `duration` seconds through the engine worklet in an OfflineAudioContext.
 * Sample `i` is audio time `i / sampleRate`, as in the Node render (`renderOffline`).
 */
export async function renderInBrowser(events: readonly SoundEvent[], options: BrowserRenderOptions): Promise<StereoBuffer> {
  const frames = Math.max(1, Math.round(options.duration * options.sampleRate));
  const context = new OfflineAudioContext({ numberOfChannels: 2, length: frames, sampleRate: options.sampleRate });
  const engine = await createEngineNode(context, {
    events,
    statsInterval: 0,
    ...(options.maxVoices === undefined ? {} : { maxVoices: options.maxVoices }),
    ...(options.moduleUrl === undefined ? {} : { moduleUrl: options.moduleUrl }),
  });
  engine.node.connect(context.destination);
  const buffer = await context.startRendering();
  engine.dispose();
  return { left: buffer.getChannelData(0), right: buffer.getChannelData(1) };
}
