// The audio layer's public surface. It knows nothing of patterns: it plays SoundEvents.
export type { CodeRange, EngineError, SoundEvent } from './protocol.ts';
export * from './dsp/index.ts';
