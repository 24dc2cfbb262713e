// The bounce worker: renders performer code to a WAV file with bounce.ts, off the main thread
// (a long bounce takes seconds). One worker per bounce; the app terminates it when done.
import { bounce, formatWarning } from './bounce.ts';
import type { BounceReply, BounceRequest } from './bounce-messages.ts';

/** The parts of the worker's global scope used here (the DOM lib has no worker scope type). */
interface WorkerScope {
  postMessage(message: BounceReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BounceRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request?.type !== 'bounce') return;
  try {
    const result = bounce(request.code, { cycles: request.cycles, sampleRate: request.sampleRate });
    const reply: BounceReply = {
      type: 'done',
      wav: result.wav,
      duration: result.duration,
      peakDb: result.peakDb,
      events: result.events.length,
      warnings: result.warnings.map(formatWarning),
    };
    scope.postMessage(reply, [result.wav.buffer]);
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
