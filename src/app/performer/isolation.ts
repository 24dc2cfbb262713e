/**
 * Isolation of the performer realm: a worker whose global scope keeps only the language itself
 * and a few pure helpers. Everything else a worker has (the network, storage, other contexts,
 * timers and other ways to run code later, loaders of code from URLs or strings) is removed from
 * its global object and the global object's prototypes, after weft has kept the few references
 * it needs. Performer code then sees the DSL and JavaScript's built-ins, and nothing that reaches
 * outside the realm or outlives an evaluation.
 */

const getProto = Object.getPrototypeOf as (o: object) => object | null;
const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The globals the performer realm keeps: ECMAScript's own (minus `eval`, and minus
 * `FinalizationRegistry`, `WebAssembly` and `SharedArrayBuffer`, which run or wait for code
 * later), and pure helpers that reach nothing (`console`, text encoding, URL parsing, cloning).
 */
export const KEPT_GLOBALS: ReadonlySet<string> = new Set([
  'globalThis', 'Infinity', 'NaN', 'undefined', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
  'AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean',
  'DataView', 'Date', 'Error', 'EvalError', 'Float16Array', 'Float32Array', 'Float64Array', 'Function',
  'Int8Array', 'Int16Array', 'Int32Array', 'Iterator', 'Map', 'Math', 'Number', 'Object', 'Promise', 'Proxy',
  'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol', 'SyntaxError', 'TypeError',
  'Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'URIError', 'WeakMap', 'WeakRef', 'WeakSet',
  'JSON', 'Intl', 'SuppressedError', 'DisposableStack', 'AsyncDisposableStack',
  'console', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'structuredClone', 'atob', 'btoa', 'DOMException',
]);

/** Every name on `global` and its prototypes (up to `Object.prototype`) that `keep` does not hold. */
export function removable(global: object, keep: ReadonlySet<string> = KEPT_GLOBALS): string[] {
  const names = new Set<string>();
  for (let o: object | null = global; o !== null && o !== Object.prototype; o = getProto(o)) {
    for (const name of Object.getOwnPropertyNames(o)) if (!keep.has(name) && name !== 'constructor') names.add(name);
  }
  return [...names];
}

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
 * the worker's own `postMessage`): removes every global but {@link KEPT_GLOBALS}, and guards
 * `Function` against any use but the evaluator's. Returns the guard.
 */
export function isolate(global: object, keep: ReadonlySet<string> = KEPT_GLOBALS): FunctionGuard {
  for (const name of removable(global, keep)) remove(global, name);
  return guardFunction(global as Global);
}
