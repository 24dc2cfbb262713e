/// <reference types="vite/client" />
// The runtime Web Worker's entry (bundled by Vite as a worker, see client.ts): the scheduler and
// the performance's store, in a realm where no performer code ever runs. Performer code runs in
// performer realms this worker starts (performer-worker.ts) and watches. The engine port arrives
// with `init`.
import type { ToWorklet } from '../../audio/worklet/index.ts';
import PerformerWorker from '../performer/performer-worker.ts?worker-chunk';
import { RuntimeCore } from './core.ts';
import type { FromRuntime } from './messages.ts';

/**
 * The parts of the DedicatedWorkerGlobalScope used here (the DOM lib has no worker scope type:
 * `globalThis` is viewed through this interface, the one cast from the worker's global object).
 */
interface WorkerScope {
  postMessage(message: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

const core = new RuntimeCore({
  post: (message: FromRuntime) => scope.postMessage(message),
  connect(port, receive) {
    port.addEventListener('message', (event) => receive(event.data));
    port.start();
    return { send: (message: ToWorklet) => port.postMessage(message) };
  },
  now: () => performance.now(),
  epoch: () => performance.timeOrigin + performance.now(),
  setInterval: (callback, ms) => scope.setInterval(callback, ms),
  clearInterval: (handle) => scope.clearInterval(handle),
  resolver: () => import('../../audio/voices/resolve.ts').then(({ VoiceResolver }) => new VoiceResolver()),
  spawnPerformer(receive, failed) {
    const worker = new PerformerWorker({ name: 'weft-performer' });
    worker.onmessage = (event: MessageEvent<unknown>) => receive(event.data);
    worker.onerror = (event: ErrorEvent) => failed(event.message);
    return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  },
});
scope.addEventListener('message', (event) => core.receive(event.data));
scope.postMessage({ type: 'ready' } satisfies FromRuntime);
