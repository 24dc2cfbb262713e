/**
 * The runtime worker in use and its warm standby. Each worker says when it has loaded; a standby
 * starts only once the worker in use is ready, so that the two do not compete while loading.
 * Messages of any worker but the one in use are ignored, except its `ready`.
 */

/** One runtime worker, and whether it said it is ready. */
export interface Slot {
  readonly worker: Worker;
  ready: boolean;
}

/** How the slots read their workers' messages, and what they tell their owner. */
export interface SlotEvents<M extends { readonly type: string }> {
  /** Reads a worker's message; undefined when it is none (it is ignored). */
  read(data: unknown): M | undefined;
  /** A message of the worker in use (not its `ready`). */
  message(message: M): void;
  /** The worker in use said it is ready. */
  ready(): void;
  /** A worker failed before it was ready (it never will be, and is not watched). */
  failed(message: string): void;
}

/** The worker in use and its standby (see the module comment). */
export class WorkerSlots<M extends { readonly type: string }> {
  private current: Slot;
  private standby: Slot | undefined;
  private generationCount = -1;

  constructor(
    private readonly make: () => Worker,
    private readonly events: SlotEvents<M>,
  ) {
    this.current = this.spawn();
  }

  /** The worker in use. */
  get active(): Slot {
    return this.current;
  }

  /** The generation of the worker in use (0 for the first, one more for each replacement). */
  get generation(): number {
    return this.generationCount;
  }

  /** Puts `slot` (the standby, or a new worker) in use; the next standby waits until it is ready. */
  use(slot: Slot = this.standby ?? this.spawn()): Slot {
    this.generationCount++;
    this.current = slot;
    this.standby = slot.ready ? this.spawn() : undefined;
    return slot;
  }

  /** Ends the worker in use, and puts the standby (or a new worker) in its place. */
  replace(): Slot {
    this.current.worker.terminate();
    return this.use();
  }

  /** Ends both workers. */
  terminate(): void {
    this.current.worker.terminate();
    this.standby?.worker.terminate();
  }

  private spawn(): Slot {
    const slot: Slot = { worker: this.make(), ready: false };
    slot.worker.onmessage = (event: MessageEvent<unknown>) => this.receive(slot, event.data);
    slot.worker.onerror = (event: ErrorEvent) => {
      if (!slot.ready) this.events.failed(event.message);
    };
    return slot;
  }

  private receive(slot: Slot, data: unknown): void {
    const message = this.events.read(data);
    if (message === undefined) return;
    if (message.type === 'ready') {
      slot.ready = true;
      if (slot !== this.current) return;
      this.standby ??= this.spawn();
      this.events.ready();
      return;
    }
    if (slot === this.current) this.events.message(message);
  }
}
