// The runtime: performer code evaluated and scheduled in a Web Worker that talks to the engine
// worklet directly. The main thread uses `createRuntime`; the worker entry is runtime-worker.ts.
export {
  createRuntime,
  DEFAULT_LOOKAHEAD,
  type ClientStatus,
  type EvaluateOptions,
  type EvaluateResult,
  type HapBatch,
  type Runtime,
  type RuntimeError,
  type RuntimeOptions,
} from './client.ts';
export { EMPTY_STATE, StateMirror, type MirrorTransaction, type PerformanceState } from './mirror.ts';
export type {
  BlockInfo,
  BlockRange,
  CodeError,
  FromRuntime,
  HapCancel,
  RuntimeStatus,
  Snapshot,
  SoundingHap,
  ToRuntime,
} from './messages.ts';
