/**
 * Isolation of performer code inside the runtime worker. A worker has no DOM; what it still has
 * (the network, storage, other contexts, ways to run strings as code) is removed from its global
 * object here, after weft has kept the few references it needs. Performer code then sees the DSL
 * and JavaScript's own built-ins, and nothing that reaches outside the worker.
 */

/**
 * Global names removed from the worker: network access, storage, messaging with other contexts,
 * loaders of code from URLs or strings, and timers (performer code runs only while it is evaluated
 * or queried). Names a scope does not have are skipped.
 */
export const REMOVED_GLOBALS: readonly string[] = [
  // network
  'fetch', 'fetchLater', 'XMLHttpRequest', 'XMLHttpRequestUpload', 'XMLHttpRequestEventTarget', 'WebSocket', 'WebSocketStream',
  'WebTransport', 'EventSource', 'Request', 'Response', 'Headers', 'FontFace', 'fonts', 'FontFaceSet', 'importScripts',
  'Worker', 'SharedWorker', 'navigator', 'WorkerNavigator', 'Notification',
  // storage (workers have no cookies or localStorage, but these)
  'indexedDB', 'IDBFactory', 'caches', 'CacheStorage', 'Cache', 'cookieStore', 'CookieStore', 'StorageManager', 'StorageBucketManager',
  'webkitRequestFileSystem', 'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL', 'webkitResolveLocalFileSystemSyncURL',
  'FileSystemHandle', 'FileSystemDirectoryHandle', 'FileSystemFileHandle', 'FileSystemSyncAccessHandle', 'localStorage', 'sessionStorage',
  // other contexts
  'BroadcastChannel', 'postMessage', 'close',
  // code running later, outside any evaluation or query (and, given a string, compiling it)
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
  // code from strings (Function is guarded instead: the evaluator needs it once per evaluation)
  'eval',
];

/** What performer code throws when it reaches for something weft removed. */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}

/** Control of the guarded `Function` constructor, for the evaluator. */
export interface FunctionGuard {
  /**
   * Runs `f`, during which the first use of `Function` (the evaluator compiling performer code)
   * works; any later use, by performer code, throws.
   */
  allowOnce<T>(f: () => T): T;
}

type Callable = (...args: unknown[]) => unknown;
type Global = Record<string, unknown>;

const getProto = Object.getPrototypeOf as (o: object) => object | null;
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Removes `name` from an object and its prototypes (up to `Object.prototype`), or shadows it with `undefined`. */
function remove(global: object, name: string): void {
  for (let o: object | null = global; o !== null && o !== Object.prototype; o = getProto(o)) {
    if (!hasOwn(o, name)) continue;
    try {
      delete (o as Global)[name];
    } catch {
      // non-configurable: shadowed below
    }
  }
  if (!(name in global)) return;
  try {
    Object.defineProperty(global, name, { value: undefined, writable: false, configurable: false, enumerable: false });
  } catch {
    (global as Global)[name] = undefined; // a non-configurable own property that is still writable
  }
}

function thrower(what: string): Callable {
  return function unavailable() {
    throw new UnavailableError(`${what} is not available in weft's performer code`);
  };
}

/** Replaces the `constructor` of a function kind's prototype (the way to compile strings from any function). */
function guardConstructor(example: unknown, replacement: Callable): void {
  const proto = getProto(example as object);
  if (proto !== null && hasOwn(proto, 'constructor')) {
    Object.defineProperty(proto, 'constructor', { value: replacement, writable: false, configurable: false });
  }
}

/**
 * Guards `Function`: it works only inside {@link FunctionGuard.allowOnce}, once. It stays the
 * same kind of object (`f instanceof Function` holds), and is also every function's `constructor`,
 * while the async and generator function constructors are gone.
 */
function guardFunction(global: Global): FunctionGuard {
  const RealFunction = global['Function'] as new (...args: string[]) => Callable;
  let allowed = false;
  const guarded = function Function(...args: unknown[]): Callable {
    if (!allowed) throw new UnavailableError(`Function is not available in weft's performer code`);
    allowed = false;
    return new RealFunction(...args.map(String));
  };
  Object.defineProperty(guarded, 'prototype', { value: RealFunction.prototype });
  // Examples made in the scope's own realm (its intrinsics may not be this module's).
  const [asyncFn, generatorFn, asyncGeneratorFn] = new RealFunction('return [async function () {}, function* () {}, async function* () {}]')() as unknown[];
  guardConstructor(asyncFn, thrower('AsyncFunction'));
  guardConstructor(generatorFn, thrower('GeneratorFunction'));
  guardConstructor(asyncGeneratorFn, thrower('AsyncGeneratorFunction'));
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: guarded, writable: false, configurable: false });
  Object.defineProperty(global, 'Function', { value: guarded, writable: false, configurable: false, enumerable: false });
  return {
    allowOnce<T>(f: () => T): T {
      allowed = true;
      try {
        return f();
      } finally {
        allowed = false;
      }
    },
  };
}

/**
 * Isolates a worker's global scope (call once, after taking the references weft needs, such as
 * the worker's own `postMessage` and timers): removes {@link REMOVED_GLOBALS} and guards
 * `Function` against any use but the evaluator's. Returns the guard.
 */
export function isolate(global: object, removed: readonly string[] = REMOVED_GLOBALS): FunctionGuard {
  for (const name of removed) remove(global, name);
  return guardFunction(global as Global);
}
