/**
 * Noticing that performer code changed the realm it runs in: a built-in prototype polluted
 * (`Object.prototype.x = 1`), a method replaced (`Array.prototype.push = …`), a global
 * reassigned, an accessor tampered with (`MessageEvent.prototype.data`). The realm's shape is
 * recorded once, before any performer code runs, and compared after each evaluation and query.
 * A damaged realm cannot be trusted to compute anything: the runtime throws it away.
 */

// Taken when this module loads, before performer code exists: what the check itself relies on
// cannot have been replaced.
const ownKeys = Reflect.ownKeys;
const describe = Reflect.getOwnPropertyDescriptor;
const protoOf = Reflect.getPrototypeOf;
const extensible = Reflect.isExtensible;
const same = Object.is;
const isArray = Array.isArray;
const StringOf = String;

type Key = string | symbol;

/** One property as it was: its key and what its descriptor held. */
interface PropertyShape {
  readonly key: Key;
  readonly value: unknown;
  readonly get: unknown;
  readonly set: unknown;
  /** writable, enumerable, configurable, as bits. */
  readonly flags: number;
}

interface ObjectShape {
  readonly name: string;
  readonly target: object;
  readonly proto: object | null;
  readonly extensible: boolean;
  readonly properties: readonly PropertyShape[];
}

function flagsOf(d: PropertyDescriptor): number {
  return (d.writable === true ? 1 : 0) | (d.enumerable === true ? 2 : 0) | (d.configurable === true ? 4 : 0);
}

function shapeOf(name: string, target: object): ObjectShape {
  const properties: PropertyShape[] = [];
  for (const key of ownKeys(target)) {
    const d = describe(target, key);
    if (d === undefined) continue;
    properties.push({ key, value: d.value, get: d.get, set: d.set, flags: flagsOf(d) });
  }
  return { name, target, proto: protoOf(target), extensible: extensible(target), properties };
}

const keyName = (key: Key): string => (typeof key === 'symbol' ? `[${StringOf(key.description)}]` : key);

/**
 * The first difference between an object and its recorded shape, in words; undefined when none.
 * Written with indexed loops and captured functions only: performer code may have replaced the
 * iterators, `Set` and the like by now.
 */
function differs(shape: ObjectShape): string | undefined {
  const { target, name, properties } = shape;
  if (protoOf(target) !== shape.proto) return `the prototype of ${name} was replaced`;
  if (extensible(target) !== shape.extensible) return `${name} was frozen or sealed`;
  for (let i = 0; i < properties.length; i++) {
    const p = properties[i]!;
    const d = describe(target, p.key);
    if (d === undefined) return `${name}.${keyName(p.key)} was deleted`;
    if (!same(d.value, p.value) || d.get !== p.get || d.set !== p.set || flagsOf(d) !== p.flags) {
      return `${name}.${keyName(p.key)} was changed`;
    }
  }
  const keys = ownKeys(target);
  if (keys.length === properties.length) return undefined;
  for (let k = 0; k < keys.length; k++) {
    let known = false;
    for (let i = 0; i < properties.length && !known; i++) known = properties[i]!.key === keys[k];
    if (!known) return `${name}.${keyName(keys[k]!)} was added`;
  }
  return `a property of ${name} was deleted`;
}

/** What a realm check finds: undefined when the realm is as it was, else the first change in words. */
export type IntegrityCheck = () => string | undefined;

/**
 * A realm's checks: `full` looks at every recorded object; `quick` at the few that performer code
 * most often changes (the global object, the core prototypes, iterators, the DSL's classes), cheap
 * enough to run after every query.
 */
export interface Integrity {
  readonly full: IntegrityCheck;
  readonly quick: IntegrityCheck;
}

/** The objects {@link Integrity.quick} looks at, by the names {@link intrinsics} gives them. */
const QUICK = new Set([
  'globalThis', 'Object.prototype', 'Array.prototype', 'Function.prototype', 'String.prototype', 'Number.prototype',
  'Map.prototype', 'Set.prototype', 'Promise.prototype', 'Object', 'Array', 'JSON', 'Math', 'Reflect',
  '%ArrayIteratorPrototype%', '%IteratorPrototype%',
]);

