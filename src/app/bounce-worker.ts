/// <reference types="vite/client" />
// The bounce worker: renders performer code to a WAV file with bounce.ts, off the main thread (a
// long bounce takes seconds). No performer code runs here: a performer realm of its own (the same
// worker the runtime uses) evaluates the code and sends the onsets of the bounced cycles as plain
// data; this worker schedules and renders them. It reaches no network either: the app reads the
// sample files the code names, decodes those that are not WAV, and makes the General MIDI
// instruments it plays. One worker per bounce; the app terminates it when done.
import { decodeWav, type DecodedAudio, type InstrumentSource } from '../audio/index.ts';
import { readInstrument } from '../audio/worklet/instrument-message.ts';
import { EvalError } from '../eval/errors.ts';
import type { Pattern } from '../pattern/pattern.ts';
import { Rational } from '../pattern/rational.ts';
import type { BlockSpec } from '../scheduler/index.ts';
import { bounceFromWithSamples, formatWarning, MAX_TAIL, RenderTooLong, type Bounce, type BounceSource } from './bounce-render.ts';
import { readToBounce, type BounceProblem, type BounceRequest, type FromBounce, type ToBounce } from './bounce-messages.ts';
import PerformerWorker from './performer/performer-worker.ts?worker-chunk';
import { readFromPerformer, type FromPerformer } from './performer/protocol.ts';
import { fromPlainHap, toTime } from './performer/plain.ts';
import { hardEvaluationLimit } from '../eval/budget.ts';
import { SourceCache } from './runtime/source-cache.ts';

