/**
 * The runtime's side of the performer realm: a worker running the performer's code, asked to
 * evaluate and to query, one request at a time, and watched. A realm that does not answer in
 * time, that says it was damaged, or that says anything malformed is thrown away; a warm spare
 * takes over, first evaluating again the code still played, then the requests that were waiting.
 * The runtime is told what the old realm was doing, to blame it.
 */
import { readFromPerformer, type FromPerformer, type ToPerformer } from '../performer/protocol.ts';

/** A performer realm as the runtime sees it: where to post, and how to end it. */
export interface PerformerWorker {
  post(message: ToPerformer): void;
  terminate(): void;
}

/** Starts a performer realm whose messages go to `receive`; `failed` if it cannot start. */
export type SpawnPerformer = (receive: (data: unknown) => void, failed: (message: string) => void) => PerformerWorker;

/** What the realm was doing when it had to be replaced. */
export type Blame =
  | { readonly kind: 'evaluate'; readonly id: number }
  | { readonly kind: 'query'; readonly entry: number; readonly index: number }
  | { readonly kind: 'unknown' };

/** Why a realm was replaced. */
export type Replaced =
  | { readonly kind: 'hang'; readonly blame: Blame; readonly ms: number }
  | { readonly kind: 'damaged'; readonly blame: Blame; readonly what: string }
  | { readonly kind: 'broken'; readonly blame: Blame; readonly what: string };

type Reply<K extends FromPerformer['type']> = Extract<FromPerformer, { type: K }>;

/** An evaluation's outcome: the realm's answer, or the reason it never came. */
export type EvaluateOutcome = Reply<'evaluated'> | Reply<'failed'> | { readonly type: 'replaced'; readonly why: Replaced };
export type FillOutcome = Reply<'filled'> | { readonly type: 'lost' };
export type RestoreOutcome = Reply<'restored'> | { readonly type: 'lost' };

interface Request {
  readonly message: ToPerformer;
  /** The longest the realm may take to answer it, from when it can start on it (ms). */
  readonly limit: number;
  settle(reply: FromPerformer | undefined, why?: Replaced): void;
}

interface Slot {
  readonly worker: PerformerWorker;
  ready: boolean;
  /** When it was started (ms). */
  readonly since: number;
}

/** A realm that has not said it is ready this long after it was started (ms) is replaced. */
export const STARTUP_LIMIT = 20_000;

/** Settings of a {@link PerformerLink}. */
export interface PerformerLinkOptions {
  readonly spawn: SpawnPerformer;
  /** Milliseconds of a monotonic clock. */
  readonly now: () => number;
  /** The longest an evaluation of `code` may take before its realm counts as hung (ms). */
  readonly evaluationLimit: (code: string) => number;
  /** The longest a batch of `queries` queries may take (ms). */
  readonly fillLimit: (queries: number) => number;
  /** What a new realm must evaluate before anything else: the code whose patterns still play. */
  readonly entries: () => { id: number; code: string }[];
  readonly cps: () => number;
  /** Called when a realm was replaced, before the new one restores (so the culprit can be left out). */
  readonly onReplaced: (why: Replaced) => void;
  /** Called with the restored evaluations that a new realm could not evaluate again. */
  readonly onRestoreFailed: (entries: number[]) => void;
}

/** The performer realm in use, its spare, and the requests it has not answered. */
export class PerformerLink {
  private readonly options: PerformerLinkOptions;
  /** The realm in use; none until {@link start} (a standby runtime starts none). */
  private slot: Slot | undefined;
  private spare: Slot | undefined;
  /** Where the sliders of the evaluations held have been moved, by `entry:index`. */
  private readonly sliders = new Map<string, { entry: number; index: number; value: number }>();
  /** The MIDI inputs' latest values, by key (for every evaluation), and which evaluations listen to each. */
  private readonly midiValues = new Map<string, number | number[]>();
  private readonly listening = new Map<number, ReadonlySet<string>>();
  private queue: Request[] = [];
  /** When the realm could start on the request at the head of the queue (ms). */
  private headSince: number;
  private blame: Blame = { kind: 'unknown' };
  private seq = 0;
  private disposed = false;
  /** How many realms were replaced. */
  replacements = 0;

  constructor(options: PerformerLinkOptions) {
    this.options = options;
    this.headSince = options.now();
  }

  /** Starts the first realm (done by the first request otherwise). */
  start(): void {
    this.slot ??= this.spawn();
  }

