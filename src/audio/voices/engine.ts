import { VoiceEngine, type EngineOptions } from '../dsp/engine.ts';
import { VOICE_STRIDE } from '../dsp/voice-record.ts';
import type { SoundEvent } from '../protocol.ts';
import { VoiceResolver } from './resolve.ts';

/**
 * The sound engine for whoever holds events rather than voice records: an offline render (Node's
 * `weft render`, the bounce worker) and tests. Each event is resolved into a voice record as the
 * runtime worker resolves it before posting it to the worklet, then played by the same
 * {@link VoiceEngine} the worklet runs, so every render plays the same numbers. Being offline, it
 * makes each voice when it is first needed (`EngineOptions.voicesAhead` defaults to false here).
 */
export class Engine extends VoiceEngine {
  private readonly resolver = new VoiceResolver();

  constructor(options: EngineOptions) {
    super({ voicesAhead: false, ...options });
  }

  /** Queues an event. Events whose controls cannot be played are reported through `onError` and dropped. */
  schedule(event: SoundEvent): void {
    this.resolver.add(event);
    this.play(this.resolver.take());
  }

  /**
   * Asks for the sample file `event` will need, if it names a declared sound whose file has not
   * loaded (see `EngineOptions.onSampleWanted`), without queueing the event.
   */
  requestSamples(event: SoundEvent): void {
    this.resolver.add(event);
    const batch = this.resolver.take();
    for (let i = 0; i < batch.count; i++) this.wantSample(batch.data, i * VOICE_STRIDE, batch.strings);
  }
}
