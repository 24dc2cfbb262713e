// The audio layer's public surface. It knows nothing of patterns: it plays SoundEvents.
export type {
  CodeRange, EngineError, SampleDeclaration, SampleFile, SampleMapDeclaration, SoundDeclaration, SoundEvent,
} from './protocol.ts';
export * from './sample-map.ts';
export * from './sample-loader.ts';
export * from './dsp/index.ts';