/** The parts of the worker's global scope used here (the DOM lib has no worker scope type). */
interface WorkerScope {
  postMessage(message: FromBounce, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

/** Milliseconds a bounce's realm may take per bounced cycle, on top of its evaluation. */
const PER_CYCLE = 250;

type Answer = Extract<ToBounce, { type: 'read' | 'read-failed' | 'decoded' | 'decode-failed' | 'instrument' | 'instrument-failed' }>;
const waiting = new Map<number, (answer: Answer) => void>();
let nextId = 1;

/** Asks the app and waits for its answer. */
function ask(message: Extract<FromBounce, { type: 'read' | 'decode' | 'instrument' }>, transfer: Transferable[] = []): Promise<Answer> {
  return new Promise((resolve) => {
    waiting.set(message.id, resolve);
    scope.postMessage(message, transfer);
  });
}

async function read(url: string): Promise<ArrayBuffer> {
  const answer = await ask({ type: 'read', id: nextId++, url });
  if (answer.type === 'read') return answer.bytes;
  throw new Error(answer.type === 'read-failed' ? answer.message : 'no answer');
}

/** Decodes WAV files here, anything else in the app. */
async function decode(bytes: ArrayBuffer): Promise<DecodedAudio> {
  try {
    return decodeWav(bytes.slice(0));
  } catch {
    const answer = await ask({ type: 'decode', id: nextId++, bytes }, [bytes]);
    if (answer.type === 'decoded') return { channels: answer.channels, sampleRate: answer.sampleRate };
    throw new Error(answer.type === 'decode-failed' ? answer.message : 'no answer');
  }
}

/** The General MIDI instruments (`gm_*`), made by the app from its SoundFont and read here. */
const instruments: InstrumentSource = {
  async load(name) {
    const answer = await ask({ type: 'instrument', id: nextId++, name });
    if (answer.type !== 'instrument') throw new Error(answer.type === 'instrument-failed' ? answer.message : 'no answer');
    const instrument = readInstrument(answer.instrument);
    if (instrument === undefined) throw new Error(`the instrument "${name}" arrived malformed`);
    return instrument;
  },
};

/** A problem of the worker's own: the app words it in the performer's language (`message` is the English, for logs). */
class WorkerProblem extends Error {
  constructor(
    readonly problem: BounceProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Has a performer realm evaluate the code and send every onset of the bounced cycles. */
function evaluateInRealm(code: string, cycles: number): Promise<BounceSource> {
  const realm = new PerformerWorker({ name: 'weft-performer' });
  const to = Rational.fromNumber(cycles);
  return new Promise<FromPerformer>((resolve, reject) => {
    const limit = hardEvaluationLimit(code) + PER_CYCLE * Math.ceil(cycles);
    const seconds = Math.round(limit / 1000);
    const timer = setTimeout(() => reject(new WorkerProblem({ kind: 'ranTooLong', seconds }, `this code ran for more than ${seconds} s without finishing and was stopped`)), limit);
    realm.onmessage = (event: MessageEvent<unknown>) => {
      const message = readFromPerformer(event.data);
      if (message === undefined) reject(new WorkerProblem({ kind: 'malformed' }, 'the performer realm sent something malformed'));
      else if (message.type === 'evaluated' || message.type === 'failed' || message.type === 'damaged') {
        clearTimeout(timer);
        resolve(message);
      }
    };
    realm.onerror = (event) => reject(event.message ? new Error(event.message) : new WorkerProblem({ kind: 'noStart' }, 'the performer realm failed to start'));
    realm.postMessage({ type: 'evaluate', id: 1, code, cps: 0.5, window: { from: [0, 1], to: toTime(to) } });
  }).then(
    (message) => {
      realm.terminate();
      return sourceOf(code, message, to);
    },
    (error: unknown) => {
      realm.terminate();
      throw error;
    },
  );
}

/** What the realm's answer plays: each block's onsets as a pattern, or the located error. */
function sourceOf(code: string, message: FromPerformer, to: Rational): BounceSource {
  const located = (e: { message: string; from: number; to: number }): EvalError => new EvalError(e.message, code, e.from, e.to);
  if (message.type === 'failed') throw located(message.error);
  if (message.type === 'damaged') throw new WorkerProblem({ kind: 'damaged', what: message.what }, `this code changed JavaScript itself (${message.what})`);
  if (message.type !== 'evaluated') throw new WorkerProblem({ kind: 'outOfTurn' }, 'the performer realm answered out of turn');
  const patterns: Pattern<unknown>[] = message.checks.map((check, index) => {
    if ('error' in check) throw located(check.error);
    const cache = new SourceCache({ entry: 1, index });
    cache.add(Rational.int(0), to, check.haps.map(fromPlainHap));
    return cache.pattern;
  });
  const input: Pattern<unknown> | BlockSpec[] = message.blocks.length === 0
    ? patterns[0]!
    : message.blocks.map((b, i) => ({ label: b.label, muted: b.muted, pattern: patterns[i]! }));
  return { cps: message.cps, samples: message.samples, input, locate: () => undefined };
}

async function render(request: BounceRequest): Promise<Bounce> {
  const options = { cycles: request.cycles, sampleRate: request.sampleRate };
  const source = await evaluateInRealm(request.code, request.cycles);
  // Samples and instruments load only when events play them: code with neither loads nothing.
  return bounceFromWithSamples(request.code, source, options, { read, decode, instruments });
}

const failed = (error: unknown): FromBounce => ({
  type: 'failed',
  message: error instanceof EvalError ? error.format() : error instanceof Error ? error.message : String(error),
  ...(error instanceof WorkerProblem ? { problem: error.problem } : {}),
  ...(error instanceof RenderTooLong ? { problem: { kind: 'tooLong', seconds: error.seconds, cycles: error.cycles, cps: error.cps, most: error.most, sampleRate: error.sampleRate } } : {}),
});

scope.addEventListener('message', (event) => {
  const message = readToBounce(event.data);
  if (message === undefined) return;
  if (message.type !== 'bounce') {
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
    return;
  }
  render(message).then(
    (result) => {
      const reply: FromBounce = {
        type: 'done',
        wav: result.wav,
        duration: result.duration,
        peakDb: result.peakDb,
        events: result.events.length,
        warnings: result.warnings.filter((w) => w.kind !== 'tail').map(formatWarning),
        ...(result.warnings.some((w) => w.kind === 'tail') ? { tailCut: MAX_TAIL } : {}),
      };
      scope.postMessage(reply, [result.wav.buffer]);
    },
    (error: unknown) => scope.postMessage(failed(error)),
  );
});