/**
 * The objects whose shape matters, by name: the global object, every global constructor and its
 * prototype, the global namespaces (`Math`, `JSON`, `Reflect`…), the intrinsics reachable only
 * through values (iterator, generator and async function prototypes, `%TypedArray%`), and the
 * given extras (the DSL's own classes).
 */
export function intrinsics(global: object, extras: Readonly<Record<string, object>> = {}): Map<string, object> {
  const found = new Map<string, object>();
  const seen = new Set<object>();
  const add = (name: string, target: unknown): void => {
    if ((typeof target !== 'object' && typeof target !== 'function') || target === null || seen.has(target)) return;
    seen.add(target);
    found.set(name, target);
  };
  add('globalThis', global);
  for (const key of ownKeys(global)) {
    if (typeof key !== 'string') continue;
    const d = describe(global, key);
    const value: unknown = d?.value;
    if (typeof value === 'function') {
      add(key, value);
      add(`${key}.prototype`, (value as { prototype?: unknown }).prototype);
    } else if (typeof value === 'object' && value !== null && !isArray(value)) add(key, value);
  }
  for (let p = protoOf(global); p !== null && p !== Object.prototype; p = protoOf(p)) add(`globalThis prototype ${found.size}`, p);
  // Taken from the global's own constructors (so from its realm); the generator and async
  // prototypes from this module's syntax, which is the global's realm in a worker.
  const g = global as { Array: ArrayConstructor; String: StringConstructor; Map: MapConstructor; Set: SetConstructor; RegExp: RegExpConstructor; Uint8Array: Uint8ArrayConstructor };
  const arrayIterator = protoOf(new g.Array<unknown>()[Symbol.iterator]());
  const hidden: Record<string, unknown> = {
    '%IteratorPrototype%': arrayIterator === null ? undefined : protoOf(arrayIterator),
    '%ArrayIteratorPrototype%': arrayIterator,
    '%StringIteratorPrototype%': protoOf(g.String.prototype[Symbol.iterator].call('')),
    '%MapIteratorPrototype%': protoOf(new g.Map()[Symbol.iterator]()),
    '%SetIteratorPrototype%': protoOf(new g.Set()[Symbol.iterator]()),
    '%RegExpStringIteratorPrototype%': protoOf(new g.RegExp('a')[Symbol.matchAll]('')),
    '%TypedArray%': protoOf(g.Uint8Array),
    '%TypedArray%.prototype': protoOf(g.Uint8Array.prototype),
    '%GeneratorFunction.prototype%': protoOf(function* () {}),
    '%GeneratorPrototype%': protoOf(protoOf((function* () {})()) ?? {}),
    '%AsyncFunction.prototype%': protoOf(async function () {}),
    '%AsyncGeneratorFunction.prototype%': protoOf(async function* () {}),
    '%AsyncGeneratorPrototype%': protoOf(protoOf((async function* () {})()) ?? {}),
  };
  for (const [name, target] of Object.entries(hidden)) add(name, target);
  for (const [name, target] of Object.entries(extras)) {
    add(name, target);
    add(`${name}.prototype`, (target as { prototype?: unknown }).prototype);
  }
  return found;
}

/** Compares each shape with what its object is now; the first change, in words. */
function checkAll(shapes: readonly ObjectShape[]): string | undefined {
  for (let i = 0; i < shapes.length; i++) {
    const change = differs(shapes[i]!);
    if (change !== undefined) return change;
  }
  return undefined;
}

/**
 * Records the shapes of `targets` now; the checks compare them with what they are when called.
 * `extras` (the DSL's classes, named as given to {@link intrinsics}) are looked at by the quick
 * check too.
 */
export function recordIntegrity(targets: ReadonlyMap<string, object>, extras: Iterable<string> = []): Integrity {
  const quickNames = new Set(QUICK);
  for (const name of extras) {
    quickNames.add(name);
    quickNames.add(`${name}.prototype`);
  }
  const shapes: ObjectShape[] = [];
  for (const [name, target] of targets) shapes.push(shapeOf(name, target));
  const quick = shapes.filter((shape) => quickNames.has(shape.name));
  return { full: () => checkAll(shapes), quick: () => checkAll(quick) };
}
