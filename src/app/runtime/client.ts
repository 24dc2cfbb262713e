/// <reference types="vite/client" />
/**
 * The main thread's side of the runtime, the API the editor and the app use. Performer code runs
 * in a worker that talks to the engine worklet directly; this side sends it commands, passes on
 * what it reports, and watches it: a worker that hangs is replaced by a warm standby that
 * restores the last good code and continues in phase, while the worklet plays what it has queued.
 */
import type { SampleDeclaration } from '../../audio/index.ts';
import RuntimeWorker from './runtime-worker.ts?worker-chunk';
import type { Seconds } from '../../audio/index.ts';
import type { EngineNode } from '../../audio/worklet/index.ts';
import {
  readFromRuntime,
  type BlockInfo,
  type BlockRange,
  type CodeError,
  type EvaluateCommand,
  type FromRuntime,
  type HapCancel,
  type RestoreState,
  type RuntimeSettings,
  type RuntimeStatus,
  type Snapshot,
  type SoundingHap,
  type ToRuntime,
} from './messages.ts';
import { MAX_RESTARTS, Watchdog, recover, type WatchdogOptions } from './watchdog.ts';

/** How far ahead events are queued by default: long enough to ride out a hung worker's replacement. */
export const DEFAULT_LOOKAHEAD: Seconds = 1;

/** Settings for {@link createRuntime}. */
export interface RuntimeOptions {
  /** The engine to play through (its worklet gets a port of its own for each worker). */
  readonly engine: EngineNode;
  readonly context: BaseAudioContext;
  /** Default {@link DEFAULT_LOOKAHEAD}. */
  readonly lookahead?: Seconds;
  /** Scheduler tick and heartbeat period. Default 0.05 s. */
  readonly interval?: Seconds;
  readonly watchdog?: WatchdogOptions;
  /** Makes a runtime worker (default: the one Vite bundles from runtime-worker.ts). */
  readonly createWorker?: () => Worker;
}

/** Per-evaluation options. */
export interface EvaluateOptions {
  /** Evaluate one block of the document (Alt+Enter) rather than the whole of it. */
  readonly block?: BlockRange;
  /** Swap at the next cycle start instead of within one audio block. */
  readonly quantize?: boolean;
}

/** What an evaluation gave: the blocks it set, or the error (nothing changed then). */
export type EvaluateResult =
  | {
      readonly ok: true;
      readonly blocks: readonly BlockInfo[];
      readonly cps: number;
      /** The audio time from which the new code is heard. */
      readonly swapTime?: Seconds;
      /** Milliseconds from the call to the first new event posted to the worklet. */
      readonly latency?: number;
      /** The samples the code declared with `samples(...)`, for the app's sample loader. */
      readonly samples: readonly SampleDeclaration[];
    }
  | { readonly ok: false; readonly error: CodeError };

/** An error that no evaluation returned: a pattern failing at a later cycle, or a worker that hung. */
export interface RuntimeError extends CodeError {
  readonly kind: 'query' | 'hang';
  /** The block at fault, when known. */
  readonly label?: string;
  /** For a query error: what the block plays now. */
  readonly reverted?: 'previous' | 'silence';
}

/** Scheduled haps, with earlier ones that will not sound after all (apply `cancels` first). */
export interface HapBatch {
  readonly cancels: readonly HapCancel[];
  readonly haps: readonly SoundingHap[];
}

/** The runtime's status: the worker's, with counts kept across restarts. */
export interface ClientStatus extends RuntimeStatus {
  readonly restarts: number;
}

/** The performance's controls, for the editor and the app. */
export interface Runtime {
  evaluate(code: string, options?: EvaluateOptions): Promise<EvaluateResult>;
  mute(label: string): void;
  unmute(label: string): void;
  solo(label: string): void;
  /** Ends the solo of one block, or of all. */
  unsolo(label?: string): void;
  /** Silences everything at once and forgets every block; the clock runs on. */
  hush(): void;
  /** Stops the clock (sounding notes ring out). */
  stop(): void;
  /** Starts the clock from cycle 0 (evaluating starts it too). */
  start(): void;
  setCps(cps: number): void;
  onHaps(callback: (batch: HapBatch) => void): () => void;
  onStatus(callback: (status: ClientStatus) => void): () => void;
  onError(callback: (error: RuntimeError) => void): () => void;
  /** The latest status, if any has arrived. */
  status(): ClientStatus | undefined;
  /** Terminates the workers; pending evaluations fail. */
  dispose(): void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
}

interface Pending {
  readonly message: EvaluateCommand;
  readonly calledAt: number;
  readonly resolve: (result: EvaluateResult) => void;
}

