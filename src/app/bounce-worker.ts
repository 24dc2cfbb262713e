// The bounce worker: renders performer code to a WAV file with bounce.ts, off the main thread
// (a long bounce takes seconds). One worker per bounce; the app terminates it when done.
// Code that declares samples loads them: WAV files are decoded here, others by the app.
import { decodeWav, type DecodedAudio } from '../audio/index.ts';
import { bounce, bounceWithSamples, formatWarning, type Bounce } from './bounce.ts';
import type { BounceDecoded, BounceInbound, BounceReply, BounceRequest } from './bounce-messages.ts';

/** The parts of the worker's global scope used here (the DOM lib has no worker scope type). */
interface WorkerScope {
  postMessage(message: BounceReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BounceInbound>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const decoding = new Map<number, (answer: BounceDecoded) => void>();
let nextDecode = 1;

/** Decodes WAV files here, anything else on the main thread. */
async function decode(bytes: ArrayBuffer): Promise<DecodedAudio> {
  try {
    return decodeWav(bytes.slice(0));
  } catch {
    const id = nextDecode++;
    const answer = await new Promise<BounceDecoded>((resolve) => {
      decoding.set(id, resolve);
      scope.postMessage({ type: 'decode', id, bytes }, [bytes]);
    });
    if (answer.type === 'decode-failed') throw new Error(answer.message);
    return { channels: answer.channels, sampleRate: answer.sampleRate };
  }
}

async function render(request: BounceRequest): Promise<Bounce> {
  const options = { cycles: request.cycles, sampleRate: request.sampleRate };
  // Code that never calls samples(...) renders as it always has.
  if (!/\bsamples\s*\(/.test(request.code)) return bounce(request.code, options);
  return bounceWithSamples(request.code, options, {
    read: async (url) => {
      const response = await fetch(new URL(url, request.baseUrl));
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
      return response.arrayBuffer();
    },
    decode,
  });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message?.type === 'decoded' || message?.type === 'decode-failed') {
    decoding.get(message.id)?.(message);
    decoding.delete(message.id);
    return;
  }
  if (message?.type !== 'bounce') return;
  render(message).then(
    (result) => {
      const reply: BounceReply = {
        type: 'done',
        wav: result.wav,
        duration: result.duration,
        peakDb: result.peakDb,
        events: result.events.length,
        warnings: result.warnings.map(formatWarning),
      };
      scope.postMessage(reply, [result.wav.buffer]);
    },
    (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
