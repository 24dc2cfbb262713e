/**
 * The editor's side of the language service: {@link createIntel} starts the worker (and so loads
 * TypeScript) when called, never before; the app calls it after the first sound. Every method
 * answers asynchronously; nothing here ever delays evaluation.
 */
import { DSL_FILES_URL, DSL_REFERENCE_URL } from './assets.ts';
import {
  readFromIntel,
  type IntelCompletions, type IntelDiagnostic, type IntelHover, type IntelInit, type IntelRequest, type IntelRequests, type IntelRequestType,
  type IntelSignatureHelp,
} from './protocol.ts';

/** The language service, answering about a piece of performer code. */
export interface IntelClient {
  /** Settles when the service has loaded and warmed up (with its cold start time), or failed to. */
  readonly ready: Promise<{ readonly coldStartMs: number }>;
  /** Type errors (warnings), syntax errors and mini-notation problems. */
  diagnostics(code: string): Promise<IntelDiagnostic[]>;
  /** Completions at `pos`: DSL names, methods after a `.`, or names inside a mini-notation string. */
  completions(code: string, pos: number, explicit?: boolean): Promise<IntelCompletions | null>;
  /** The signature and docs of the name at `pos`. */
  hover(code: string, pos: number): Promise<IntelHover | null>;
  /** The signatures of the call around `pos`, and which argument `pos` is in. */
  signatureHelp(code: string, pos: number): Promise<IntelSignatureHelp | null>;
  /** Stops the worker; pending requests fail. */
  dispose(): void;
}

/** Options for {@link createIntel}; the defaults suit the app. */
export interface IntelOptions {
  /** More sound names to complete inside `s("...")` (e.g. loaded samples). */
  readonly sounds?: readonly string[];
  /** Makes the worker (tests may pass their own). */
  readonly createWorker?: () => Worker;
  readonly filesUrl?: string;
  readonly referenceUrl?: string;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'weft-intel' });
}

/** Starts the language service in its worker and returns its client. */
export function createIntel(options: IntelOptions = {}): IntelClient {
  const worker = (options.createWorker ?? defaultWorker)();
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let broken: Error | undefined;

  let markReady: (value: { coldStartMs: number }) => void = () => {};
  let markBroken: (error: Error) => void = () => {};
  const ready = new Promise<{ coldStartMs: number }>((resolve, reject) => {
    markReady = resolve;
    markBroken = reject;
  });
  // A failed start is reported through `ready` and every request; this keeps it from going unhandled.
  ready.catch(() => {});

  const fail = (error: Error): void => {
    broken = error;
    markBroken(error);
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  worker.onmessage = (event: MessageEvent<unknown>) => {
    const message = readFromIntel(event.data);
    switch (message?.type) {
      case 'ready': return markReady({ coldStartMs: message.coldStartMs });
      case 'broken': return fail(new Error(`the language service could not start: ${message.message}`));
      case 'result':
      case 'failure': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.type === 'result') waiting?.resolve(message.result);
        else waiting?.reject(new Error(message.message));
        return;
      }
    }
  };
  worker.onerror = (event) => fail(new Error(`the language service's worker failed: ${event.message}`));

  const init: IntelInit = {
    type: 'init',
    filesUrl: options.filesUrl ?? DSL_FILES_URL,
    referenceUrl: options.referenceUrl ?? DSL_REFERENCE_URL,
    sounds: [...(options.sounds ?? [])],
  };
  worker.postMessage(init);

  function request<K extends IntelRequestType>(type: K, args: IntelRequests[K]['args']): Promise<IntelRequests[K]['result']> {
    if (broken !== undefined) return Promise.reject(broken);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      // The worker answers request `id` with the result type of `type`: the protocol's one unchecked step.
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, type, ...args } as IntelRequest);
    });
  }

  return {
    ready,
    diagnostics: (code) => request('diagnostics', { code }),
    completions: (code, pos, explicit = false) => request('completions', { code, pos, explicit }),
    hover: (code, pos) => request('hover', { code, pos }),
    signatureHelp: (code, pos) => request('signatureHelp', { code, pos }),
    dispose() {
      worker.terminate();
      fail(new Error('the language service was stopped'));
    },
  };
}
