/**
 * The main thread's side of the runtime, the API the editor and the app use. Performer code runs
 * in a worker that talks to the engine worklet directly; this side sends it commands, passes on
 * what it reports, and watches it: a worker that hangs is replaced by a warm standby that
 * restores the last good code and continues in phase, while the worklet plays what it has queued.
 * Four parts do the work: the worker slots (the worker in use and its standby, worker-slot.ts),
 * the outbox (what the worker has not handled yet, outbox.ts), the restarter (the watchdog, and
 * what a replacement restores, restarter.ts) and the mirror (the read-only copy of the worker's
 * store of blocks, mutes and solos, replaced whole by each snapshot, mirror.ts).
 */
import type { Seconds } from '../../audio/index.ts';
import type { ClockNode } from '../../audio/worklet/clock-node.ts';
import type { EngineNode } from '../../audio/worklet/index.ts';
import { readFromRuntime, type CodeError, type FromRuntime, type HapCancel, type RestoreState, type RuntimeSettings, type SoundingHap, type TempoAnchor, type ToRuntime } from './messages.ts';
import { disposedError, Outbox, type EvaluateOptions, type EvaluateResult } from './outbox.ts';
import { StateMirror, type PerformanceState } from './mirror.ts';
import { Restarter, type ClientStatus } from './restarter.ts';
import RuntimeWorker from './runtime-worker.ts?worker-chunk';
import type { WatchdogOptions } from './watchdog.ts';
import { WorkerSlots } from './worker-slot.ts';

export type { ClientStatus } from './restarter.ts';
export type { EvaluateOptions, EvaluateResult } from './outbox.ts';
export type { PerformanceState } from './mirror.ts';

/** How far ahead events are queued by default: long enough to ride out a hung worker's replacement. */
export const DEFAULT_LOOKAHEAD: Seconds = 1;

/** Settings for {@link createRuntime}. */
export interface RuntimeOptions {
  /**
   * The engine to play through: its worklet gets a port of its own for each worker. Only
   * `connectPort` is used, so the runtime may start before the engine exists (messages wait in the
   * port until the worklet takes it).
   */
  readonly engine: Pick<EngineNode, 'connectPort'>;
  /**
   * What stamps the audio clock before the engine does (see `ClockNode`): it gets a port of its
   * own for each worker, so that the runtime's clock runs before the engine's module is added.
   */
  readonly clock?: Pick<ClockNode, 'keepPort'>;
  readonly context: BaseAudioContext;
  /** Default {@link DEFAULT_LOOKAHEAD}. */
  readonly lookahead?: Seconds;
  /** Scheduler tick and heartbeat period. Default 0.05 s. */
  readonly interval?: Seconds;
  readonly watchdog?: WatchdogOptions;
  /** Makes a runtime worker (default: the one Vite bundles from runtime-worker.ts). */
  readonly createWorker?: () => Worker;
}

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
  /** Moves a slider (its id from an evaluation's answer): it plays `value` from the next events sent. */
  slider(id: string, value: number): void;
  /** Follows a room's tempo map in audio time (see the `follow` command); undefined plays on the runtime's own clock again. */
  follow(tempo: readonly TempoAnchor[] | undefined): void;
  /** Sets a MIDI input's value for all code (its key from an evaluation's `midiInputs`): heard from the next events sent. */
  midiIn(key: string, value: number | readonly number[]): void;
  onHaps(callback: (batch: HapBatch) => void): () => void;
  onStatus(callback: (status: ClientStatus) => void): () => void;
  onError(callback: (error: RuntimeError) => void): () => void;
  /** The performance as the worker's store holds it (a read-only mirror, replaced whole by each change). */
  readonly state: PerformanceState;
  /** Calls `callback` with each new {@link Runtime.state}. */
  onState(callback: (state: PerformanceState, previous: PerformanceState) => void): () => void;
  /** The latest status, if any has arrived. */
  status(): ClientStatus | undefined;
  /** Terminates the workers; pending evaluations fail. */
  dispose(): void;
}

const defaultWorker = (): Worker => new RuntimeWorker({ name: 'weft-runtime' });

const hangError = (message: string): RuntimeError => ({ kind: 'hang', message, line: 1, column: 1, from: 0, to: 0 });

