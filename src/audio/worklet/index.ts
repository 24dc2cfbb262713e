// The engine's AudioWorklet side, for the browser's main thread (the processor itself is loaded
// by URL, never imported).
export { createEngineNode, type EngineNode, type EngineNodeOptions } from './node.ts';
export { renderInBrowser, type BrowserRenderOptions } from './offline.ts';
export {
  createSampleLoader, decodeWith, dropToSamplesCall, fetchBytes, loadSamples, type BrowserSampleOptions, type DroppedSamples,
} from './samples.ts';
export {
  PROCESSOR_NAME,
  type AddSampleMessage,
  type CancelAfterMessage,
  type DeclareSamplesMessage,
  type SampleFailedMessage,
  type SampleWantedMessage,
  type ConnectPortMessage,
  type DisposeMessage,
  type EngineParams,
  type ErrorMessage,
  type FromWorklet,
  type HushMessage,
  type ParamsMessage,
  type ProcessorOptions,
  type ScheduleMessage,
  type StatsMessage,
  type ToWorklet,
} from './messages.ts';
export { FromWorkletSchema, readFromWorklet } from './replies.ts';
