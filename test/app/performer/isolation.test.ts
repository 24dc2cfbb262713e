// The isolation runs on a fresh V8 context (node:vm), with its own built-ins, dressed up with
// the globals a worker has, so that the test runner's own `Function` and timers stay untouched.
import { runInContext, createContext, type Context } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { KEPT_GLOBALS, isolate, removable } from '../../../src/app/performer/isolation.ts';

interface Realm {
  context: Context;
  global: Record<string, unknown>;
  run(code: string): unknown;
}

function workerLikeRealm(): Realm {
  const context = createContext({});
  const run = (code: string): unknown => runInContext(code, context);
  // A worker-like global: network and storage names, some on a prototype as in browsers.
  run(`
    const proto = Object.create(Object.getPrototypeOf(globalThis));
    proto.fetch = function fetch() { return 'fetched'; };
    proto.postMessage = function postMessage() { return 'posted'; };
    Object.defineProperty(proto, 'navigator', { get() { return { storage: {} }; }, configurable: true });
    Object.setPrototypeOf(globalThis, proto);
    globalThis.XMLHttpRequest = function XMLHttpRequest() {};
    globalThis.WebSocket = function WebSocket() {};
    globalThis.indexedDB = {};
    globalThis.caches = {};
    globalThis.importScripts = function importScripts() {};
    globalThis.setTimeout = function setTimeout(f) { return typeof f; };
    globalThis.setInterval = function setInterval(f) { return typeof f; };
  `);
  return { context, global: run('globalThis') as Record<string, unknown>, run };
}

describe('isolate', () => {
  it('removes the network, storage and messaging globals, also from prototypes', () => {
    const realm = workerLikeRealm();
    isolate(realm.global);
    for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'indexedDB', 'caches', 'importScripts', 'navigator', 'postMessage', 'eval', 'setTimeout', 'setInterval']) {
      expect(realm.run(`typeof globalThis[${JSON.stringify(name)}]`), name).toBe('undefined');
    }
    expect(realm.run(`typeof Object.getPrototypeOf(globalThis).fetch`)).toBe('undefined');
  });

  it('keeps only the language and pure helpers: any global it does not know goes', () => {
    const realm = workerLikeRealm();
    realm.run(`globalThis.scheduler = { postTask() {} }; globalThis.MessageChannel = function MessageChannel() {}; globalThis.SomethingNew = {};`);
    expect(removable(realm.global)).toEqual(expect.arrayContaining(['scheduler', 'MessageChannel', 'SomethingNew', 'fetch']));
    isolate(realm.global);
    for (const name of ['scheduler', 'MessageChannel', 'SomethingNew', 'FinalizationRegistry', 'WebAssembly']) {
      expect(realm.run(`typeof globalThis[${JSON.stringify(name)}]`), name).toBe('undefined');
    }
    for (const name of ['Array', 'Math', 'JSON', 'Promise', 'Map']) expect(realm.run(`typeof ${name}`), name).not.toBe('undefined');
    expect(KEPT_GLOBALS.has('eval')).toBe(false);
  });

  it('lets the evaluator compile once, and no one else', () => {
    const realm = workerLikeRealm();
    const guard = isolate(realm.global);
    const RealmFunction = realm.global['Function'] as (...args: string[]) => () => unknown;
    const compiled = guard.allowOnce(() => RealmFunction('return 6 * 7'));
    expect(compiled()).toBe(42);
    expect(() => guard.allowOnce(() => [RealmFunction('return 1'), RealmFunction('return 2')])).toThrow(/not available/);
    expect(() => RealmFunction('return 1')).toThrow(/Function is not available/);
  });

  it('closes every way from a function to a compiler of strings', () => {
    const realm = workerLikeRealm();
    isolate(realm.global);
    const attempts = [
      `(() => {}).constructor('return 1')()`,
      `(function () {}).constructor.call(null, 'return 1')()`,
      `Reflect.construct(Function, ['return 1'])()`,
      `Object.getPrototypeOf(async function () {}).constructor('return 1')`,
      `Object.getPrototypeOf(function* () {}).constructor('return 1')`,
      `Object.getPrototypeOf(async function* () {}).constructor('return 1')`,
      `(0, globalThis.eval)('1')`,
      `globalThis.Function = function () { return () => 1 }; Function('x')`,
    ];
    for (const code of attempts) expect(() => realm.run(code), code).toThrow();
    expect(realm.run(`(() => {}) instanceof Function`)).toBe(true);
  });

  it('cannot be undone by restoring the constructors', () => {
    const realm = workerLikeRealm();
    isolate(realm.global);
    expect(() => realm.run(`'use strict'; Function.prototype.constructor = Object; 1`)).toThrow();
    expect(() => realm.run(`delete Object.getPrototypeOf(async () => {}).constructor`)).not.toThrow();
    expect(() => realm.run(`Object.getPrototypeOf(async () => {}).constructor('return 1')`)).toThrow();
  });
});
