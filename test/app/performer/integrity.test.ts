// The realm check runs on a fresh V8 context (node:vm), whose built-ins performer-like code may
// then damage without touching the test runner's own.
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { intrinsics, recordIntegrity } from '../../../src/app/performer/integrity.ts';

function realm(): { run: (code: string) => unknown; check: () => string | undefined } {
  const context = createContext({});
  const run = (code: string): unknown => runInContext(code, context);
  run(`globalThis.MessageEvent = class MessageEvent { get data() { return 1; } };`);
  const { full } = recordIntegrity(intrinsics(run('globalThis') as object, { Pattern: run('(class Pattern { fast() {} })') as object }));
  return { run, check: full };
}

describe('recordIntegrity', () => {
  it('finds nothing in a realm left as it was, even after ordinary code ran', () => {
    const r = realm();
    r.run(`const a = [1, 2, 3].map((x) => x * 2); const o = { ...{ a } }; JSON.stringify(o); new Map([[1, 2]]).get(1);`);
    expect(r.check()).toBeUndefined();
  });

  it.each([
    ['Object.prototype.x = 1', /Object\.prototype\.x was added/],
    ['Array.prototype.push = function () { return 0 }', /Array\.prototype\.push was changed/],
    ["Object.defineProperty(MessageEvent.prototype, 'data', { get() { return 'forged' } })", /MessageEvent\.prototype\.data was changed/],
    ['delete Array.prototype.map', /Array\.prototype\.map was deleted/],
    ['Object.setPrototypeOf(Array.prototype, null)', /prototype of Array\.prototype was replaced/],
    ['Object.freeze(Map.prototype)', /Map\.prototype was frozen/],
    ['Math = {}', /globalThis\.Math was changed/],
    ['Object.getPrototypeOf([][Symbol.iterator]()).next = () => ({ done: true })', /ArrayIteratorPrototype/],
  ])('notices %s', (code, change) => {
    const r = realm();
    r.run(code);
    expect(r.check()).toMatch(change);
  });

  it('notices a change to the DSL\'s own classes', () => {
    const context = createContext({});
    const Pattern = runInContext('(class Pattern { fast() {} })', context) as { prototype: Record<string, unknown> };
    const { full, quick } = recordIntegrity(intrinsics(runInContext('globalThis', context) as object, { Pattern }), ['Pattern']);
    Pattern.prototype['fast'] = () => 'hijacked';
    expect(full()).toMatch(/Pattern\.prototype\.fast was changed/);
    expect(quick()).toMatch(/Pattern\.prototype\.fast was changed/);
  });

  it('looks at the core prototypes in its quick check, and at everything in its full one', () => {
    const context = createContext({});
    const run = (code: string): unknown => runInContext(code, context);
    const { full, quick } = recordIntegrity(intrinsics(run('globalThis') as object));
    run('Object.prototype.x = 1');
    expect(quick()).toMatch(/Object\.prototype\.x/);
    run('delete Object.prototype.x; WeakMap.prototype.y = 1');
    expect(quick()).toBeUndefined();
    expect(full()).toMatch(/WeakMap\.prototype\.y/);
  });
});