  private get active(): Slot {
    return (this.slot ??= this.spawn());
  }

  private set active(slot: Slot) {
    this.slot = slot;
  }

  /** Evaluates `code` as entry `id` and checks its patterns over `window`. */
  evaluate(message: Omit<Extract<ToPerformer, { type: 'evaluate' }>, 'type'>, done: (outcome: EvaluateOutcome) => void): void {
    this.request({ type: 'evaluate', ...message }, this.options.evaluationLimit(message.code), (reply, why) => {
      if (reply?.type === 'evaluated' && reply.midiInputs.length > 0) this.listening.set(message.id, new Set(reply.midiInputs.map((input) => input.key)));
      if (reply?.type === 'evaluated' || reply?.type === 'failed') done(reply);
      else done({ type: 'replaced', why: why ?? { kind: 'broken', blame: { kind: 'evaluate', id: message.id }, what: 'no answer' } });
    });
  }

  /** Queries patterns the realm holds; `done` gets one result per query, in order (or nothing if lost). */
  fill(queries: Extract<ToPerformer, { type: 'fill' }>['queries'], done: (outcome: FillOutcome) => void): void {
    this.request({ type: 'fill', seq: ++this.seq, queries }, this.options.fillLimit(queries.length), (reply) => {
      done(reply?.type === 'filled' ? reply : { type: 'lost' });
    });
  }

  /** Has the realm evaluate again code another realm held (for a restored performance). */
  restore(entries: { id: number; code: string }[], cps: number, done: (outcome: RestoreOutcome) => void): void {
    const limit = entries.reduce((sum, e) => sum + this.options.evaluationLimit(e.code), 0);
    this.request({ type: 'restore', seq: ++this.seq, cps, entries }, limit, (reply) => {
      done(reply?.type === 'restored' ? reply : { type: 'lost' });
    });
  }

  /** Lets the realm forget evaluations nothing plays any more. */
  forget(entries: number[]): void {
    for (const [key, slider] of this.sliders) if (entries.includes(slider.entry)) this.sliders.delete(key);
    for (const entry of entries) this.listening.delete(entry);
    if (entries.length > 0 && this.slot !== undefined) this.slot.worker.post({ type: 'forget', entries });
  }

  /**
   * Sets a slider of an evaluation the realm holds (its next queries play the value); a realm
   * that replaces this one gets it too, after evaluating the code again.
   */
  slider(entry: number, index: number, value: number): void {
    this.sliders.set(`${entry}:${index}`, { entry, index, value });
    this.slot?.worker.post({ type: 'slider', entry, index, value });
  }

  /**
   * Sets a MIDI input's value for every evaluation (a realm that replaces this one gets it too);
   * returns the evaluations held that listen to it, whose patterns now play other values.
   */
  midiIn(key: string, value: number | number[]): number[] {
    this.midiValues.set(key, value);
    this.slot?.worker.post({ type: 'midiIn', key, value });
    return [...this.listening].filter(([, keys]) => keys.has(key)).map(([entry]) => entry);
  }

  /** Replaces a realm that has taken too long (call every tick). */
  check(): void {
    const head = this.queue[0];
    if (this.slot === undefined || this.disposed) return;
    if (!this.slot.ready) {
      if (this.options.now() - this.slot.since > STARTUP_LIMIT) this.replace({ kind: 'broken', blame: { kind: 'unknown' }, what: 'the performer realm did not start' });
      return;
    }
    if (head === undefined) return;
    const waited = this.options.now() - Math.max(this.headSince, 0);
    if (waited > head.limit) this.replace({ kind: 'hang', blame: this.blameFor(head), ms: Math.round(waited) });
  }

  /** True while requests wait for an answer. */
  get busy(): boolean {
    return this.queue.length > 0;
  }

  dispose(): void {
    this.disposed = true;
    this.slot?.worker.terminate();
    this.spare?.worker.terminate();
  }

  private request(message: ToPerformer, limit: number, settle: Request['settle']): void {
    if (this.queue.length === 0) this.headSince = this.options.now();
    this.queue.push({ message, limit, settle });
    this.active.worker.post(message);
  }

  private spawn(): Slot {
    const slot: Slot = {
      ready: false,
      since: this.options.now(),
      worker: this.options.spawn(
        (data) => this.receive(slot, data),
        () => {
          // A realm that cannot start is replaced like one that hangs (the limit is its own).
          if (slot === this.slot) this.replace({ kind: 'broken', blame: { kind: 'unknown' }, what: 'the performer realm failed to start' });
        },
      ),
    };
    return slot;
  }

