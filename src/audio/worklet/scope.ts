// The AudioWorkletGlobalScope as weft's processors see it. TypeScript ships no lib for that
// scope, so `globalThis` is viewed through this interface (the one cast from the worklet's
// global object). Only the processors (loaded by URL into a worklet) import this module.

/** The base class the AudioWorkletGlobalScope provides. */
export interface WorkletProcessor {
  readonly port: MessagePort;
}

/** The parts of the AudioWorkletGlobalScope weft's processors use. */
export interface AudioWorkletScope {
  AudioWorkletProcessor: new () => WorkletProcessor;
  registerProcessor(name: string, processor: new (options: AudioWorkletNodeOptions) => WorkletProcessor): void;
  readonly sampleRate: number;
  readonly currentFrame: number;
}

/** The worklet's global scope (only meaningful inside an AudioWorklet). */
export const scope = globalThis as unknown as AudioWorkletScope;
