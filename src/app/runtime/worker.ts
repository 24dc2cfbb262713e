// The runtime Web Worker's entry (bundled by Vite as a worker, see client.ts). It keeps the few
// references weft needs, isolates the global scope from performer code (isolation.ts), warms the
// evaluator up, and hands every message to the RuntimeCore. The engine port arrives with `init`.
import type { ToWorklet } from '../../audio/worklet/index.ts';
import { RuntimeCore } from './core.ts';
import { isolate } from './isolation.ts';
import type { FromRuntime } from './messages.ts';

/**
 * The parts of the DedicatedWorkerGlobalScope used here (the DOM lib has no worker scope type:
 * `globalThis` is viewed through this interface, the one cast from the worker's global object).
 */
interface WorkerScope {
  postMessage(message: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// Taken before isolation, bound, so nothing performer code does to the globals or the prototypes
// can reach or change them.
const postToMain = scope.postMessage.bind(scope);
const setTimer = scope.setInterval.bind(scope);
const clearTimer = scope.clearInterval.bind(scope);
const clock = performance.now.bind(performance);
const origin = performance.timeOrigin;
const portPost = MessagePort.prototype.postMessage as (this: MessagePort, message: unknown) => void;
const portStart = MessagePort.prototype.start as (this: MessagePort) => void;
const listen = EventTarget.prototype.addEventListener as (this: EventTarget, type: string, listener: (event: MessageEvent<unknown>) => void) => void;

const guard = isolate(globalThis);

const core = new RuntimeCore({
  post: (message: FromRuntime) => postToMain(message),
  connect(port, receive) {
    listen.call(port, 'message', (event) => receive(event.data));
    portStart.call(port);
    return { send: (message: ToWorklet) => portPost.call(port, message) };
  },
  now: clock,
  epoch: () => origin + clock(),
  setInterval: (callback, ms) => setTimer(callback, ms),
  clearInterval: (handle) => clearTimer(handle),
  guard,
});
core.warmUp();
listen.call(scope as unknown as EventTarget, 'message', (event) => core.receive(event.data));
postToMain({ type: 'ready' } satisfies FromRuntime);