  private receive(slot: Slot, data: unknown): void {
    if (this.disposed) return;
    if (slot !== this.slot) {
      if (slot === this.spare && readFromPerformer(data)?.type === 'ready') slot.ready = true;
      return;
    }
    const message = readFromPerformer(data);
    if (message === undefined) {
      this.replace({ kind: 'broken', blame: this.blameFor(this.queue[0]), what: 'the performer realm sent something malformed' });
      return;
    }
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        if (this.queue.length > 0) this.headSince = this.options.now();
        this.spare ??= this.spawn();
        return;
      case 'busy':
        this.blame = message.id !== undefined ? { kind: 'evaluate', id: message.id } : message.entry !== undefined && message.index !== undefined ? { kind: 'query', entry: message.entry, index: message.index } : { kind: 'unknown' };
        return;
      case 'damaged': {
        const { during } = message;
        const blame: Blame = during.kind === 'evaluate'
          ? { kind: 'evaluate', id: during.id }
          : during.entry !== undefined && during.index !== undefined ? { kind: 'query', entry: during.entry, index: during.index } : { kind: 'unknown' };
        this.replace({ kind: 'damaged', blame, what: message.what });
        return;
      }
      default:
        this.answer(message);
    }
  }

  /** Settles the request at the head of the queue with its answer (an answer to anything else breaks the realm). */
  private answer(reply: Exclude<FromPerformer, { type: 'ready' | 'busy' | 'damaged' }>): void {
    const head = this.queue[0];
    const m = head?.message;
    const matches = m !== undefined && (
      ((reply.type === 'evaluated' || reply.type === 'failed') && m.type === 'evaluate' && m.id === reply.id) ||
      (reply.type === 'filled' && m.type === 'fill' && m.seq === reply.seq) ||
      (reply.type === 'restored' && m.type === 'restore' && m.seq === reply.seq)
    );
    if (!matches || head === undefined) {
      this.replace({ kind: 'broken', blame: this.blameFor(head), what: 'the performer realm answered out of turn' });
      return;
    }
    this.queue.shift();
    this.headSince = this.options.now();
    this.blame = { kind: 'unknown' };
    head.settle(reply);
  }

  private blameFor(request: Request | undefined): Blame {
    if (this.blame.kind !== 'unknown') return this.blame;
    const m = request?.message;
    if (m?.type === 'evaluate') return { kind: 'evaluate', id: m.id };
    if (m?.type === 'fill' && m.queries.length === 1) return { kind: 'query', entry: m.queries[0]!.entry, index: m.queries[0]!.index };
    return { kind: 'unknown' };
  }

  /**
   * Throws the realm away: the request it was on fails, queries waiting are dropped (they are
   * asked again), evaluations waiting are sent again to the new realm after it has restored.
   */
  private replace(why: Replaced): void {
    if (this.disposed) return;
    this.replacements++;
    this.active.worker.terminate();
    const [head, ...rest] = this.queue;
    this.queue = [];
    this.blame = { kind: 'unknown' };
    head?.settle(undefined, why);
    for (const r of rest) if (r.message.type !== 'evaluate') r.settle(undefined, why);
    this.options.onReplaced(why);
    this.active = this.spare ?? this.spawn();
    this.spare = undefined;
    if (this.active.ready) this.spare = this.spawn();
    this.headSince = this.options.now();
    // The MIDI inputs where they are, before the code that reads them is evaluated again.
    for (const [key, value] of this.midiValues) this.active.worker.post({ type: 'midiIn', key, value });
    const entries = this.options.entries();
    const restoreLimit = entries.reduce((sum, e) => sum + this.options.evaluationLimit(e.code), 0);
    this.request({ type: 'restore', seq: ++this.seq, cps: this.options.cps(), entries }, restoreLimit, (reply) => {
      if (reply?.type === 'restored' && reply.failed.length > 0) this.options.onRestoreFailed(reply.failed);
    });
    // Handled after the restore, in order: the code's sliders where the performer left them.
    for (const slider of this.sliders.values()) this.active.worker.post({ type: 'slider', ...slider });
    for (const r of rest) if (r.message.type === 'evaluate') this.request(r.message, r.limit, r.settle);
  }
}
