/// <reference types="vite/client" />
// The main thread's handle on the clock worklet (clock-processor.ts), bundled by Vite as node.ts
// bundles the engine's processor.
import clockUrl from './clock-processor.ts?worker&url';
import { CLOCK_NAME, type ToClock } from './clock-messages.ts';

/**
 * The audio clock before the engine: stamps the context's audio time on the ports it keeps (see
 * clock-processor.ts) from the context's first block, as the engine's stats do, until stopped.
 */
export interface ClockNode {
  /** Gives the clock `port` (transferred) to stamp on; once stopped, closes it. */
  keepPort(port: MessagePort): void;
  /** Stops the clock for good (once the engine stamps). */
  stop(): void;
}

/** Adds the clock's worklet module to `context` and makes a clock on it. */
export async function createClockNode(context: BaseAudioContext): Promise<ClockNode> {
  await context.audioWorklet.addModule(clockUrl);
  // Nothing to connect: a node without outputs is processed as long as its processor wants (one
  // input, never connected, because a node must have an input or an output).
  const node = new AudioWorkletNode(context, CLOCK_NAME, { numberOfInputs: 1, numberOfOutputs: 0 });
  const send = (message: ToClock, transfer: Transferable[] = []): void => node.port.postMessage(message, transfer);
  let stopped = false;
  return {
    keepPort: (port) => (stopped ? port.close() : send({ type: 'keepPort', port }, [port])),
    stop: () => {
      if (stopped) return;
      stopped = true;
      send({ type: 'stop' });
    },
  };
}
