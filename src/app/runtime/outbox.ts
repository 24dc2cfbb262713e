/**
 * The commands sent to the runtime worker that it has not said it handled, in order, and the
 * evaluations that wait for their answer: a worker that replaces a hung one is sent them again.
 */
import type { SampleDeclaration, Seconds } from '../../audio/index.ts';
import type { BlockInfo, BlockRange, CodeError, EvaluateCommand, FromRuntime, ToRuntime } from './messages.ts';
import type { PlainEvaluationWarning as EvaluationWarning, PlainMidiInRequest, PlainSlider, PlainVisualRequest as VisualRequest } from '../performer/protocol.ts';

/** Per-evaluation options. */
export interface EvaluateOptions {
  /** Evaluate one block of the document (Alt+Enter) rather than the whole of it. */
  readonly block?: BlockRange;
  /** Swap at the next cycle start instead of within one audio block. */
  readonly quantize?: boolean;
  /** The cycle it plays from: a room's evaluation, swapped at the same cycle on every peer (overrides `quantize`). */
  readonly cycle?: number;
  /** A name for the evaluation, unique to the caller, that the haps of its code carry (`SoundingHap.key`). */
  readonly key?: string;
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
      /** The visuals the code asks for, their calls in document offsets. */
      readonly visuals: readonly VisualRequest[];
      /** What the code asks for that is not heard or drawn, in document offsets. */
      readonly warnings: readonly EvaluationWarning[];
      /** The code's sliders, in document offsets, with the ids that move them (`Runtime.slider`). */
      readonly sliders: readonly (PlainSlider & { readonly id: string })[];
      /** The MIDI inputs the code listens to, their `midin` calls in document offsets, with the keys that set them (`Runtime.midiIn`). */
      readonly midiInputs: readonly PlainMidiInRequest[];
    }
  | { readonly ok: false; readonly error: CodeError };

interface Pending {
  /** When it was asked for (ms since the epoch, as the worker's `firstEvent`). */
  readonly calledAt: number;
  readonly resolve: (result: EvaluateResult) => void;
}

/** The error of an evaluation that can no longer be answered. */
export const disposedError = (): CodeError => ({ message: 'the runtime was disposed', line: 1, column: 1, from: 0, to: 0 });

/** Commands on their way to the worker in use (see the module comment). */
export class Outbox {
  private queue: { seq: number; message: ToRuntime }[] = [];
  private seq = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `post` sends to the worker in use. */
  constructor(private readonly post: (message: ToRuntime) => void) {}

  /** Sends a command, keeping it until the worker says it handled it. */
  send(message: ToRuntime): void {
    this.queue.push({ seq: ++this.seq, message });
    this.post(message);
  }

  /** Sends an evaluation; resolves with its answer. `calledAt` is now, in ms since the epoch. */
  evaluate(code: string, options: EvaluateOptions, calledAt: number): Promise<EvaluateResult> {
    const message: EvaluateCommand = { type: 'evaluate', id: this.nextId++, code };
    if (options.block !== undefined) message.block = options.block;
    if (options.quantize !== undefined) message.quantize = options.quantize;
    if (options.cycle !== undefined) message.cycle = options.cycle;
    if (options.key !== undefined) message.key = options.key;
    return new Promise((resolve) => {
      this.pending.set(message.id, { calledAt, resolve });
      this.send(message);
    });
  }

  /** The worker handled every command up to `seq` (its status says): they are dropped, except evaluations still unanswered. */
  handled(seq: number): void {
    this.queue = this.queue.filter((o) => o.seq > seq || (o.message.type === 'evaluate' && this.pending.has(o.message.id)));
  }

  /** Answers evaluation `id` from the worker's reply (an `evaluated` or an `error`); false if none waits for it. */
  answer(reply: Extract<FromRuntime, { type: 'evaluated' } | { type: 'error' }>): boolean {
    const call = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.queue = this.queue.filter((o) => !(o.message.type === 'evaluate' && o.message.id === reply.id));
    if (call === undefined) return false;
    if (reply.type === 'error') {
      const { type: _type, id: _id, ...error } = reply;
      call.resolve({ ok: false, error });
      return true;
    }
    const result: Extract<EvaluateResult, { ok: true }> & { swapTime?: Seconds; latency?: number } = {
      ok: true,
      blocks: reply.blocks,
      cps: reply.cps,
      samples: reply.samples,
      visuals: reply.visuals,
      warnings: reply.warnings,
      sliders: reply.sliders,
      midiInputs: reply.midiInputs,
    };
    if (reply.swapTime !== undefined) result.swapTime = reply.swapTime;
    if (reply.firstEvent !== undefined) result.latency = reply.firstEvent - call.calledAt;
    call.resolve(result);
    return true;
  }

  /** Sends everything kept again, in order (to a worker that replaced the one it was sent to). */
  resend(): void {
    const again = this.queue;
    this.queue = [];
    this.seq = 0;
    for (const { message } of again) this.send(message);
  }

  /** Fails every evaluation still waiting. */
  dispose(): void {
    for (const call of this.pending.values()) call.resolve({ ok: false, error: disposedError() });
    this.pending.clear();
    this.queue = [];
  }
}
