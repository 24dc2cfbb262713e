/// <reference types="vite/client" />
// The main thread's handle on the engine worklet. `?worker&url` makes Vite treat processor.ts as a
// worker entry and give us its URL: transformed on request by the dev server, bundled into one
// script by `vite build` (a plain `?url` or `new URL('./processor.ts', import.meta.url)` would ship
// the TypeScript untranspiled in a build).
import processorUrl from './processor.ts?worker&url';
import type { Hz, Instrument, Seconds } from '../dsp/index.ts';
import type { SoundEvent } from '../protocol.ts';
import type { SoundInfo } from '../sample-map.ts';
import {
  PROCESSOR_NAME,
  type AddInstrumentMessage,
  type EngineParams,
  type ErrorMessage,
  type ProcessorOptions,
  type StatsMessage,
  type ToWorklet,
} from './messages.ts';
import { readFromWorklet } from './replies.ts';

/** Settings for {@link createEngineNode}. */
export interface EngineNodeOptions extends EngineParams {
  /** Events to queue before the first block (an offline render passes all of its events here). */
  events?: readonly SoundEvent[];
  /** Where the processor module is (default: the one Vite bundled from processor.ts). */
  moduleUrl?: string;
}

/** weft's engine running in an AudioWorklet, and the typed messages that drive it. */
export interface EngineNode {
  /** The node to connect (no inputs, one stereo output). */
  readonly node: AudioWorkletNode;
  /**
   * Queues events; their times are absolute audio times (`context.currentTime`). They are resolved
   * into voice records here, not on the audio thread.
   */
  schedule(events: readonly SoundEvent[]): void;
  /** Drops queued events that start after `time` (with `block`, that block's only). */
  cancelAfter(time: Seconds, block?: string): void;
  /** Changes the engine's params (see {@link EngineParams}). */
  setParams(params: EngineParams): void;
  /** Silences everything at once. */
  hush(): void;
  /** Calls `callback` with every stats stamp; returns a function that stops it. */
  onStats(callback: (stats: StatsMessage) => void): () => void;
  /** Calls `callback` with every error the worklet reports; returns a function that stops it. */
  onError(callback: (error: ErrorMessage) => void): () => void;
  /** Declares sounds named by performer code (see {@link DeclareSamplesMessage}). */
  declareSounds(sounds: readonly SoundInfo[]): void;
  /**
   * Hands the engine file `index` of sound `name`, one array per channel at `sampleRate`. The
   * arrays' buffers are transferred: they are empty here afterwards.
   */
  addSample(name: string, index: number, channels: Float32Array[], sampleRate: Hz): void;
  /** Hands the engine a whole instrument (see {@link AddInstrumentMessage}); its arrays are copied, not moved. */
  addInstrument(name: string, instrument: Instrument): void;
  /** Tells the engine a file could not be loaded, and why. */
  failSample(name: string, index: number, message: string): void;
  /** Calls `callback` when an event needs a declared file that has not arrived; returns a function that stops it. */
  onSampleWanted(callback: (name: string, index: number) => void): () => void;
  /**
   * Hands `port` to the worklet (transferring it): whoever holds its other end, such as a runtime
   * worker, can then post {@link ToWorklet} messages directly and receives stats and errors.
   */
  connectPort(port: MessagePort): void;
  /** Disconnects the node and stops its processor for good. */
  dispose(): void;
}

/**
 * Loads the engine's worklet module into `context` (once per context: the browser caches it by
 * URL) and creates an engine node on it.
 */
export async function createEngineNode(context: BaseAudioContext, options: EngineNodeOptions = {}): Promise<EngineNode> {
  // The resolver loads with the engine (the first click), not with the page.
  const [{ VoiceResolver }] = await Promise.all([import('../voices/resolve.ts'), context.audioWorklet.addModule(options.moduleUrl ?? processorUrl)]);
  const { moduleUrl: _moduleUrl, events, ...params } = options;
  const resolver = new VoiceResolver();
  const processorOptions: ProcessorOptions = events === undefined ? params : { ...params, voices: resolver.resolve(events) };
  const node = new AudioWorkletNode(context, PROCESSOR_NAME, {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [2],
    processorOptions,
  });
  const statsListeners = new Set<(stats: StatsMessage) => void>();
  const errorListeners = new Set<(error: ErrorMessage) => void>();
  const wantedListeners = new Set<(name: string, index: number) => void>();
  const send = (message: ToWorklet, transfer: Transferable[] = []): void => node.port.postMessage(message, transfer);
  node.port.onmessage = (event: MessageEvent<unknown>) => {
    const message = readFromWorklet(event.data);
    switch (message?.type) {
      case 'stats':
        for (const listener of statsListeners) listener(message);
        break;
      case 'error':
        for (const listener of errorListeners) listener(message);
        break;
      case 'sampleWanted':
        for (const listener of wantedListeners) listener(message.name, message.index);
        break;
    }
  };
  node.onprocessorerror = () => {
    const error: ErrorMessage = { type: 'error', kind: 'worklet', message: 'the engine processor failed and stopped', locations: [] };
    for (const listener of errorListeners) listener(error);
  };
  const subscribe = <T>(listeners: Set<T>, callback: T): (() => void) => {
    listeners.add(callback);
    return () => listeners.delete(callback);
  };
  return {
    node,
    schedule: (events) => send({ type: 'schedule', voices: resolver.resolve(events) }),
    cancelAfter: (time, block) => send(block === undefined ? { type: 'cancelAfter', time } : { type: 'cancelAfter', time, block }),
    setParams: (params) => send({ type: 'params', params }),
    hush: () => send({ type: 'hush' }),
    onStats: (callback) => subscribe(statsListeners, callback),
    onError: (callback) => subscribe(errorListeners, callback),
    connectPort: (port) => send({ type: 'connectPort', port }, [port]),
    declareSounds: (sounds) => send({ type: 'declareSamples', sounds }),
    addSample: (name, index, channels, sampleRate) =>
      send({ type: 'addSample', name, index, channels, sampleRate }, transferables(channels)),
    addInstrument: (name, instrument) => send({ type: 'addInstrument', name, instrument }),
    failSample: (name, index, message) => send({ type: 'sampleFailed', name, index, message }),
    onSampleWanted: (callback) => subscribe(wantedListeners, callback),
    dispose: () => {
      send({ type: 'dispose' });
      node.disconnect();
      node.port.onmessage = null;
      statsListeners.clear();
      errorListeners.clear();
      wantedListeners.clear();
    },
  };
}

/** The distinct buffers behind `arrays` that can be transferred (not shared memory). */
function transferables(arrays: readonly Float32Array[]): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}
