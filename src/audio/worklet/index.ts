// The engine's AudioWorklet side, for the browser's main thread (the processor itself is loaded
// by URL, never imported).
export { createEngineNode, type EngineNode, type EngineNodeOptions } from './node.ts';
export { renderInBrowser, type BrowserRenderOptions } from './offline.ts';
export {
  PROCESSOR_NAME,
  type CancelAfterMessage,
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
