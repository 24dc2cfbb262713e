/// <reference types="vite/client" />
/**
 * Bouncing from the app: the code is rendered in a worker of its own and the WAV file is
 * downloaded. Downloaded itself only when the performer first bounces.
 */
import BounceWorker from './bounce-worker.ts?worker-chunk';
import type { InstrumentSource } from '../audio/index.ts';
import { decodeWith, generalMidi } from '../audio/worklet/samples.ts';
import { looksLikeWav, readFromBounce, type BounceDone, type BounceProblem, type ToBounce } from './bounce-messages.ts';
import { bounceWords } from './i18n/bounce-words.ts';

/** A problem of the bounce worker's, in the performer's language. */
function problemText(problem: BounceProblem): string {
  const words = bounceWords().problems;
  switch (problem.kind) {
    case 'ranTooLong':
      return words.ranTooLong(problem.seconds);
    case 'damaged':
      return words.damaged(problem.what);
    case 'tooLong':
      return words.tooLong(problem.seconds, problem.cycles, problem.cps, problem.most, problem.sampleRate);
    default:
      return words[problem.kind];
  }
}

/** Settings for {@link bounceInWorker}. */
export interface BounceJob {
  readonly code: string;
  readonly cycles: number;
  /** Default 48000 Hz. */
  readonly sampleRate?: number;
  /** Give up after this many milliseconds (default 120,000: code that never ends). */
  readonly timeout?: number;
  /** What relative sample URLs in the code are relative to (default: the page's address). */
  readonly baseUrl?: string;
}

/**
 * Renders `job.code` in a worker; rejects with the evaluation error, or on a timeout. Only a
 * well-formed answer from that very worker counts: anything else it posts is ignored, and a
 * "done" without a WAV file in it is an error, never a download.
 */
export function bounceInWorker(job: BounceJob): Promise<BounceDone> {
  const worker = new BounceWorker({ name: 'weft-bounce' });
  const sampleRate = job.sampleRate ?? 48000;
  const base = job.baseUrl ?? document.baseURI;
  let instruments: InstrumentSource | undefined;
  return new Promise<BounceDone>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(bounceWords().tookTooLong(Math.round((job.timeout ?? 120_000) / 1000))));
    }, job.timeout ?? 120_000);
    const finish = (): void => {
      clearTimeout(timer);
      worker.terminate();
    };
    const answer = (message: ToBounce, transfer: Transferable[] = []): void => worker.postMessage(message, transfer);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (event.target !== worker) return;
      const message = readFromBounce(event.data);
      if (message === undefined) return;
      switch (message.type) {
        case 'read':
          void readFile(message.url, base).then(
            (bytes) => answer({ type: 'read', id: message.id, bytes }, [bytes]),
            (error: unknown) => answer({ type: 'read-failed', id: message.id, message: error instanceof Error ? error.message : String(error) }),
          );
          return;
        case 'decode':
          void decodeFile(message.bytes, sampleRate).then((decoded) => {
            const reply: ToBounce = 'channels' in decoded ? { type: 'decoded', id: message.id, ...decoded } : { type: 'decode-failed', id: message.id, message: decoded.message };
            answer(reply, reply.type === 'decoded' ? reply.channels.map((c) => c.buffer) : []);
          });
          return;
        case 'instrument':
          instruments ??= generalMidi(new OfflineAudioContext(2, 1, sampleRate));
          void instruments.load(message.name).then(
            (instrument) => answer(instrument === undefined ? { type: 'instrument-failed', id: message.id, message: bounceWords().noInstrument(message.name) } : { type: 'instrument', id: message.id, instrument }),
            (error: unknown) => answer({ type: 'instrument-failed', id: message.id, message: error instanceof Error ? error.message : String(error) }),
          );
          return;
        case 'done':
          finish();
          if (looksLikeWav(message.wav)) resolve(message.tailCut === undefined ? message : { ...message, warnings: [...message.warnings, bounceWords().tailCut(message.tailCut)] });
          else reject(new Error(bounceWords().noWav));
          return;
        case 'failed':
          finish();
          reject(new Error(message.problem === undefined ? message.message : problemText(message.problem)));
          return;
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || bounceWords().workerFailed));
    };
    answer({ type: 'bounce', code: job.code, cycles: job.cycles, sampleRate });
  });
}

/** The bytes of a sample file the code names, fetched here (the only network access a bounce makes). */
async function readFile(url: string, base: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(url, base));
  if (!response.ok) throw new Error(bounceWords().httpFailed(response.status, url));
  return response.arrayBuffer();
}

/** Decodes a sample file for the worker (workers have no `decodeAudioData`), at the bounce's rate. */
async function decodeFile(bytes: ArrayBuffer, sampleRate: number): Promise<{ channels: Float32Array[]; sampleRate: number } | { message: string }> {
  try {
    const audio = await decodeWith(new OfflineAudioContext(2, 1, sampleRate))(bytes);
    return { channels: audio.channels, sampleRate: audio.sampleRate };
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
}

/** Saves `bytes` as a file named `name` through the browser's download. */
export function download(bytes: Uint8Array, name: string, type = 'audio/wav'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name for a bounce made at `date`: `weft-2024-05-01-2130.wav`. */
export function bounceFileName(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `weft-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}.wav`;
}
