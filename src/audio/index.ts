// The audio layer's public surface. It knows nothing of patterns: it plays SoundEvents, resolved
// into voice records off the audio thread (voices/) and played by the DSP engine (dsp/).
export type {
  CodeRange, EngineError, SampleDeclaration, SampleFile, SampleMapDeclaration, SoundDeclaration, SoundEvent,
} from './protocol.ts';
export * from './sample-map.ts';
export * from './sample-loader.ts';
export * from './dsp/index.ts';
export * from './voices/index.ts';
