/// <reference types="vite/client" />
/**
 * Bouncing from the app: the code is rendered in a worker of its own and the WAV file is
 * downloaded. Downloaded itself only when the performer first bounces.
 */
import BounceWorker from './bounce-worker.ts?worker';
import { decodeWith } from '../audio/worklet/index.ts';
import type { BounceDecoded, BounceDone, BounceReply, BounceRequest } from './bounce-messages.ts';

/** Settings for {@link bounceInWorker}. */
export interface BounceJob {
  readonly code: string;
  readonly cycles: number;
  /** Default 48000 Hz. */
  readonly sampleRate?: number;
  /** Give up after this many milliseconds (default 120,000: code that never ends). */
  readonly timeout?: number;
}

/** Renders `job.code` in a worker; rejects with the evaluation error, or on a timeout. */
export function bounceInWorker(job: BounceJob): Promise<BounceDone> {
  const worker = new BounceWorker({ name: 'weft-bounce' });
  return new Promise<BounceDone>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`the bounce took longer than ${Math.round((job.timeout ?? 120_000) / 1000)} s and was stopped`));
    }, job.timeout ?? 120_000);
    const finish = (): void => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<BounceReply>) => {
      if (event.data.type === 'decode') {
        void decodeForWorker(worker, event.data.id, event.data.bytes, job.sampleRate ?? 48000);
        return;
      }
      finish();
      if (event.data.type === 'done') resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the bounce worker failed'));
    };
    const request: BounceRequest = { type: 'bounce', code: job.code, cycles: job.cycles, sampleRate: job.sampleRate ?? 48000, baseUrl: document.baseURI };
    worker.postMessage(request);
  });
}

/** Decodes a sample file for the worker (workers have no `decodeAudioData`), at the bounce's rate. */
async function decodeForWorker(worker: Worker, id: number, bytes: ArrayBuffer, sampleRate: number): Promise<void> {
  let answer: BounceDecoded;
  try {
    const audio = await decodeWith(new OfflineAudioContext(2, 1, sampleRate))(bytes);
    answer = { type: 'decoded', id, channels: audio.channels, sampleRate: audio.sampleRate };
  } catch (error) {
    answer = { type: 'decode-failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  worker.postMessage(answer, answer.type === 'decoded' ? answer.channels.map((c) => c.buffer) : []);
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