/** Starts the runtime: a worker playing through `engine`, and a warm standby. */
export function createRuntime(options: RuntimeOptions): Runtime {
  const { engine, clock, context } = options;
  const settings: RuntimeSettings = {
    lookahead: options.lookahead ?? DEFAULT_LOOKAHEAD,
    interval: options.interval ?? 0.05,
    sampleRate: context.sampleRate,
    blockSize: 128,
  };
  const hapListeners = new Set<(batch: HapBatch) => void>();
  const statusListeners = new Set<(status: ClientStatus) => void>();
  const errorListeners = new Set<(error: RuntimeError) => void>();
  const emitError = (error: RuntimeError): void => {
    for (const listener of errorListeners) listener(error);
  };
  let disposed = false;

  const restarter = new Restarter(() => performance.now(), options.watchdog);
  const mirror = new StateMirror();
  const slots = new WorkerSlots<FromRuntime>(options.createWorker ?? defaultWorker, {
    read: (data) => (disposed ? undefined : readFromRuntime(data)),
    ready: () => restarter.heard(),
    message: (message) => handle(message),
    // A worker that fails to load never says it is ready (and is never watched): say why.
    failed: (message) => {
      if (!disposed) emitError(hangError(`the runtime worker failed to start: ${message}`));
    },
  });
  const post = (message: ToRuntime, transfer: Transferable[] = []): void => slots.active.worker.postMessage(message, transfer);
  const outbox = new Outbox(post);

  /** Puts a worker in use: a fresh port to the worklet, what to restore, and every command it must still handle. */
  function start(restore?: RestoreState): void {
    const channel = new MessageChannel();
    engine.connectPort(channel.port2);
    const ports: { port: MessagePort; clock?: MessagePort } = { port: channel.port1 };
    if (clock !== undefined) {
      const stamps = new MessageChannel();
      clock.keepPort(stamps.port2);
      ports.clock = stamps.port1;
    }
    post({ type: 'init', ...ports, generation: slots.generation, settings, ...(restore === undefined ? {} : { restore }) }, Object.values(ports));
    restarter.watchNew();
    outbox.resend();
  }

  function handle(message: FromRuntime): void {
    switch (message.type) {
      case 'ready':
        return;
      case 'status': {
        const status = restarter.status(message.status);
        // Evaluations wait for their answer: a worker replaced before it answered evaluates them again.
        outbox.handled(message.handled);
        for (const listener of statusListeners) listener(status);
        return;
      }
      case 'evaluating':
        restarter.heard(message.ahead);
        return;
      case 'evaluated':
        restarter.heard();
        if (outbox.answer(message)) restarter.running = true;
        return;
      case 'error':
        restarter.heard();
        outbox.answer(message);
        return;
      case 'haps':
        restarter.heard();
        for (const listener of hapListeners) listener({ cancels: message.cancels, haps: message.haps });
        return;
      case 'queryError': {
        restarter.heard();
        const { type: _type, ...error } = message;
        emitError({ kind: 'query', ...error });
        return;
      }
      case 'snapshot':
        restarter.heard();
        mirror.dispatch({ type: 'snapshot', snapshot: message.snapshot });
        return;
    }
  }

  /** Replaces a hung worker: restore, resend what it never handled or answered. */
  function restart(): void {
    const restart = restarter.restart(mirror.state.snapshot);
    if (restart === undefined) {
      slots.active.worker.terminate();
      emitError(hangError('the runtime could not be restarted'));
      dispose();
      return;
    }
    slots.replace();
    mirror.dispatch({ type: 'restore', snapshot: restart.restore.snapshot });
    start(restart.restore);
    // Reported once the new worker is in place, so that listeners may already use it.
    emitError({ kind: 'hang', ...restart.error });
  }

  const timer = setInterval(() => {
    // A worker is watched once it has loaded (a first load may be slow).
    if (!disposed && slots.active.ready && restarter.hung()) restart();
  }, options.watchdog?.checkInterval ?? 25);

  function dispose(): void {
    if (disposed) return;
    disposed = true;
    clearInterval(timer);
    slots.terminate();
    outbox.dispose();
    hapListeners.clear();
    statusListeners.clear();
    errorListeners.clear();
    mirror.clear();
  }

  const subscribe = <T>(listeners: Set<T>, callback: T): (() => void) => {
    listeners.add(callback);
    return () => listeners.delete(callback);
  };
  const send = (message: ToRuntime): void => {
    if (!disposed) outbox.send(message);
  };

  slots.use(slots.active);
  start();

  return {
    evaluate(code, evaluateOptions = {}) {
      if (disposed) return Promise.resolve({ ok: false, error: disposedError() });
      return outbox.evaluate(code, evaluateOptions, performance.timeOrigin + performance.now());
    },
    mute: (label) => send({ type: 'mute', label }),
    unmute: (label) => send({ type: 'unmute', label }),
    solo: (label) => send({ type: 'solo', label }),
    unsolo: (label) => send(label === undefined ? { type: 'unsolo' } : { type: 'unsolo', label }),
    hush: () => send({ type: 'hush' }),
    stop: () => {
      restarter.running = false;
      send({ type: 'stop' });
    },
    start: () => {
      restarter.running = true;
      send({ type: 'start' });
    },
    setCps: (cps) => send({ type: 'setCps', cps }),
    follow: (tempo) => send(tempo === undefined ? { type: 'follow' } : { type: 'follow', tempo: [...tempo] }),
    slider: (id, value) => send({ type: 'slider', id, value }),
    midiIn: (key, value) => send({ type: 'midiIn', key, value: typeof value === 'number' ? value : [...value] }),
    onHaps: (callback) => subscribe(hapListeners, callback),
    onStatus: (callback) => subscribe(statusListeners, callback),
    onError: (callback) => subscribe(errorListeners, callback),
    get state() {
      return mirror.state;
    },
    onState: (callback) => mirror.subscribe(callback),
    status: () => restarter.current(),
    dispose,
  };
}
