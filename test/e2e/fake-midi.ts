// A Web MIDI implementation injected into the page (there is no MIDI hardware here): outputs that
// record every send with its data, timestamp and the page's clock when it was sent; inputs that
// the test feeds with `window.fakeMidi.receive(name, data, timeStamp?)`. Install it on a context
// before the page opens.
import type { BrowserContext, Page } from 'playwright-core';

/** The ports the fake offers, and whether its outputs have `clear()` (Firefox's do; Chromium's do not). */
export interface FakeMidiOptions {
  readonly outputs?: readonly string[];
  readonly inputs?: readonly string[];
  readonly clear?: boolean;
}

/**
 * One recorded `send`: the port, the bytes, the timestamp given (ms, undefined: at once),
 * `performance.now()` at the call, and whether a `clear()` withdrew it before its time.
 */
export interface SentMidi {
  readonly port: string;
  readonly data: number[];
  readonly timestamp: number | undefined;
  readonly sentAt: number;
  /** The audio time weft's output clock maps the timestamp to, at the moment of the send (`window.weft.audioTimeAt`). */
  readonly audioAt: number | undefined;
  withdrawn?: true;
}

declare global {
  interface Window {
    fakeMidi?: {
      sent: SentMidi[];
      cleared: { port: string; at: number }[];
      receive(input: string, data: number[], timeStamp?: number): void;
      connect(kind: 'input' | 'output', name: string): void;
      disconnect(name: string): void;
    };
  }
}

function install(options: Required<FakeMidiOptions>): void {
  const sent: SentMidi[] = [];
  const cleared: { port: string; at: number }[] = [];
  const access = new EventTarget() as EventTarget & { inputs: Map<string, unknown>; outputs: Map<string, unknown>; sysexEnabled: boolean };
  access.inputs = new Map();
  access.outputs = new Map();
  access.sysexEnabled = false;
  let ids = 0;
  const port = (kind: 'input' | 'output', name: string): EventTarget & Record<string, unknown> => {
    const p = new EventTarget() as EventTarget & Record<string, unknown>;
    Object.assign(p, { id: `${kind}-${++ids}`, name, manufacturer: 'weft test', type: kind, state: 'connected', connection: 'open', version: '1' });
    p.open = () => Promise.resolve(p);
    p.close = () => Promise.resolve(p);
    if (kind === 'output') {
      p.send = (data: number[] | Uint8Array, timestamp?: number) => {
        const audioAt = timestamp === undefined ? undefined : (window as { weft?: { audioTimeAt?: (ms: number) => number | undefined } }).weft?.audioTimeAt?.(timestamp);
        sent.push({ port: name, data: Array.from(data), timestamp, sentAt: performance.now(), audioAt });
      };
      if (options.clear) {
        p.clear = () => {
          const now = performance.now();
          cleared.push({ port: name, at: now });
          for (const m of sent) if (m.port === name && (m.timestamp ?? 0) > now) m.withdrawn = true;
        };
      }
    } else {
      let handler: ((e: unknown) => void) | null = null;
      Object.defineProperty(p, 'onmidimessage', { get: () => handler, set: (h: ((e: unknown) => void) | null) => (handler = h) });
    }
    return p;
  };
  const changed = (p: unknown): void => {
    const e = new Event('statechange');
    Object.defineProperty(e, 'port', { value: p });
    access.dispatchEvent(e);
  };
  const connect = (kind: 'input' | 'output', name: string): void => {
    const p = port(kind, name);
    (kind === 'input' ? access.inputs : access.outputs).set(p.id as string, p);
    changed(p);
  };
  for (const name of options.outputs) connect('output', name);
  for (const name of options.inputs) connect('input', name);
  Object.defineProperty(navigator, 'requestMIDIAccess', { value: () => Promise.resolve(access), configurable: true });
  window.fakeMidi = {
    sent,
    cleared,
    connect,
    disconnect(name) {
      for (const map of [access.inputs, access.outputs]) {
        for (const [id, p] of map) {
          if ((p as { name: string }).name !== name) continue;
          map.delete(id);
          (p as { state: string }).state = 'disconnected';
          changed(p);
        }
      }
    },
    receive(input, data, timeStamp = performance.now()) {
      for (const p of access.inputs.values()) {
        const target = p as EventTarget & { name: string; onmidimessage: ((e: unknown) => void) | null };
        if (target.name !== input) continue;
        const e = new Event('midimessage');
        Object.defineProperty(e, 'data', { value: Uint8Array.from(data) });
        Object.defineProperty(e, 'timeStamp', { value: timeStamp });
        target.onmidimessage?.(e);
        target.dispatchEvent(e);
      }
    },
  };
}

/** Injects the fake into every page of `context` opened from now on. */
export async function installFakeMidi(context: BrowserContext, options: FakeMidiOptions = {}): Promise<void> {
  await context.addInitScript(install, { outputs: options.outputs ?? ['weft test out'], inputs: options.inputs ?? ['weft test in'], clear: options.clear ?? true });
}

/** Every send recorded so far in `page`. */
export function sentMidi(page: Page): Promise<SentMidi[]> {
  return page.evaluate(() => window.fakeMidi!.sent.slice());
}
