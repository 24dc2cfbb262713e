// The performer realm's worker entry (started by the runtime worker, and by the bounce worker).
// It keeps the few references it needs, isolates the global scope, records the realm's shape for
// the integrity check, and hands every message to the PerformerRealm. Its Content-Security-Policy
// (sent with this script, see vite.config.ts) forbids any connection and any script from
// elsewhere, whatever performer code tries.
import { missingStripper, type TypeStripper } from '../../eval/stripper.ts';
import * as patternModule from '../../pattern/index.ts';
import { intrinsics, recordIntegrity, type Integrity } from './integrity.ts';
import { isolate } from './isolation.ts';
import { readToPerformer, type FromPerformer } from './protocol.ts';
import { PerformerRealm } from './realm.ts';

/** The parts of the worker's global scope used here (the DOM lib has no worker scope type). */
interface WorkerScope {
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// Taken before isolation, and called through `apply`, so nothing performer code does to the
// globals or the prototypes can reach or change them.
const apply = Reflect.apply;
const postMessage = scope.postMessage;
const listen = EventTarget.prototype.addEventListener;
const dataOf = Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data')?.get;
const Channel = MessageChannel;
const portPost = MessagePort.prototype.postMessage;
const then = Promise.prototype.then;
const setHandler = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')?.set;
if (dataOf === undefined || setHandler === undefined) throw new Error('this browser has no MessageEvent.data or MessagePort.onmessage');

const post = (message: FromPerformer): void => void apply(postMessage, scope, [message]);

// One macrotask hop: by the time it runs, every microtask the performer's code queued has run.
const hop = new Channel();
const waiting: (() => void)[] = [];
apply(setHandler, hop.port1, [
  () => {
    const f = waiting.shift();
    if (f !== undefined) f();
  },
]);
const settle = (f: () => void): void => {
  waiting.push(f);
  apply(portPost, hop.port2, [0]);
};

// The DSL's own classes are part of the realm's shape too.
const classes: Record<string, object> = {};
for (const [name, value] of Object.entries(patternModule)) if (typeof value === 'function' && /^[A-Z]/.test(name)) classes[name] = value;

const guard = isolate(globalThis);
let integrity: Integrity | undefined;
// Sucrase, for code with TypeScript syntax: a chunk of weft's own (the policy allows it), loaded
// once the realm has answered its first evaluation, so that it never delays the first sound.
const loadTypes = (done: (types: TypeStripper) => void): void => {
  const loaded = (module: { readonly sucraseStripper: TypeStripper }): void => {
    // Warmed up at once, so that the first evaluation to need it is not slower than the rest.
    module.sucraseStripper.strip('const n: number = 1');
    done(module.sucraseStripper);
  };
  const failed = (error: unknown): void => done(missingStripper(error instanceof Error ? error.message : String(error)));
  apply(then, import('../../eval/strip-types.ts'), [loaded, failed]);
};

const realm = new PerformerRealm({ post, settle, guard, loadTypes, integrity: { full: () => integrity?.full(), quick: () => integrity?.quick() } });
// Warmed up before the shape is recorded: anything the DSL sets up lazily is part of it.
realm.warmUp();
integrity = recordIntegrity(intrinsics(globalThis, classes), Object.keys(classes));

apply(listen, globalThis, [
  'message',
  (event: MessageEvent<unknown>) => {
    const message = readToPerformer(apply(dataOf, event, []));
    if (message !== undefined) realm.receive(message);
  },
]);
post({ type: 'ready' });