const EMPTY: Snapshot = { entries: [], blocks: [], mutes: [], solos: [] };
/** Restarts closer together than this count as "in a row". */
const RESTART_WINDOW = 5000;

const defaultWorker = (): Worker => new RuntimeWorker({ name: 'weft-runtime' });

/** Starts the runtime: a worker playing through `engine`, and a warm standby. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const { engine, context } = options;
  const makeWorker = options.createWorker ?? defaultWorker;
  const settings: RuntimeSettings = {
    lookahead: options.lookahead ?? DEFAULT_LOOKAHEAD,
    interval: options.interval ?? 0.05,
    sampleRate: context.sampleRate,
    blockSize: 128,
  };
  const checkInterval = options.watchdog?.checkInterval ?? 25;
  const hapListeners = new Set<(batch: HapBatch) => void>();
  const statusListeners = new Set<(status: ClientStatus) => void>();
  const errorListeners = new Set<(error: RuntimeError) => void>();
  const pending = new Map<number, Pending>();
  /** Commands sent to the active worker that it has not said it handled, in order. */
  let outbox: { seq: number; message: ToRuntime }[] = [];
  let seq = 0;
  let nextId = 1;
  let generation = -1;
  let active: Slot;
  let standby: Slot | undefined;
  let watchdog = new Watchdog(performance.now(), options.watchdog);
  let snapshot: Snapshot = EMPTY;
  let latest: RuntimeStatus | undefined;
  let wantRunning = false;
  let restartTimes: number[] = [];
  let restarts = 0;
  const base = { eventsScheduled: 0, eventsLate: 0, realmsReplaced: 0 };
  let disposed = false;

  const epoch = (): number => performance.timeOrigin + performance.now();
  const emitError = (error: RuntimeError): void => {
    for (const listener of errorListeners) listener(error);
  };
  const clientStatus = (status: RuntimeStatus): ClientStatus => ({
    ...status,
    eventsScheduled: base.eventsScheduled + status.eventsScheduled,
    eventsLate: base.eventsLate + status.eventsLate,
    realmsReplaced: base.realmsReplaced + status.realmsReplaced,
    restarts,
  });

  function spawn(): Slot {
    const slot: Slot = { worker: makeWorker(), ready: false };
    slot.worker.onmessage = (event: MessageEvent<unknown>) => receive(slot, event.data);
    slot.worker.onerror = (event: ErrorEvent) => {
      // A worker that fails to load never says it is ready (and is never watched): say why.
      if (!slot.ready && !disposed) emitError({ kind: 'hang', message: `the runtime worker failed to start: ${event.message}`, line: 1, column: 1, from: 0, to: 0 });
    };
    return slot;
  }

  function post(message: ToRuntime, transfer: Transferable[] = []): void {
    active.worker.postMessage(message, transfer);
  }

  function send(message: ToRuntime): void {
    outbox.push({ seq: ++seq, message });
    post(message);
  }

  /** Makes `slot` the active worker: a fresh port to the worklet, and what to restore. */
  function activate(slot: Slot, restore?: RestoreState): void {
    generation++;
    active = slot;
    const channel = new MessageChannel();
    engine.connectPort(channel.port2);
    post({ type: 'init', port: channel.port1, generation, settings, ...(restore === undefined ? {} : { restore }) }, [channel.port1]);
    watchdog = new Watchdog(performance.now(), options.watchdog);
    const resend = outbox;
    outbox = [];
    seq = 0;
    for (const { message } of resend) send(message);
    // The next standby loads once this worker is ready, so that the two do not compete meanwhile.
    standby = undefined;
    if (slot.ready) standby = spawn();
  }

  function receive(slot: Slot, data: unknown): void {
    if (disposed) return;
    const message = readFromRuntime(data);
    if (message === undefined) return;
    if (message.type === 'ready') {
      slot.ready = true;
      if (slot === active) {
        watchdog.heard(performance.now());
        standby ??= spawn();
      }
      return;
    }
    if (slot !== active) return;
    handle(message);
  }

  function handle(message: Exclude<FromRuntime, { type: 'ready' }>): void {
    const now = performance.now();
    switch (message.type) {
      case 'status':
        watchdog.heard(now, message.status.ahead);
        latest = message.status;
        // Evaluations wait for their answer: a worker replaced before it answered evaluates them again.
        outbox = outbox.filter((o) => o.seq > message.handled || (o.message.type === 'evaluate' && pending.has(o.message.id)));
        for (const listener of statusListeners) listener(clientStatus(message.status));
        return;
      case 'evaluating':
        watchdog.heard(now, message.ahead);
        return;
      case 'evaluated': {
        watchdog.heard(now);
        const call = settle(message.id);
        if (call === undefined) return;
        wantRunning = true;
        const result: { ok: true; blocks: BlockInfo[]; cps: number; swapTime?: Seconds; latency?: number; samples: SampleDeclaration[] } = {
          ok: true,
          blocks: message.blocks,
          cps: message.cps,
          samples: message.samples,
        };
        if (message.swapTime !== undefined) result.swapTime = message.swapTime;
        if (message.firstEvent !== undefined) result.latency = message.firstEvent - call.calledAt;
        call.resolve(result);
        return;
      }
      case 'error': {
        watchdog.heard(now);
        const { type: _type, id, ...error } = message;
        settle(id)?.resolve({ ok: false, error });
        return;
      }
      case 'haps':
        watchdog.heard(now);
        for (const listener of hapListeners) listener({ cancels: message.cancels, haps: message.haps });
        return;
      case 'queryError': {
        watchdog.heard(now);
        const { type: _type, ...error } = message;
        emitError({ kind: 'query', ...error });
        return;
      }
      case 'snapshot':
        watchdog.heard(now);
        snapshot = message.snapshot;
        return;
    }
  }

  function settle(id: number): Pending | undefined {
    const call = pending.get(id);
    pending.delete(id);
    outbox = outbox.filter((o) => !(o.message.type === 'evaluate' && o.message.id === id));
    return call;
  }

  /** Replaces a hung worker: restore, resend what it never handled or answered. */
  function restart(): void {
    const now = performance.now();
    restartTimes = restartTimes.filter((t) => now - t < RESTART_WINDOW);
    const recovery = recover({ snapshot, recentRestarts: restartTimes.length });
    restartTimes.push(now);
    restarts++;
    active.worker.terminate();
    if (latest !== undefined) {
      base.eventsScheduled += latest.eventsScheduled;
      base.eventsLate += latest.eventsLate;
      base.realmsReplaced += latest.realmsReplaced;
    }
    snapshot = recovery.snapshot;
    const restore: RestoreState = {
      snapshot,
      running: wantRunning,
      cps: latest?.cps ?? 0.5,
      ...(latest === undefined ? {} : { tempo: latest.tempo }),
    };
    latest = undefined;
    if (restartTimes.length > 2 * MAX_RESTARTS) {
      emitError({ kind: 'hang', message: 'the runtime could not be restarted', line: 1, column: 1, from: 0, to: 0 });
      dispose();
      return;
    }
    activate(standby ?? spawn(), restore);
    // Reported once the new worker is in place, so that listeners may already use it.
    emitError({ kind: 'hang', ...recovery.error });
  }

  const timer = setInterval(() => {
    // A worker is watched once it has loaded (a first load may be slow).
    if (!disposed && active.ready && watchdog.check(performance.now())) restart();
  }, checkInterval);

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    clearInterval(timer);
    active.worker.terminate();
    standby?.worker.terminate();
    for (const call of pending.values()) call.resolve({ ok: false, error: { message: 'the runtime was disposed', line: 1, column: 1, from: 0, to: 0 } });
    pending.clear();
    hapListeners.clear();
    statusListeners.clear();
    errorListeners.clear();
  }

  const subscribe = <T>(listeners: Set<T>, callback: T): (() => void) => {
    listeners.add(callback);
    return () => listeners.delete(callback);
  };

  active = spawn();
  activate(active);

  return {
    evaluate(code, evaluateOptions = {}) {
      if (disposed) return Promise.resolve({ ok: false, error: { message: 'the runtime was disposed', line: 1, column: 1, from: 0, to: 0 } });
      const message: EvaluateCommand = { type: 'evaluate', id: nextId++, code };
      if (evaluateOptions.block !== undefined) message.block = evaluateOptions.block;
      if (evaluateOptions.quantize !== undefined) message.quantize = evaluateOptions.quantize;
      return new Promise((resolve) => {
        pending.set(message.id, { message, calledAt: epoch(), resolve });
        send(message);
      });
    },
    mute: (label) => send({ type: 'mute', label }),
    unmute: (label) => send({ type: 'unmute', label }),
    solo: (label) => send({ type: 'solo', label }),
    unsolo: (label) => send(label === undefined ? { type: 'unsolo' } : { type: 'unsolo', label }),
    hush: () => send({ type: 'hush' }),
    stop: () => {
      wantRunning = false;
      send({ type: 'stop' });
    },
    start: () => {
      wantRunning = true;
      send({ type: 'start' });
    },
    setCps: (cps) => send({ type: 'setCps', cps }),
    onHaps: (callback) => subscribe(hapListeners, callback),
    onStatus: (callback) => subscribe(statusListeners, callback),
    onError: (callback) => subscribe(errorListeners, callback),
    status: () => (latest === undefined ? undefined : clientStatus(latest)),
    dispose,
  };
}
